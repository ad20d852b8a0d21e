/** Reading a numeral where the scanner stands: digits with their grouping and what is attached, spelled numbers, CJK numerals. */
import type { Qualifier } from '../../schema';
import type { NumberKind } from './numbers';
import { fractionKey, type Profile } from './numbers-profile';
import { tidy, CJK_DIGITS, CJK_SCALES, VERSION, PHONE, CLOCK, RATIO, ISO_DATE, DMY_DATE, MERIDIEM, ORDINAL_SUFFIX, DECADE, CJK_SCALE, LATIN_WORD, CJK_NUMERAL, CJK_ROUGH, TIME_AFTER, MULTIPLIED, MULTIPLE, isWordChar, stick, toNumber } from './numbers-patterns';

/** A Latin word at `at` ("twenty"), lower case, with where it ends. */
export function wordAt(text: string, at: number): [string, number] | null {
  const m = stick(LATIN_WORD, text, at);
  return m ? [m[0].toLowerCase(), LATIN_WORD.lastIndex] : null;
}

/** The word after one space (or hyphen when allowed) at `at`. */
export function nextWord(text: string, at: number, hyphen = false): [string, number] | null {
  const c = text[at];
  return c === ' ' || c === '\u00a0' || (hyphen && c === '-') ? wordAt(text, at + 1) : null;
}

export interface Numeral {
  end: number;
  value: number;
  kind?: NumberKind;
  qualifier?: Qualifier;
  weak?: boolean;
  plain?: boolean;
  scale?: number;
  /** A share said in words ("half of"): a percentage. */
  percent?: boolean;
}

/**
 * Spelled numbers in the page's language (English besides): "two", "twenty-five", "two hundred
 * thousand", "half a million", "eine halbe Million", "mezzo milione", "a dozen", "tens of
 * thousands", "centinaia di migliaia", "Tausende", "third"; or, when the word is no number, where
 * it ends (the scanner resumes there).
 */
export function readSpelled(text: string, at: number, p: Profile): Numeral | number {
  const [word, wordEnd] = wordAt(text, at)!;
  if (p.fraction && p.fractionStarts.has(word)) {
    const share = readFraction(text, at, p);
    if (share) return share;
  }
  // "downloads doubled": a change of 100% (not "doubled down").
  const grown = p.multiplied.get(word);
  if (grown && !/^[ \u00a0]down\b/i.test(text.slice(wordEnd, wordEnd + 6))) return { end: wordEnd, value: grown, percent: true };
  let end = wordEnd;
  const ordinal = p.ordinals.get(word);
  if (ordinal) return { end, value: ordinal, kind: 'ordinal' };
  const rough = p.rough.get(word);
  if (rough) {
    // "tens of thousands", "hundreds of millions"; alone, "thousands" or "dozens".
    const of = nextWord(text, end);
    const times = of && p.of.has(of[0]) ? nextWord(text, of[1]) : null;
    const scale = times && rough < 1e3 ? (p.rough.get(times[0]) ?? 0) : 0;
    if (scale >= 1e3) return { end: times![1], value: rough * scale, qualifier: 'order-of' };
    return rough < 12 ? wordEnd : { end, value: rough, qualifier: 'order-of' };
  }
  let value = p.small.get(word);
  let strong = value !== undefined && value >= 1e3; // "sejuta": a million in one word
  if (p.articles.has(word) || p.half.has(word)) {
    // "a million", "a dozen", "half a million", "eine halbe Million", "mezzo milione"
    let next = nextWord(text, end);
    let half = p.half.has(word);
    if (half && next && p.articles.has(next[0])) next = nextWord(text, next[1]);
    else if (!half && next && p.half.has(next[0])) [half, next] = [true, nextWord(text, next[1])];
    const scale = scaleOf(next, p);
    if (scale && !(half && scale < 1e3)) [value, end, strong] = [half ? scale / 2 : scale, next![1], true];
    else if (value === undefined) return wordEnd; // an article alone; "un" and "eine" are also "one"
  } else if (value === undefined) return wordEnd;
  else if (value >= 20 && value < 100) {
    const ones = nextWord(text, end, true);
    const add = ones ? (p.small.get(ones[0]) ?? 0) : 0;
    if (add > 0 && add < 10) [value, end] = [value + add, ones![1]];
  }
  // "two hundred thousand", "two dozen", "zwei Millionen"
  for (let next = nextWord(text, end); next; next = nextWord(text, end)) {
    const scale = scaleOf(next, p);
    if (!scale || scale <= value!) break;
    [value, end, strong] = [value! * scale, next[1], true];
  }
  return { end, value: value!, weak: !strong, plain: !strong };
}

/** The word before a share that makes it a part of a period: "the first half of 2025", "die zweite Hälfte". */
const PERIOD_PART = /(?:^|[^\p{L}])(\p{L}+)[ \u00a0]+$/u;
const PERIOD_WORDS = new Set(['latter', 'other', 'back', 'front', 'better', 'last', 'next']);

/** A share in words, as a percentage: "half of the country", "a half owner", "two-thirds of users", "metade dos". */
function readFraction(text: string, at: number, p: Profile): Numeral | null {
  const m = stick(p.fraction!, text, at);
  if (!m) return null;
  const before = PERIOD_PART.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
  if (before && (p.ordinals.has(before) || PERIOD_WORDS.has(before))) return null;
  return { end: p.fraction!.lastIndex, value: tidy(p.fractions.get(fractionKey(m[1]!))!), percent: true };
}

/** The scale a spelled number's next word gives: "dozen", "million", "Millionen" (not "m" or "k" spelled apart). */
function scaleOf(next: [string, number] | null, p: Profile): number | undefined {
  return next?.[0] === 'dozen' ? 12 : next && next[0].length > 3 ? p.scales.get(next[0]) : undefined;
}

/** Spelled Chinese and Japanese: "七十万", "三億", "三亿", "两天", "三十多万"; "数十万" is "hundreds of thousands". */
export function readChinese(text: string, at: number): Numeral {
  const rough = stick(CJK_ROUGH, text, at);
  if (rough) {
    const value = (rough[1] ? CJK_SCALES.get(rough[1])! : 1) * CJK_SCALES.get(rough[2]!)!;
    return { end: CJK_ROUGH.lastIndex, value, qualifier: 'order-of' };
  }
  const written = stick(CJK_NUMERAL, text, at)![0];
  let [total, section, digit, plus] = [0, 0, 0, false];
  for (const c of written) {
    const scale = CJK_SCALES.get(c) ?? 0;
    if (CJK_DIGITS.has(c)) digit = CJK_DIGITS.get(c)!;
    else if (c === '多' || c === '余') plus = true;
    else if (scale < 1e4) [section, digit] = [section + (digit || 1) * scale, 0];
    else if (scale === 1e4) [total, section, digit] = [total + (section + digit || 1) * 1e4, 0, 0];
    else [total, section, digit] = [(total + section + digit || 1) * scale, 0, 0];
  }
  const value = total + section + digit;
  return { end: at + written.length, value, weak: value < 1e4, plain: value < 1e4, qualifier: plus ? 'plus' : undefined };
}

const isDigit = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
function digitsFrom(text: string, at: number): number {
  while (isDigit(text[at])) at++;
  return at;
}
const INDIAN = /[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])/y;

/**
 * Digits with the page's grouping and decimal marks: "700,000" and "1.7" in English, "700.000"
 * and "1,7" in German, "700 000" in French, "7,00,000" in Indian English. Where the language
 * is unknown, a single mark before three digits ("700,000", "700.000") could be either and the
 * number is not read; several groups, or a group and a decimal, say which is which.
 */
function readGrouped(text: string, at: number, p: Profile): { end: number; value: number | null; marked: boolean; before?: number } {
  if (p.indian && stick(INDIAN, text, at)) return { end: INDIAN.lastIndex, value: toNumber(text.slice(at, INDIAN.lastIndex)), marked: true };
  let end = digitsFrom(text, at);
  let group: string | null = null;
  let groups = 0;
  const groupMarks = p.commaGroups ? `${p.groupMarks},` : p.groupMarks;
  if (end - at <= 3) {
    for (let c = text[end]; c !== undefined && groupMarks.includes(c) && (group === null || c === group); c = text[end]) {
      const next = digitsFrom(text, end + 1);
      if (next - end - 1 !== 3) break;
      [group, end] = [c, next];
      groups++;
    }
  }
  if (stick(VERSION, text, end) && group !== '.') return { end: VERSION.lastIndex, value: null, marked: true, before: toNumber(text.slice(at, end)) };
  let decimal: string | null = null;
  let decimals = 0;
  const mark = text[end];
  if (mark !== undefined && p.decimalMarks.includes(mark) && mark !== group && isDigit(text[end + 1])) {
    const next = digitsFrom(text, end + 1);
    [decimal, decimals, end] = [mark, next - end - 1, next];
  }
  const unknown = p.language === null;
  // Unknown language: one group alone, or a lone mark before exactly three digits, is ambiguous.
  if (unknown && ((groups === 1 && !decimal) || (!group && decimal && decimals === 3))) return { end, value: null, marked: true };
  // A known comma-decimal language writing "700,000": a three-digit decimal is not news style either.
  if (!unknown && decimal === ',' && !group && decimals === 3 && !p.commaGroups) return { end, value: null, marked: true };
  let written = text.slice(at, end);
  if (group) written = written.split(group).join('');
  if (decimal) written = written.replace(decimal, '.');
  return { end, value: toNumber(written), marked: group !== null || decimal !== null };
}

/** After the scale: "1億5000万", "2억3000만", "1万5000": larger units first, each part its own digits. */
function compoundCjk(text: string, at: number, scale: number, p: Profile): { end: number; add: number } {
  let [end, add, last] = [at, 0, scale];
  for (let parts = 0; parts < 3 && isDigit(text[end]); parts++) {
    const part = readGrouped(text, end, p);
    if (part.value === null) break;
    const m = stick(CJK_SCALE, text, part.end);
    const next = m ? CJK_SCALES.get(m[2]!)! : 1;
    if (next >= last || (!m && last !== 1e4 && last !== 1e8)) break;
    [end, add, last] = [m ? CJK_SCALE.lastIndex : part.end, add + part.value * next, next];
    if (!m) break;
  }
  return { end, add };
}

/** A form attached after plain digits ("14:00", "1st", "1990s"): the numeral with its kind, or null. */
function formAt(re: RegExp, kind: NumberKind, text: string, end: number, value: number): Numeral | null {
  return stick(re, text, end) ? { end: re.lastIndex, value, kind } : null;
}

/** Digits with grouping, decimals and what is attached: "700,000", "3.4m", "14:00", "24/7", "1st", "1990s", "1億5000万". */
export function readDigits(text: string, at: number, p: Profile): Numeral | number {
  if (stick(PHONE, text, at)) return { end: PHONE.lastIndex, value: toNumber(text.slice(at, PHONE.lastIndex).replace(/\D/g, '')), kind: 'other' };
  const grouped = readGrouped(text, at, p);
  let end = grouped.end;
  if (grouped.value === null) return { end, value: grouped.before ?? 0, kind: 'other' };
  const written = text.slice(at, end);
  const value = grouped.value;
  const plain = !grouped.marked;
  if (plain) {
    const slashes = stick(RATIO, text, end);
    const found =
      (value <= 24 && (formAt(CLOCK, 'time', text, end, value) || formAt(TIME_AFTER, 'time', text, end, value))) ||
      (slashes && { end: RATIO.lastIndex, value, kind: slashes[1] ? 'date' : 'other' }) ||
      (written.length === 4 && formAt(ISO_DATE, 'date', text, end, value)) ||
      (written.length <= 2 && value <= 31 && formAt(DMY_DATE, 'date', text, end, value)) ||
      formAt(ORDINAL_SUFFIX, 'ordinal', text, end, value) ||
      formAt(DECADE, written.length === 4 || text[at - 1] === "'" || text[at - 1] === '’' ? 'year' : 'age', text, end, value);
    if (found) {
      if (found.kind === 'time' && stick(MERIDIEM, text, found.end)) found.end = MERIDIEM.lastIndex;
      return found;
    }
    if (value <= 12 && stick(MERIDIEM, text, end)) return { end: MERIDIEM.lastIndex, value, kind: 'time' };
    // Nine digits or more without grouping, or a leading zero: an identifier or a phone number, not a count.
    if (written.length > 8 || (written.length > 1 && (written[0] === '0' || written[0] === '０'))) return { end, value, kind: 'other' };
  }
  const times = plain ? stick(MULTIPLIED, text, end) : null;
  if (times) return { end: MULTIPLIED.lastIndex, value: tidy((value - 1) * 100), percent: true, qualifier: times[1] || times[2] ? 'at-least' : undefined };
  if (stick(MULTIPLE, text, end)) return { end: MULTIPLE.lastIndex, value, kind: 'other' };
  let scale = 1;
  let add = 0;
  let qualifier: Qualifier | undefined;
  let m = stick(p.scaleAfter, text, end);
  if (m) [scale, end] = [p.scales.get((m[1] ?? m[2])!.toLowerCase())!, p.scaleAfter.lastIndex];
  else if ((m = stick(CJK_SCALE, text, end))) {
    [scale, end] = [CJK_SCALES.get(m[2]!)!, CJK_SCALE.lastIndex];
    if (m[1] || m[3]) qualifier = 'plus';
    else if (scale >= 1e4) ({ end, add } = compoundCjk(text, end, scale, p));
  }
  if (isWordChar(text[end])) return skipWord(text, end);
  return { end, value: tidy(value * scale + add), plain: plain && scale === 1, scale, qualifier };
}

export function skipWord(text: string, at: number): number {
  let end = at + 1;
  while (isWordChar(text[end])) end++;
  return end;
}
