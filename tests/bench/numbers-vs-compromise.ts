/**
 * Our number reader (`readNumbers`) against the `compromise` NLP library's number parsing, on the
 * sentences of `tests/unit/number-cases.ts`: how fast each is, per sentence and on one long text,
 * and how many of the table's figures each finds without reporting years, ages, dates… as figures.
 *
 * The table was written for our reader (home advantage), and 6 of its sentences are Chinese,
 * which compromise does not read at all; the English-only recall is the fairer comparison.
 */
import nlp from 'compromise';
import { isMetricCandidate, readNumbers } from '../../utils/reading/background/numbers';
import { NUMBER_CASES, type NumberCase } from '../unit/number-cases';
import { describeTiming, round, time } from './measure';
import type { BenchRow } from './types';

const SECTION = 'numbers-vs-compromise';
const FIGURE_KINDS = new Set(['quantity', 'duration']);
const LONG_TEXT_WORDS = 100_000;

/** A number a reader reports as a possible figure. */
interface Reported {
  text: string;
  value: number;
}
type Reader = (text: string) => Reported[];

/** Ours reports every mention it classes as a quantity or a duration, its value as read. */
const ours: Reader = (text) => readNumbers(text, 'en').filter(isMetricCandidate).map(({ text: spanText, value }) => ({ text: spanText, value }));

/**
 * Compromise reports every entry of `.numbers()` with a numeric value ("a" in "a week" comes back
 * with `num: null` and is not counted). To be fair to it:
 * - a scale it leaves in the suffix or unit is applied: it parses "30k" as 30 with unit "k",
 *   "1.2K" as 1.2 with suffix "k" and "300m+" as 300 with unit "m+"; "$17 billion" and "194%" it
 *   already gives as 17e9 and 194, as the table does;
 * - `compromise + tags` also drops numbers that compromise itself tags as a date, year, time,
 *   ordinal or phone number, its nearest equivalent of our kinds, so it gets credit for them.
 */
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, t: 1e12, tn: 1e12 };
const NOT_A_FIGURE = new Set(['Date', 'Year', 'Time', 'Ordinal', 'PhoneNumber']);

interface CompromiseNumber {
  text: string;
  terms: { tags?: string[] }[];
  number?: { num: number | null; prefix: string; suffix: string; unit: string };
}

function compromiseNumbers(text: string, dropOwnTags: boolean): Reported[] {
  const entries = nlp(text).numbers().json({ terms: { tags: true } }) as CompromiseNumber[];
  const reported: Reported[] = [];
  for (const entry of entries) {
    const number = entry.number;
    if (typeof number?.num !== 'number') continue;
    if (dropOwnTags && entry.terms.some((term) => term.tags?.some((tag) => NOT_A_FIGURE.has(tag)))) continue;
    const scaleWord = `${number.suffix}${number.unit}`.toLowerCase().replace(/\+$/, '');
    reported.push({ text: entry.text, value: number.num * (SCALE[scaleWord] ?? 1) });
  }
  return reported;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const isChinese = (text: string) => /\p{sc=Han}/u.test(text);

interface Score {
  figures: number;
  found: number;
  englishFigures: number;
  englishFound: number;
  reported: number;
  traps: number;
  trapHits: number;
}

/**
 * Matching rule, the same for every reader: within one sentence, each expected figure (kind
 * quantity or duration) is matched to the first not yet matched reported number with the same
 * value (equal to 1e-9 relative). Recall = matched ÷ expected figures; precision = matched ÷
 * numbers reported. A reported number left unmatched whose value equals one of the sentence's
 * listed non-figures (a year, age, date, time, rank, page, ordinal, phone number…) is a trap
 * hit; the rest ("one" in "one analyst said") only lower the precision.
 */
export function score(reader: Reader, cases: readonly NumberCase[] = NUMBER_CASES): Score {
  const total: Score = { figures: 0, found: 0, englishFigures: 0, englishFound: 0, reported: 0, traps: 0, trapHits: 0 };
  for (const { text, expected } of cases) {
    const reported = reader(text);
    const used = new Set<number>();
    const figures = expected.filter((mention) => FIGURE_KINDS.has(mention.kind));
    const traps = expected.filter((mention) => !FIGURE_KINDS.has(mention.kind));
    let found = 0;
    for (const figure of figures) {
      const at = reported.findIndex((number, i) => !used.has(i) && sameValue(number.value, figure.value));
      if (at < 0) continue;
      used.add(at);
      found++;
    }
    const trapsLeft = [...traps];
    reported.forEach((number, i) => {
      if (used.has(i)) return;
      const trap = trapsLeft.findIndex((mention) => sameValue(mention.value, number.value));
      if (trap < 0) return;
      trapsLeft.splice(trap, 1);
      total.trapHits++;
    });
    total.figures += figures.length;
    total.found += found;
    total.reported += reported.length;
    total.traps += traps.length;
    if (!isChinese(text)) {
      total.englishFigures += figures.length;
      total.englishFound += found;
    }
  }
  return total;
}

/** Every expected mention, kinds included, read exactly as the table says (ours only). */
function exactMatches(): { exact: number; cases: number } {
  let exact = 0;
  for (const { text, expected } of NUMBER_CASES) {
    const got = readNumbers(text, 'en').map(({ text: spanText, value, unit, qualifier, kind }) => ({ text: spanText, value, unit, qualifier, kind }));
    if (JSON.stringify(got) === JSON.stringify(expected)) exact++;
  }
  return { exact, cases: NUMBER_CASES.length };
}

/** The case sentences repeated until the text has `words` words (whitespace-separated). */
function longText(words: number): { text: string; words: number } {
  const once = NUMBER_CASES.map((c) => c.text).join(' ');
  const perCopy = once.split(/\s+/).length;
  const copies = Math.ceil(words / perCopy);
  return { text: Array.from({ length: copies }, () => once).join(' '), words: copies * perCopy };
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sentences = NUMBER_CASES.map((c) => c.text);

  // (a) Speed, one sentence at a time: a batch is the whole table, timed as one run.
  const ourBatch = await time(() => sentences.forEach((text) => readNumbers(text, 'en')), { warmup: 20, runs: 60 });
  const theirBatch = await time(() => sentences.forEach((text) => nlp(text).numbers().parse()), { warmup: 3, runs: 15 });
  const ourRate = sentences.length / (ourBatch.median / 1000);
  const theirRate = sentences.length / (theirBatch.median / 1000);
  const batchNote = (timing: typeof ourBatch) => `${sentences.length} sentences per run; ${describeTiming(timing)} per run`;
  rows.push(
    { section: SECTION, name: 'ours: readNumbers, per sentence', value: ourRate, unit: 'sentences/s', note: batchNote(ourBatch) },
    { section: SECTION, name: 'compromise: nlp(s).numbers().parse()', value: theirRate, unit: 'sentences/s', note: batchNote(theirBatch) },
    { section: SECTION, name: 'speed ratio ours/compromise, sentences', value: ourRate / theirRate, unit: '×', target: '> 1', ok: ourRate / theirRate > 1 },
  );

  // The same sentences as one long text, read in one call by each.
  const long = longText(LONG_TEXT_WORDS);
  const ourLong = await time(() => readNumbers(long.text, 'en'), { warmup: 2, runs: 7 });
  const theirLong = await time(() => nlp(long.text).numbers().parse(), { warmup: 1, runs: 3 });
  const wordsNote = `${long.words.toLocaleString('en-US')} words (the cases repeated)`;
  rows.push(
    { section: SECTION, name: 'ours: readNumbers, long text', value: ourLong.median, unit: 'ms', note: `${wordsNote}; ${describeTiming(ourLong)}` },
    { section: SECTION, name: 'compromise: long text', value: theirLong.median, unit: 'ms', note: `${wordsNote}; ${describeTiming(theirLong)}` },
    {
      section: SECTION,
      name: 'speed ratio ours/compromise, long text',
      value: theirLong.median / ourLong.median,
      unit: '×',
      target: '> 1',
      ok: theirLong.median / ourLong.median > 1,
      note: `ours ${round(long.words / ourLong.median / 1000)}M words/s, compromise ${round(long.words / theirLong.median)}k words/s`,
    },
  );

  // (b) Accuracy on the same table.
  const readers: [string, Reader][] = [
    ['ours', ours],
    ['compromise', (text) => compromiseNumbers(text, false)],
    ['compromise + own tags', (text) => compromiseNumbers(text, true)],
  ];
  for (const [label, reader] of readers) {
    const s = score(reader);
    rows.push(
      { section: SECTION, name: `${label}: recall, all sentences`, value: percent(s.found, s.figures), unit: '%', note: `${s.found} of ${s.figures} quantities and durations found with the right value` },
      { section: SECTION, name: `${label}: recall, English sentences`, value: percent(s.englishFound, s.englishFigures), unit: '%', note: `${s.englishFound} of ${s.englishFigures}` },
      { section: SECTION, name: `${label}: precision`, value: percent(s.found, s.reported), unit: '%', note: `${s.found} of ${s.reported} numbers reported are figures of the table` },
      { section: SECTION, name: `${label}: traps reported as figures`, value: s.trapHits, unit: 'mentions', note: `of ${s.traps} years, ages, dates, times, ranks, pages, ordinals, ids listed` },
    );
  }
  const { exact, cases } = exactMatches();
  rows.push({
    section: SECTION,
    name: 'ours: sentences read exactly as the table',
    value: percent(exact, cases),
    unit: '%',
    note: `${exact} of ${cases}: every span, value, unit, qualifier and kind (compromise has no qualifier or kind to compare)`,
  });
  return rows;
}
