/**
 * The reading pipeline in Node, on a short fixture article and on generated on-topic pages of
 * 10,000 to 100,000 words, in its two parts: `extractPage` (what the content script runs on the
 * page's main thread) and `readExtracted` + `linkReading` against the bundled dataset's index
 * (what the background runs). Parsing the HTML (linkedom) is timed apart: in the browser the
 * page is parsed already.
 *
 * Every run gets a freshly parsed Document (untimed), because the pipeline caches what it reads
 * from a Document (structured data, in a WeakMap) and a reused one would be faster than real.
 *
 * `hugeArticleHtml` pages are prose without numbers, so they time detection, extraction, the
 * topic check and the number scan; the "number-dense" pages put a case sentence from
 * `number-cases.ts` among the prose (about one figure every 65 words, which keeps 100,000 words
 * under the reading's cap, READING_LIMITS.figures) so that finding and linking figures is
 * timed at scale too.
 */
import { READING_LIMITS } from '../../utils/constants';
import type { LinkIndex } from '../../utils/reading/background/link';
import { linkReading, readExtracted } from '../../utils/reading/background/read';
import { extractPage } from '../../utils/reading/page/extract-page';
import { BUNDLED, BUNDLED_INDEX } from '../support/bundled';
import { NUMBER_CASES } from '../unit/number-cases';
import { hugeArticleHtml, parseHtml, readPage } from '../unit/dom';
import { describeTiming, round, summarize, type Timing } from './measure';
import type { BenchRow } from './types';

const SECTION = 'pipeline';
const SIZES = [10_000, 30_000, 100_000];
const SHORT_TARGET_MS = 5;
const LINEARITY_TARGET = 1.5;

/**
 * The page sizes are timed in rounds, each round reading every size once, so that whatever else
 * the machine is doing weighs on every size alike and the ratios between sizes stay fair.
 */
const WARMUP_ROUNDS = 3;
const ROUNDS = 9;

/** An on-topic article of about `words` words: story prose with a fifth of it number-case sentences. */
export function denseArticleHtml(words: number): string {
  // hugeArticleHtml's page (head, nav, footer) and prose; the case paragraphs go in between.
  const page = hugeArticleHtml(Math.ceil((words * 4) / 5));
  const sentences = NUMBER_CASES.filter((c) => !/\p{sc=Han}/u.test(c.text)).map((c) => c.text);
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words / 5; i++) {
    const text = [0, 1, 2].map((k) => sentences[(i * 3 + k) % sentences.length]).join(' ');
    paragraphs.push(`<p>${text}</p>`);
    count += text.split(' ').length;
  }
  // Spread the case paragraphs evenly over the gaps after each prose paragraph.
  const gaps = (page.match(/<\/p>\n/g) ?? []).length + 1;
  const slice = (gap: number) => paragraphs.slice(Math.round((gap * paragraphs.length) / gaps), Math.round(((gap + 1) * paragraphs.length) / gaps));
  let gap = 0;
  return page
    .replace(/<\/p>\n/g, (end) => `${end}${slice(gap++).join('\n')}\n`)
    .replace('</article>', `${slice(gap).join('\n')}</article>`);
}

interface PageTiming {
  words: number;
  figures: number;
  parse: Timing;
  /** The content script's part, the background's part, and both. */
  extract: Timing;
  background: Timing;
  total: Timing;
}

interface Samples {
  words: number;
  figures: number;
  parse: number[];
  extract: number[];
  background: number[];
  total: number[];
}

/** Parses (timed apart), then reads and links one page; adds the times to `samples` if `keep`. */
function readOnce(html: string, index: LinkIndex, samples: Samples, keep: boolean) {
  const t0 = performance.now();
  const doc = parseHtml(html);
  const t1 = performance.now();
  const { page } = extractPage(doc);
  const t2 = performance.now();
  const reading = linkReading(readExtracted(page, BUNDLED.story, index), index);
  const t3 = performance.now();
  if (!reading.onTopic) throw new Error('the benchmark page was not read as an on-topic article; its figures would mean nothing');
  samples.figures = reading.figures.length;
  samples.words = page.blocks.reduce((sum, block) => sum + block.text.split(/\s+/).filter(Boolean).length, 0);
  if (!keep) return;
  samples.parse.push(t1 - t0);
  samples.extract.push(t2 - t1);
  samples.background.push(t3 - t2);
  samples.total.push(t3 - t1);
}

/** Times each page over `rounds` rounds (after `warmup` rounds thrown away). */
function timePages(htmls: readonly string[], index: LinkIndex, warmup: number, rounds: number): PageTiming[] {
  const samples: Samples[] = htmls.map(() => ({ words: 0, figures: 0, parse: [], extract: [], background: [], total: [] }));
  for (let round = 0; round < warmup + rounds; round++) {
    htmls.forEach((html, i) => readOnce(html, index, samples[i]!, round >= warmup));
  }
  return samples.map((s) => ({
    words: s.words,
    figures: s.figures,
    parse: summarize(s.parse),
    extract: summarize(s.extract),
    background: summarize(s.background),
    total: summarize(s.total),
  }));
}

const count = (n: number) => n.toLocaleString('en-US');
const parts = (page: PageTiming) =>
  `extractPage ${round(page.extract.median)} ms + readExtracted/linkReading ${round(page.background.median)} ms (medians)`;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const index = BUNDLED_INDEX;

  const [short] = timePages([readPage('wire-local-news.html')], index, 30, 100) as [PageTiming];
  rows.push(
    {
      section: SECTION,
      name: 'short article (wire-local-news.html): pipeline',
      value: short.total.median,
      unit: 'ms',
      target: `< ${SHORT_TARGET_MS} ms`,
      ok: short.total.median < SHORT_TARGET_MS,
      note: `${count(short.words)} words, ${short.figures} figures; ${describeTiming(short.total)}; ${parts(short)}`,
    },
    { section: SECTION, name: 'short article: parse HTML (linkedom, apart)', value: short.parse.median, unit: 'ms', note: describeTiming(short.parse) },
  );

  for (const [label, generate] of [
    ['prose', hugeArticleHtml],
    ['number-dense', denseArticleHtml],
  ] as const) {
    const perWord: number[] = [];
    const pages = timePages(SIZES.map((size) => generate(size)), index, WARMUP_ROUNDS, ROUNDS);
    for (const [i, size] of SIZES.entries()) {
      const page = pages[i]!;
      perWord.push(page.total.median / page.words);
      const capped = page.figures >= READING_LIMITS.figures ? ' (the cap: later figures are not read)' : '';
      const name = `${label} page, ${size / 1000}k words`;
      rows.push(
        {
          section: SECTION,
          name: `${name}: pipeline`,
          value: page.total.median,
          unit: 'ms',
          note: `${count(page.words)} words, ${count(page.figures)} figures${capped}; ${describeTiming(page.total)}; ${parts(page)}`,
        },
        { section: SECTION, name: `${name}: per 1,000 words`, value: page.total.median / (page.words / 1000), unit: 'ms' },
        { section: SECTION, name: `${name}: parse HTML (apart)`, value: page.parse.median, unit: 'ms', note: describeTiming(page.parse) },
      );
    }
    const linearity = perWord.at(-1)! / perWord[0]!;
    rows.push({
      section: SECTION,
      name: `${label} pages: linearity (time/word 100k ÷ 10k)`,
      value: linearity,
      unit: '×',
      target: `≤ ${LINEARITY_TARGET}`,
      ok: linearity <= LINEARITY_TARGET,
      note: `1 = linear; 30k ÷ 10k is ${round(perWord[1]! / perWord[0]!)}`,
    });
  }
  return rows;
}
