/**
 * Finds every number in a piece of article text and says what it is: a quantity ("more than
 * 700,000 new users"), a duration ("a 90-day reprieve") or something that only looks like one (a
 * year, an age, a date, a time, a rank, a page count, a phone number…), so only the first two, and
 * ranks (for rank metrics), are ever offered as figures.
 *
 * A hand-written scanner walks the text once. At each digit, Latin word or Chinese numeral it
 * reads the numeral, then small sticky (`y`) regexes read what is attached after it (scale,
 * "-plus", "%", "-day") and end-anchored regexes read a short window before it (qualifier,
 * currency, "No.", "Jan.", "aged"). Every regex is bounded in how far it can look, so the whole
 * read is linear in the length of the text, whatever the text.
 */
import type { Qualifier, Unit } from '../../schema';
import { type Draft, describe, joinRange } from './numbers-describe';
import { profileFor, type Profile } from './numbers-profile';
import { type Numeral, readSpelled, readChinese, readDigits, skipWord } from './numbers-numerals';
import { CJK_DIGITS, PHONE, CJK_ROUGH, HYPHENATED, COMPOUND_PREFIX, TOP_PLACE, TOP_PLACE_BEFORE, isWordChar, isLetter, stick, toNumber } from './numbers-patterns';

export type NumberKind =
  | 'quantity'
  | 'year'
  | 'age'
  | 'time'
  | 'rank'
  | 'page'
  | 'date'
  | 'duration'
  | 'ordinal'
  | 'other';

export interface NumberMention {
  /** The exact span, qualifier included: "more than 700,000", "300 million-plus", "超过70万". */
  text: string;
  /** Offsets into the input: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  /** The number as written without qualifier, currency or unit: "700,000", "half a million", "3亿". */
  numberText: string;
  value: number;
  unit: Unit | null;
  qualifier: Qualifier;
  kind: NumberKind;
}

/**
 * Whether a mention can be a figure's value (as opposed to a year, an age, a page…). A rank is
 * one, of a rank metric only: its unit is "rank", which no count, amount or duration has.
 */
export const isMetricCandidate = (mention: NumberMention): boolean =>
  mention.kind === 'quantity' || mention.kind === 'duration' || mention.kind === 'rank';

/** A Han noun after "首位" makes it "the first …" (首位女性宇航员), not the top place; "的" does not. */
const TOP_PLACE_NOUN = /^(?![的之])\p{sc=Han}/u;


/** Reads the mention whose numeral starts at `at`, or says where to resume when there is none. */
function readAt(text: string, at: number, floor: number, p: Profile): Draft | number {
  const c = text[at]!;
  const prev = text[at - 1];
  let numeral: Numeral | number | null = null;
  if (/[0-9０-９]/.test(c)) {
    // Inside a word or an identifier ("Lemon8", "MP3", "COVID-19"), but "mid-2022" and "top-10" count.
    if (isWordChar(prev) || (prev === '.' && /\d/.test(text[at - 2] ?? ''))) return skipWord(text, at);
    if (prev === '-' && isLetter(text[at - 2])) {
      const word = HYPHENATED.exec(text.slice(Math.max(0, at - 12), at));
      if (!word || !COMPOUND_PREFIX.has(word[1]!.toLowerCase())) return skipWord(text, at);
    }
    numeral = readDigits(text, at, p);
  } else if ((c === 'm' || c === 'M') && !isWordChar(prev) && stick(TOP_PLACE, text, at) && TOP_PLACE_BEFORE.test(text.slice(Math.max(0, at - 16), at))) {
    numeral = { end: TOP_PLACE.lastIndex, value: 1, kind: 'rank' };
  } else if (isLetter(c)) {
    if (isWordChar(prev)) return skipWord(text, at);
    numeral = readSpelled(text, at, p); // where to resume when it is no number: the word's end
  } else if (CJK_DIGITS.has(c) || c === '十' || ((c === '数' || c === '几' || (c === '수' && !/[\uac00-\ud7af]/.test(prev ?? ''))) && stick(CJK_ROUGH, text, at))) {
    numeral = readChinese(text, at);
  } else if ((c === '首' && text[at + 1] === '位' && !TOP_PLACE_NOUN.test(text[at + 2] ?? '')) || (c === '榜' && text[at + 1] === '首')) {
    // "首位となった", "位居首位", "登上榜首": the top place; "首位女性…" is "the first woman…".
    numeral = { end: at + 2, value: 1, kind: 'rank' };
  } else if ((c === '+' || c === '(') && stick(PHONE, text, at)) {
    numeral = { end: PHONE.lastIndex, value: toNumber(text.slice(at, PHONE.lastIndex).replace(/\D/g, '')), kind: 'other' };
  }
  if (numeral === null) return at + 1;
  if (typeof numeral === 'number') return numeral;
  return describe(text, at, numeral, floor, p);
}

/**
 * Every number mention in `text`, in reading order, read with the words and marks of `language`
 * (a BCP 47 tag, "de" or "pt-BR"; null when unknown). Never throws; linear in the length of `text`.
 */
export function readNumbers(text: string, language: string | null): NumberMention[] {
  const p = profileFor(language);
  const found: Draft[] = [];
  let floor = 0;
  for (let at = 0; at < text.length; ) {
    const read = readAt(text, at, floor, p);
    if (typeof read === 'number') {
      at = Math.max(read, at + 1);
      continue;
    }
    const last = found.at(-1);
    if (last) joinRange(text, last, read);
    found.push(read);
    floor = read.end;
    // Stryker disable next-line ArithmeticOperator: a mention ends after the numeral that starts at `at`, so read.end wins either way
    at = Math.max(read.end, at + 1);
  }
  return found
    .filter((d) => !d.weak || d.kind !== 'quantity' || d.unit)
    .map(({ plain: _plain, weak: _weak, scale: _scale, ...mention }) => mention);
}
