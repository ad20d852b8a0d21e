/**
 * Finds every number in a piece of article text and says what it is: a quantity ("more than
 * 700,000 new users"), a duration ("a 90-day reprieve") or something that only looks like one (a
 * year, an age, a date, a time, a rank, a page count, a phone number…), so only the first two are
 * ever offered as figures.
 *
 * A hand-written scanner walks the text once. At each digit, Latin word or Chinese numeral it
 * reads the numeral, then small sticky (`y`) regexes read what is attached after it (scale,
 * "-plus", "%", "-day") and end-anchored regexes read a short window before it (qualifier,
 * currency, "No.", "Jan.", "aged"). Every regex is bounded in how far it can look, so the whole
 * read is linear in the length of the text, whatever the text.
 */
import { MONTH_PATTERN } from '../../core/calendar';
import type { Qualifier, Unit } from '../../schema';

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

/** Whether a mention can be a figure's value (as opposed to a year, an age, a rank…). */
export const isMetricCandidate = (mention: NumberMention): boolean =>
  mention.kind === 'quantity' || mention.kind === 'duration';


interface Draft extends NumberMention {
  /** A bare integer: no grouping commas, decimals, scale, currency or percent. */
  plain: boolean;
  /** A spelled small number ("two") that only counts once a unit or a context claims it. */
  weak: boolean;
  scale: number;
}

const tidy = (x: number) => Number(x.toPrecision(15));
const S = '[ \\u00a0]'; // one space, as a regex source
const sticky = (source: string) => new RegExp(source, 'iy');
const before = (source: string, flags = 'i') => new RegExp(`(?:${source})$`, flags);
const words = (list: string) => list.split(' ');
const lookup = <T>(list: string, value: (index: number) => T) => new Map(words(list).map((word, index) => [word, value(index)]));

const SMALL = lookup(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety',
  (i) => (i < 20 ? i : (i - 18) * 10),
);
const ORDINALS = lookup('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth', (i) => i + 1);
const SCALES = lookup('hundred thousand million billion trillion k m mn mln b bn tn', (i) => [100, 1e3, 1e6, 1e9, 1e12, 1e3, 1e6, 1e6, 1e6, 1e9, 1e9, 1e12][i]!);
const ROUGH = lookup('tens dozens hundreds thousands millions billions', (i) => [10, 12, 100, 1e3, 1e6, 1e9][i]!);
const CJK_DIGITS = lookup('零 〇 一 二 两 三 四 五 六 七 八 九', (i) => [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][i]!);
const CJK_SCALES = lookup('十 百 千 万 亿 千万 百万 万亿', (i) => [10, 100, 1e3, 1e4, 1e8, 1e7, 1e6, 1e12][i]!);

/** The words that hedge a number, by the qualifier they mean. */
const QUALIFIERS = new Map<string, Qualifier>();
for (const entry of [
  'more-than:more than|greater than|in excess of|upwards of|above|超过|超',
  'over:over|well over|just over|逾',
  'at-least:at least|no fewer than|no less than|至少|or more|以上',
  'nearly:nearly|almost|close to|just under|just shy of|approaching|将近|接近|近',
  'about:about|around|roughly|approximately|approx.|some|an estimated|estimated|大约|大概|约|or so|左右|上下',
  'up-to:up to|as much as|as many as|as high as|多达|高达|以下',
  'less-than:less than|fewer than|under|below|不到|不足|少于',
  'order-of:on the order of',
]) {
  const [qualifier, phrases] = entry.split(':') as [Qualifier, string];
  for (const phrase of phrases.split('|')) QUALIFIERS.set(phrase, qualifier);
}
const EN_QUALIFIERS = [...QUALIFIERS.keys()].filter((p) => /^[a-z]/.test(p) && !p.startsWith('or '));
const QUALIFIER_BEFORE = before(`(?<![a-z])(${EN_QUALIFIERS.join('|').replace(/\./g, '\\.')})${S}|(超过|超|逾|至少|将近|接近|(?<!最)近|大约|大概|约|多达|高达|不到|不足|少于)`);
const QUALIFIER_AFTER = sticky(`${S}or (?:more|so)(?![a-z])|左右|上下|以上|以下`);

/** Count nouns that name the unit: "700,000 new users", "35 million views", "75 days". */
const UNIT_WORDS = new Map<string, Unit | 'span'>();
for (const entry of [
  'users:user users member members',
  'downloads:download downloads install installs',
  'views:view views plays',
  'followers:follower followers fan fans subscriber subscribers',
  'people:people persons individuals americans residents citizens viewers participants netizens',
  'days:day days',
  'hours:hour hours hrs',
  'span:week weeks month months year years minute minutes seconds',
]) {
  const [unit, list] = entry.split(':') as [Unit | 'span', string];
  for (const word of words(list)) UNIT_WORDS.set(word, unit);
}
/** Words a unit lookahead does not cross: "700,000 in two days" is not 700,000 days. */
const STOP = new Set(
  words('in on at by for from to of and or but than with who that which was were is are had have has will would as after before during since into over under per the its their this these those said says'),
);
const CJK_UNIT = /^[\p{sc=Han}]{0,4}?(用户|粉丝|下载|浏览|播放|次|人|天|小时|美元|年|个月|周|分钟)/u;
const CJK_UNITS: Record<string, Unit | 'span'> = {
  用户: 'users', 粉丝: 'followers', 下载: 'downloads', 浏览: 'views', 播放: 'views', 次: 'views',
  人: 'people', 天: 'days', 小时: 'hours', 美元: 'usd', 年: 'span', 个月: 'span', 周: 'span', 分钟: 'span',
};

// What can follow the digits.
const DIGITS = /[0-9０-９]{1,3}(?:,[0-9０-９]{3}(?![0-9０-９]))+|[0-9０-９]+/y;
const DECIMAL = /[.．][0-9０-９]+/y;
const VERSION = /(?:\.[0-9]+){2,}/y;
const PHONE = /(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}[ .-]?\d{3,4}(?:[ .-]?\d{3,4})?|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{4}|\d{3}([.-])\d{3}\1\d{4}|\d{3,4}-\d{7,8})(?!\d)/y;
const CLOCK = /:[0-5]\d(?!\d)/y;
const RATIO = /[:/]\d+(\/\d+)?/y;
const ISO_DATE = /-[01]?\d-[0-3]?\d(?!\d)/y;
const MERIDIEM = sticky(`${S}?(?:[ap]\\.m\\.|[ap]m(?![a-z]))`);
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![A-Za-z0-9])/y;
const DECADE = /s(?![A-Za-z0-9])/y;
const SCALE = sticky(`(mln|mn|bn|tn|k|m|b)(?![a-z0-9])|[ \\u00a0-](thousand|million|billion|trillion|mln|mn|bn)(?![a-z])`);
const CJK_SCALE = /([多余]?)(千万|百万|万亿|万|亿|千|百)([多余]?)/y;
const PLUS = /-plus(?![a-z])|\+/iy;
const PERCENT = sticky(`${S}?(?:%|％|per ?cent(?![a-z])|pct(?![a-z])|percentage points?(?![a-z]))`);
const MONEY_AFTER = sticky(`(${S}(?:US |U\\.S\\. )?dollars(?![a-z])|美元)|${S}?(?:yuan(?![a-z])|元)`);
const HYPHEN_UNIT = sticky('-(year|day|hour|week|month|minute)s?(-olds?)?(?![a-z])');
const AGE_AFTER = sticky(`${S}years?[ -]old(?![a-z])|岁`);
const READ_AFTER = sticky(`[ \\u00a0-]min(?:ute)?s?\\.?[ -]read(?![a-z])`);
const MONTH_AFTER = new RegExp(`${S}(?:${MONTH_PATTERN})(?![a-z])`, 'y');
const RANK_AFTER = sticky('[ -](?:most|place|spot|largest|biggest|highest|ranked)(?![a-z])');
const CJK_DATE = /[月日号]/y;
const UNIT_WORD = /[ \u00a0]{1,2}([A-Za-z][A-Za-z’'-]*)/y;
const OF = / of(?![A-Za-z])/y;
const LATIN_WORD = /[A-Za-z]+/y;
const CJK_NUMERAL = /[零〇一二两三四五六七八九十百千万亿多余]+/y;
const CJK_ROUGH = /[数几]([十百千]?)([万亿])/y;

// What can come before the number, read on a short window that ends where the number starts.
const CURRENCY = before(`(?<![A-Za-z])(US|U\\.S\\.|[A-Z]{1,2})?(\\$)|(?<![A-Za-z])(USD|RMB) ?|[¥￥€£]`, '');
const MONTH_BEFORE = before(`(?<![A-Za-z])(?:${MONTH_PATTERN})\\.?${S}`, '');
const RANK_BEFORE = before(`(?<![A-Za-z])(?:No\\.? ?|[Nn]umber |[Tt]op[ -])|#`, '');
const RANKED = before(`ranked${S}(?:at${S})?|排名第|排第|位居第|排行第`);
const PAGE_BEFORE = before(`(?<![a-z])(?:pages?|pp?\\.|issues?|vol(?:ume)?\\.?|chapter|section|episode|ep\\.|season|part|article|fig(?:ure)?\\.?|table|step)${S}?`);
const READ_BEFORE = before(`read(?:ing)? time:?${S}?`);
const AGE_BEFORE = before(`(?<![a-z])(?:aged?|ages)${S}`);
const NAME_COMMA = before(`[A-Z][a-z'’-]+,${S}`, '');
const VERSION_BEFORE = before(`(?<![a-z])(?:version|ver\\.|v\\.|ios|android|windows|macos|iphone)${S}?`);
const YEAR_BEFORE = before(`(?<![a-z])(?:in|since|by|from|until|to|through|during|of|before|after|early|late|mid|and|between)[ \\u00a0-]|[-–—©]${S}?`);
const BETWEEN = before(`between${S}`);
const HYPHENATED = /(?<![A-Za-z])([A-Za-z]+)-$/;
const COMPOUND_PREFIX = new Set(words('mid early late pre post top'));
const RANGE = /^[ \u00a0]?(?:[-–—~～到至]|to|through|or|and)[ \u00a0]?$/i;

const WORD_CHAR = /[\w\u00c0-\u024f０-９]/;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Runs a sticky regex at `at`; the match, or null. */
function stick(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Full-width digits and point to ASCII, grouping commas dropped. */
const toNumber = (written: string) =>
  Number(written.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, ''));

/** A Latin word at `at` ("twenty"), lower case, with where it ends. */
function wordAt(text: string, at: number): [string, number] | null {
  const m = stick(LATIN_WORD, text, at);
  return m ? [m[0].toLowerCase(), LATIN_WORD.lastIndex] : null;
}

/** The word after one space (or hyphen when allowed) at `at`. */
function nextWord(text: string, at: number, hyphen = false): [string, number] | null {
  const c = text[at];
  return c === ' ' || c === '\u00a0' || (hyphen && c === '-') ? wordAt(text, at + 1) : null;
}

interface Numeral {
  end: number;
  value: number;
  kind?: NumberKind;
  qualifier?: Qualifier;
  weak?: boolean;
  plain?: boolean;
  scale?: number;
}

/** Spelled English: "two", "twenty-five", "two hundred thousand", "half a million", "a dozen", "tens of thousands", "third". */
function readSpelled(text: string, at: number): Numeral | null {
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
function readChinese(text: string, at: number): Numeral {
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
function readDigits(text: string, at: number): Numeral | number {
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

/** What the words after a number say it counts: "new users", "views", "days", "用户". */
function unitAfter(text: string, at: number): Unit | 'span' | null {
  if (/[\u3400-\u9fff]/.test(text[at] ?? '')) {
    const m = CJK_UNIT.exec(text.slice(at, at + 8));
    return m ? CJK_UNITS[m[1]!]! : text[at] === '名' ? 'people' : null; // "1.5万名网友"
  }
  for (let gap = 0, p = at; gap < 4; gap++) {
    const m = stick(UNIT_WORD, text, p);
    if (!m) return null;
    const word = m[1]!.toLowerCase();
    const unit = UNIT_WORDS.get(word);
    if (unit) return unit;
    if (STOP.has(word) || SMALL.has(word) || SCALES.has(word)) return null;
    p = UNIT_WORD.lastIndex;
  }
  return null;
}

/** Reads the mention whose numeral starts at `at`, or says where to resume when there is none. */
function readAt(text: string, at: number, floor: number): Draft | number {
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
    numeral = readDigits(text, at);
  } else if (isLetter(c)) {
    if (isWordChar(prev)) return skipWord(text, at);
    numeral = readSpelled(text, at) ?? skipWord(text, at);
  } else if (CJK_DIGITS.has(c) || c === '十' || ((c === '数' || c === '几') && stick(CJK_ROUGH, text, at))) {
    numeral = readChinese(text, at);
  } else if ((c === '+' || c === '(') && stick(PHONE, text, at)) {
    numeral = { end: PHONE.lastIndex, value: toNumber(text.slice(at, PHONE.lastIndex).replace(/\D/g, '')), kind: 'other' };
  }
  if (numeral === null) return at + 1;
  if (typeof numeral === 'number') return numeral;
  return describe(text, at, numeral, floor);
}

function skipWord(text: string, at: number): number {
  let end = at + 1;
  while (isWordChar(text[end])) end++;
  return end;
}

/** Completes a numeral into a mention: what is attached after it, the window before it, the unit, the kind. */
function describe(text: string, at: number, numeral: Numeral, floor: number): Draft {
  const numberEnd = numeral.end;
  const weak = numeral.weak ?? false;
  const value = numeral.value;
  let { end, kind } = numeral;
  let qualifier: Qualifier = numeral.qualifier ?? 'exact';
  let unit: Unit | null = null;
  let plain = numeral.plain ?? false;
  let money = false; // a currency or percent sign: a quantity whatever the context
  let span = false; // counts time (days, hours, weeks…): a duration
  let m: RegExpExecArray | null;

  if (!kind) {
    if (stick(PLUS, text, end)) [end, qualifier] = [PLUS.lastIndex, 'plus'];
    if (stick(PERCENT, text, end)) [end, unit, money] = [PERCENT.lastIndex, 'percent', true];
    else if ((m = stick(MONEY_AFTER, text, end))) [end, unit, money] = [MONEY_AFTER.lastIndex, m[1] ? 'usd' : null, true];
    if (plain && stick(READ_AFTER, text, end)) [end, kind] = [READ_AFTER.lastIndex, 'page'];
    else if ((m = stick(HYPHEN_UNIT, text, end))) {
      end = HYPHEN_UNIT.lastIndex;
      const counted = UNIT_WORDS.get(m[1]!.toLowerCase())!;
      if (m[2]) kind = 'age';
      else [span, unit] = [true, counted === 'span' ? null : counted];
    } else if (plain && stick(AGE_AFTER, text, end)) [end, kind] = [AGE_AFTER.lastIndex, 'age'];
    if ((m = stick(QUALIFIER_AFTER, text, end))) {
      if (qualifier === 'exact') qualifier = QUALIFIERS.get(m[0].trim().toLowerCase())!;
      end = QUALIFIER_AFTER.lastIndex;
    }
  }

  // The window before the number: a currency sign, then a hedge, then what the number belongs to.
  const window = (to: number) => text.slice(Math.max(floor, to - 28), to);
  const currency = kind ? null : CURRENCY.exec(window(at));
  if (currency) {
    money = true;
    const country = currency[1];
    const dollar = currency[2] && (!country || country === 'US' || country === 'U.S.');
    unit = dollar || currency[3] === 'USD' ? 'usd' : null;
  }
  const lead = at - (currency?.[0].length ?? 0);
  const hedge = kind ? null : QUALIFIER_BEFORE.exec(window(lead));
  plain &&= !money;
  if (!kind && !money && !span) {
    const counted = unitAfter(text, numeral.qualifier === 'order-of' && stick(OF, text, end) ? OF.lastIndex : end);
    if (counted === 'span') span = true;
    else if (counted) [unit, span] = [counted, counted === 'days' || counted === 'hours'];
  }

  const context = window(at);
  let marker: RegExpExecArray | null = null;
  if (kind === 'ordinal' && value <= 31 && (marker = MONTH_BEFORE.exec(context))) kind = 'date'; // "Jan. 19th"
  else if (kind === 'ordinal' && (RANKED.test(context) || stick(RANK_AFTER, text, end))) kind = 'rank';
  else if (kind) {
    // already known from its form
  } else if (text[at - 1] === '第') kind = RANKED.test(context) ? 'rank' : 'ordinal';
  else if (plain) {
    const rank = RANK_BEFORE.exec(context);
    if (value <= 31 && (marker = MONTH_BEFORE.exec(context))) kind = 'date';
    else if (value <= 31 && stick(MONTH_AFTER, text, end)) kind = 'date';
    else if (value <= 31 && stick(CJK_DATE, text, end)) [kind, end] = ['date', CJK_DATE.lastIndex];
    else if ((rank && !(weak && rank[0].startsWith('No'))) || RANKED.test(context)) [kind, marker] = ['rank', rank]; // not "No one"
    else if ((marker = PAGE_BEFORE.exec(context)) || READ_BEFORE.test(context)) kind = 'page';
    else if (VERSION_BEFORE.test(context)) kind = 'other';
    else if (!weak && value <= 120 && (AGE_BEFORE.test(context) || (NAME_COMMA.test(context) && text[end] === ','))) kind = 'age';
    else if (!weak && !hedge && numberEnd - at === 4 && value >= 1800 && value <= 2100 && (!unit || YEAR_BEFORE.test(context))) {
      kind = 'year';
      if (text[end] === '年') end++;
    }
  }

  let start = at;
  if (!kind) {
    kind = span ? 'duration' : 'quantity';
    start = lead;
    const hedged = hedge && QUALIFIERS.get((hedge[1] ?? hedge[2]!).toLowerCase().replace(/\s+/g, ' '))!;
    // "over two days" tells when, not how long.
    if (hedged && !(span && hedged === 'over')) [qualifier, start] = [hedged, lead - hedge[0].length];
  } else {
    [unit, qualifier] = [kind === 'rank' ? 'rank' : null, 'exact'];
    if (marker) start = at - marker[0].length;
  }
  return {
    text: text.slice(start, end),
    start,
    end,
    numberText: text.slice(at, numberEnd),
    value,
    unit,
    qualifier,
    kind,
    plain,
    weak,
    scale: numeral.scale ?? 1,
  };
}

/** Lets a range share what one end says: "aged 15 to 28", "Jan. 13–20", "10 to 20 million users". */
function joinRange(text: string, first: Draft, second: Draft) {
  if (second.start - first.end > 12 || !RANGE.test(text.slice(first.end, second.start))) return;
  const and = /and/i.test(text.slice(first.end, second.start));
  const trap = first.kind !== 'quantity' && first.kind !== 'duration' && first.kind !== 'ordinal' && first.kind !== 'other';
  if (trap && second.plain && (second.kind === 'quantity' || second.kind === 'duration')) {
    second.kind = first.kind;
    second.unit = first.unit;
    second.qualifier = 'exact';
  } else if (
    first.kind === 'quantity' &&
    !first.unit &&
    first.scale === 1 &&
    (second.kind === 'quantity' || second.kind === 'duration') &&
    (second.unit || second.scale > 1) &&
    (!and || BETWEEN.test(text.slice(Math.max(0, first.start - 12), first.start)))
  ) {
    first.unit = second.unit;
    first.kind = second.kind;
    if (first.value < 1000) first.value = tidy(first.value * second.scale);
  }
}

/** Every number mention in `text`, in reading order. Never throws; linear in the length of `text`. */
export function readNumbers(text: string): NumberMention[] {
  const found: Draft[] = [];
  let floor = 0;
  for (let at = 0; at < text.length; ) {
    const read = readAt(text, at, floor);
    if (typeof read === 'number') {
      at = Math.max(read, at + 1);
      continue;
    }
    const last = found.at(-1);
    if (last) joinRange(text, last, read);
    found.push(read);
    floor = read.end;
    at = Math.max(read.end, at + 1);
  }
  return found
    .filter((d) => !d.weak || d.kind !== 'quantity' || d.unit)
    .map(({ plain: _plain, weak: _weak, scale: _scale, ...mention }) => mention);
}
