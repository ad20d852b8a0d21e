/** Reading a numeral where the scanner stands: digits with what is attached, spelled English, spelled Chinese. */
import type { Qualifier } from '../../schema';
import type { NumberKind } from './numbers';
import { tidy, SMALL, ORDINALS, SCALES, ROUGH, CJK_DIGITS, CJK_SCALES, DIGITS, DECIMAL, VERSION, PHONE, CLOCK, RATIO, ISO_DATE, MERIDIEM, ORDINAL_SUFFIX, DECADE, SCALE, CJK_SCALE, LATIN_WORD, CJK_NUMERAL, CJK_ROUGH, isWordChar, stick, toNumber } from './numbers-patterns';

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
}

/** Spelled English: "two", "twenty-five", "two hundred thousand", "half a million", "a dozen", "tens of thousands", "third". */
export function readSpelled(text: string, at: number): Numeral | null {
  const [word, wordEnd] = wordAt(text, at)!;
  let end = wordEnd;
  const ordinal = ORDINALS.get(word);
  if (ordinal) return { end, value: ordinal, kind: 'ordinal' };
  const rough = ROUGH.get(word);
  if (rough) {
    // "tens of thousands", "hundreds of millions"; alone, "thousands" or "dozens".
    const of = nextWord(text, end);
    const times = of?.[0] === 'of' ? nextWord(text, of[1]) : null;
    const scale = times && rough < 1e3 ? (ROUGH.get(times[0]) ?? 0) : 0;
    if (scale >= 1e3) return { end: times![1], value: rough * scale, qualifier: 'order-of' };
    return word === 'tens' ? null : { end, value: rough, qualifier: 'order-of' };
  }
  let value = SMALL.get(word);
  let strong = false;
  if (word === 'a' || word === 'an' || word === 'half') {
    // "a million", "a dozen", "half a million"
    let next = nextWord(text, end);
    if (word === 'half') next = next?.[0] === 'a' || next?.[0] === 'an' ? nextWord(text, next[1]) : null;
    const scale = next?.[0] === 'dozen' ? 12 : next && next[0].length > 3 ? SCALES.get(next[0]) : undefined;
    if (!scale || (word === 'half' && scale < 1e3)) return null;
    [value, end, strong] = [word === 'half' ? scale / 2 : scale, next![1], true];
  } else if (value === undefined) return null;
  else if (value >= 20) {
    const ones = nextWord(text, end, true);
    const add = ones ? (SMALL.get(ones[0]) ?? 0) : 0;
    if (add > 0 && add < 10) [value, end] = [value + add, ones![1]];
  }
  // "two hundred thousand", "two dozen"
  for (let next = nextWord(text, end); next; next = nextWord(text, end)) {
    const scale = next[0] === 'dozen' ? 12 : next[0].length > 3 ? SCALES.get(next[0]) : undefined;
    if (!scale || scale <= value) break;
    [value, end, strong] = [value * scale, next[1], true];
  }
  return { end, value, weak: !strong, plain: !strong };
}

/** Spelled Chinese: "七十万", "三亿", "两天", "三十多万"; "数十万" is "hundreds of thousands". */
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
    else [total, section, digit] = [(total + section + digit || 1) * 1e8, 0, 0];
  }
  const value = total + section + digit;
  return { end: at + written.length, value, weak: value < 1e4, plain: value < 1e4, qualifier: plus ? 'plus' : undefined };
}

/** Digits with grouping, decimals and what is attached: "700,000", "3.4m", "14:00", "24/7", "1st", "1990s". */
export function readDigits(text: string, at: number): Numeral | number {
  if (stick(PHONE, text, at)) return { end: PHONE.lastIndex, value: toNumber(text.slice(at, PHONE.lastIndex).replace(/\D/g, '')), kind: 'other' };
  stick(DIGITS, text, at);
  let end = DIGITS.lastIndex;
  if (stick(VERSION, text, end)) return { end: VERSION.lastIndex, value: toNumber(text.slice(at, end)), kind: 'other' };
  if (stick(DECIMAL, text, end)) end = DECIMAL.lastIndex;
  const written = text.slice(at, end);
  const value = toNumber(written);
  const plain = !/[.,．]/.test(written);
  if (plain) {
    const form = (re: RegExp, kind: NumberKind): Numeral | null => (stick(re, text, end) ? { end: re.lastIndex, value, kind } : null);
    const slashes = stick(RATIO, text, end);
    const found =
      (value <= 24 && form(CLOCK, 'time')) ||
      (slashes && { end: RATIO.lastIndex, value, kind: slashes[1] ? 'date' : 'other' }) ||
      (written.length === 4 && form(ISO_DATE, 'date')) ||
      form(ORDINAL_SUFFIX, 'ordinal') ||
      form(DECADE, written.length === 4 || text[at - 1] === "'" || text[at - 1] === '’' ? 'year' : 'age');
    if (found) {
      if (found.kind === 'time' && stick(MERIDIEM, text, found.end)) found.end = MERIDIEM.lastIndex;
      return found;
    }
    if (value <= 12 && stick(MERIDIEM, text, end)) return { end: MERIDIEM.lastIndex, value, kind: 'time' };
    // Nine digits or more without grouping: an identifier or a phone number, not a count.
    if (written.length > 8) return { end, value, kind: 'other' };
  }
  let scale = 1;
  let qualifier: Qualifier | undefined;
  let m = stick(SCALE, text, end);
  if (m) [scale, end] = [SCALES.get((m[1] ?? m[2])!.toLowerCase())!, SCALE.lastIndex];
  else if ((m = stick(CJK_SCALE, text, end))) {
    [scale, end] = [CJK_SCALES.get(m[2]!)!, CJK_SCALE.lastIndex];
    if (m[1] || m[3]) qualifier = 'plus';
  }
  if (isWordChar(text[end])) return skipWord(text, end);
  return { end, value: tidy(value * scale), plain: plain && scale === 1, scale, qualifier };
}

export function skipWord(text: string, at: number): number {
  let end = at + 1;
  while (isWordChar(text[end])) end++;
  return end;
}
