/**
 * Finds the dates an article gives ("on Monday", "Jan. 19", "in November", "1月13日") and resolves
 * each against the article's publication date, so "Monday" in a piece of 2025-01-15 reads as
 * 2025-01-13 and can be compared with another outlet's "Jan. 13".
 *
 * Each form of date is one global regex whose every alternative is bounded in length, so each
 * pass is linear in the text; the matches are then merged, earliest and longest first.
 */
import type { DatePrecision } from '../../schema';
import { monthNumber, MONTH_PATTERN } from '../../core/calendar';
import { findInLanguages, NON_LATIN_DATE_SCRIPT } from './dates-languages';
import { type Found, day, dayOf, month, year, smallNumber, monthWithoutYear, weekdayNear, shift, parsePublished } from './dates-resolve';

export interface DateMention {
  /** The date as written, without a leading "on" or "in": "Monday", "Jan. 19", "last month". */
  text: string;
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the text. */
  date: string;
  precision: DatePrecision;
  /** Whether the date was worked out from the publication date (a weekday, "last month", a day without a year). */
  relative: boolean;
}


const B = '(?<![A-Za-z0-9])';
const E = '(?![A-Za-z0-9])';
const SP = '[ \\u00a0]';
const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');
const DIGIT = '[0-9０-９一二三四五六七八九十]';
/** The point of an abbreviated month ("Nov."), never a full stop after "November". */
const ABBR_DOT = '(?:(?<=(?<![a-z])(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\\.)?';

// The `d` flag gives each group's offsets, so a span can start at the month rather than at "in".
const MONTH_DAY = new RegExp(
  `${B}(${MONTH_PATTERN})\\.?${SP}(\\d{1,2})(?:st|nd|rd|th)?${E}(?:${SP}?[-–—]${SP}?(\\d{1,2})(?:st|nd|rd|th)?${E})?(?:,?${SP}(\\d{4})${E})?`,
  'gd',
);
const DAY_MONTH = new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?${SP}(?:of${SP})?(${MONTH_PATTERN})${E}${ABBR_DOT}(?:,?${SP}(\\d{4})${E})?`, 'gd');
const MONTH_YEAR = new RegExp(`${B}(${MONTH_PATTERN})\\.?,?${SP}(\\d{4})${E}`, 'gd');
const BARE_MONTH = new RegExp(
  `${B}(?:(?:[Ii]n|[Ss]ince|by|during|until|till|[Ff]rom|through|throughout|before|after|of|early|late|and|to|between)${SP}|(([Ll]ast|[Tt]his|[Nn]ext)${SP}|mid-))(${MONTH_PATTERN})${E}${ABBR_DOT}(?!${SP}?,?${SP}?\\d)`,
  'gd',
);
const YEAR = new RegExp(
  `${B}(?:(?:[Ii]n|[Ss]ince|by|[Ff]rom|until|till|through|during|before|after|of|to|and|between|around|circa)${SP}|((?:[Ee]arly|[Ll]ate|[Mm]id)[ -]))((?:19|20)\\d\\d)${E}(?!,\\d|${SP}?%)` +
    // Both ends of a range written without a preposition: "2019–2020".
    `|${B}()((?:19|20)\\d\\d)(?:(?=${SP}?(?:to|-|–|—|and|through)${SP}?(?:19|20)\\d\\d${E})|(?<=${B}(?:19|20)\\d\\d${SP}?[-–—]${SP}?(?:19|20)\\d\\d)${E})`,
  'gd',
);
const WEEKDAY = new RegExp(
  `${B}(([Ll]ast|[Nn]ext|[Tt]his)${SP})?(${WEEKDAYS.map((d) => `${d[0]!.toUpperCase()}${d.slice(1)}`).join('|')})${E}(?:${SP}(?:morning|afternoon|evening|night)${E})?`,
  'gd',
);
const RELATIVE = new RegExp(`${B}(?:([Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)|([Ll]ast|[Tt]his|[Nn]ext)${SP}(month|year))${E}`, 'gd');
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gd;
const CJK_DATE = new RegExp(`(?<![0-9０-９])(?:(?:([0-9０-９]{4})年)?(${DIGIT}{1,3})月(?:(${DIGIT}{1,3})[日号])?|([0-9０-９]{4})年)`, 'gd');
const CJK_WEEKDAY = /([上下这本])?(?:周|星期|礼拜)([日天一二三四五六])/gd;
const CJK_RELATIVE = /前天|昨天|今天|明天|去年|今年|明年|上个?月|本月|这个月|下个?月/gd;
const CJK_SHIFT: Record<string, [number, number, number]> = {
  前天: [0, 0, -2], 昨天: [0, 0, -1], 今天: [0, 0, 0], 明天: [0, 0, 1],
  去年: [-1, 0, 0], 今年: [0, 0, 0], 明年: [1, 0, 0],
  上月: [0, -1, 0], 上个月: [0, -1, 0], 本月: [0, 0, 0], 这个月: [0, 0, 0], 下月: [0, 1, 0], 下个月: [0, 1, 0],
};

function findAll(text: string, language: string | null): Found[] {
  const found: Found[] = [];
  // `from` is the group the span starts at (0: the whole match).
  const each = (re: RegExp, from: (m: RegExpExecArray) => number, resolve: (m: RegExpExecArray) => Found['resolve'], weekday = false) => {
    for (const m of text.matchAll(re)) {
      found.push({ start: m.indices![from(m)]![0], end: m.index + m[0].length, weekday, resolve: resolve(m) });
    }
  };

  for (const m of text.matchAll(MONTH_DAY)) {
    const mm = monthNumber(m[1]!);
    if (m[3]) {
      // "Jan. 13–20, 2025": two days, the second one written after the dash.
      const [first, second] = [m.indices![2]!, m.indices![3]!];
      found.push({ start: m.index, end: first[1], weekday: false, resolve: dayOf(m[4], mm, Number(m[2])) });
      found.push({ start: second[0], end: m.index + m[0].length, weekday: false, resolve: dayOf(m[4], mm, Number(m[3])) });
    } else found.push({ start: m.index, end: m.index + m[0].length, weekday: false, resolve: dayOf(m[4], mm, Number(m[2])) });
  }
  each(DAY_MONTH, () => 0, (m) => dayOf(m[3], monthNumber(m[2]!), Number(m[1])));
  each(MONTH_YEAR, () => 0, (m) => () => month(Number(m[2]), monthNumber(m[1]!), false));
  // Stryker disable next-line StringLiteral: no word ('') reads as any word that is not this, next or last would
  each(BARE_MONTH, (m) => (m[1] ? 1 : 3), (m) => (p) => (p ? monthWithoutYear(p, monthNumber(m[3]!), (m[2] ?? '').toLowerCase()) : null));
  each(YEAR, (m) => (m[1] ? 1 : m[2] ? 2 : 4), (m) => () => year(Number(m[2] ?? m[4]), false));
  each(ISO, () => 0, (m) => () => day([Number(m[1]), Number(m[2]), Number(m[3])], false));
  each(
    WEEKDAY,
    () => 0,
    // Stryker disable next-line StringLiteral: no word ('') reads as any word that is not this, next or last would
    (m) => (p) => (p ? weekdayNear(p, WEEKDAYS.indexOf(m[3]!.toLowerCase()), (m[2] ?? '').toLowerCase()) : null),
    true,
  );
  each(RELATIVE, () => 0, (m) => {
    const word = (m[1] ?? m[2]!).toLowerCase();
    const step = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' || word === 'next' ? 1 : 0;
    const precision: DatePrecision = m[1] ? 'day' : m[3] === 'month' ? 'month' : 'year';
    const offsets: [number, number, number] = precision === 'day' ? [0, 0, step] : precision === 'month' ? [0, step, 0] : [step, 0, 0];
    return (p) => (p ? shift(p, offsets, precision) : null);
  });
  findInLanguages(text, language, found);
  // Chinese dates need a Han letter in every match.
  if (!NON_LATIN_DATE_SCRIPT.test(text)) return found;
  each(CJK_DATE, () => 0, (m) => {
    if (m[4]) return () => year(smallNumber(m[4]!), false);
    const mm = smallNumber(m[2]!);
    if (m[3]) return dayOf(m[1], mm, smallNumber(m[3]));
    // Stryker disable next-line StringLiteral: no word ('') reads as any word that is not this, next or last would
    return (p) => (m[1] ? month(smallNumber(m[1]), mm, false) : p ? monthWithoutYear(p, mm, '') : null);
  });
  each(
    CJK_WEEKDAY,
    () => 0,
    (m) => {
      const weekday = m[2] === '日' || m[2] === '天' ? 0 : '一二三四五六'.indexOf(m[2]!) + 1;
      const word = m[1] === '上' ? 'last' : m[1] === '下' ? 'next' : m[1] ? 'this' : '';
      return (p) => (p ? weekdayNear(p, weekday, word) : null);
    },
    true,
  );
  each(CJK_RELATIVE, () => 0, (m) => {
    const precision: DatePrecision = m[0].endsWith('天') ? 'day' : m[0].endsWith('年') ? 'year' : 'month';
    return (p) => (p ? shift(p, CJK_SHIFT[m[0]]!, precision) : null);
  });
  return found;
}

/**
 * Every date in `text`, resolved against `publishedAt` (YYYY-MM-DD). Without a publication date,
 * dates that need one (weekdays, "last month", a day without a year) are left out. `language` (the
 * page's, "de" or "pt-BR") adds its own forms of date; Japanese, Korean and Chinese forms are
 * always read. Never throws.
 */
export function readDates(text: string, publishedAt: string | null, language: string | null = null): DateMention[] {
  const published = parsePublished(publishedAt);
  const found = findAll(text, language).sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: DateMention[] = [];
  const push = (start: number, end: number, resolved: ReturnType<Found['resolve']>) => {
    if (resolved) dates.push({ text: text.slice(start, end), start, end, ...resolved });
  };
  let taken = 0;
  let weekday: Found | null = null;
  for (const f of found) {
    if (f.start < taken) continue;
    taken = f.end;
    const resolved = f.resolve(published);
    // "Monday, Jan. 13": one date; the weekday only confirms it.
    if (weekday && !f.weekday && resolved?.precision === 'day' && /^,?[ \u00a0]?$/.test(text.slice(weekday.end, f.start))) {
      push(weekday.start, f.end, resolved);
      weekday = null;
      continue;
    }
    if (weekday) push(weekday.start, weekday.end, weekday.resolve(published));
    weekday = f.weekday ? f : null;
    if (!f.weekday) push(f.start, f.end, resolved);
  }
  if (weekday) push(weekday.start, weekday.end, weekday.resolve(published));
  return dates;
}
