/** Resolving a date a page gives against the article's own date: the nearest year, the latest weekday, a shift of days, months or years. */
import type { DateMention } from './dates';
import type { DatePrecision } from '../../schema';
import { type Calendar, calendarOf, DAY_MS, isCalendarDay, pad2, timeOf } from '../../core/calendar';

/** A candidate before resolution; `resolve` turns it into a date, or null when it cannot. */
export interface Found {
  start: number;
  end: number;
  weekday: boolean;
  resolve: (published: Calendar | null) => Omit<DateMention, 'text' | 'start' | 'end'> | null;
}

export const day = (c: Calendar, relative: boolean) =>
  isCalendarDay(c) ? { date: `${c[0]}-${pad2(c[1])}-${pad2(c[2])}`, precision: 'day' as const, relative } : null;
export const month = (y: number, m: number, relative: boolean) =>
  m >= 1 && m <= 12 && y >= 1000 && y <= 9999 ? { date: `${y}-${pad2(m)}`, precision: 'month' as const, relative } : null;
export const year = (y: number, relative: boolean) =>
  y >= 1000 && y <= 9999 ? { date: String(y), precision: 'year' as const, relative } : null;

/** Digits (ASCII or full-width) or a small Chinese numeral ("十三") as a number. */
export function smallNumber(written: string): number {
  if (/^[0-9０-９]+$/.test(written)) return Number(written.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  let value = 0;
  let digit = 0;
  for (const c of written) {
    const d = '一二三四五六七八九'.indexOf(c) + 1;
    if (c === '十') [value, digit] = [value + (digit || 1) * 10, 0];
    else if (d) digit = d;
    else return NaN;
  }
  return value + digit;
}

/** The day of that month and day nearest the publication date, a year either side. */
export function nearest(published: Calendar, m: number, d: number): Calendar | null {
  let best: Calendar | null = null;
  for (const y of [published[0] - 1, published[0], published[0] + 1]) {
    const candidate: Calendar = [y, m, d];
    if (isCalendarDay(candidate) && (!best || Math.abs(timeOf(candidate) - timeOf(published)) < Math.abs(timeOf(best) - timeOf(published))))
      best = candidate;
  }
  return best;
}

/** A month named without a year: the latest one on or before publication; "last" is strictly before, "next" strictly after, "this" the same year. */
export function monthWithoutYear(published: Calendar, m: number, word: string) {
  const [y, pm] = published;
  if (word === 'this') return month(y, m, true);
  if (word === 'next') return month(m > pm ? y : y + 1, m, true);
  return month(word === 'last' ? (m < pm ? y : y - 1) : m <= pm ? y : y - 1, m, true);
}

/**
 * A weekday: the latest on or before publication (publication day itself when it matches); "this"
 * is the one in the publication's week, Monday to Sunday ("this Friday" in a Wednesday's piece is
 * two days ahead, "这周一" two days back).
 */
export function weekdayNear(published: Calendar, weekday: number, word: string) {
  const today = new Date(timeOf(published)).getUTCDay();
  let offset = -((today - weekday + 7) % 7);
  if (word === 'last' && offset === 0) offset = -7;
  if (word === 'next') offset = (weekday - today + 7) % 7 || 7;
  if (word === 'this') offset = ((weekday + 6) % 7) - ((today + 6) % 7);
  return day(calendarOf(timeOf(published) + offset * DAY_MS), true);
}

export function shift(published: Calendar, [dy, dm, dd]: [number, number, number], precision: DatePrecision) {
  if (precision === 'day') return day(calendarOf(timeOf(published) + dd * DAY_MS), true);
  const total = published[0] * 12 + published[1] - 1 + dy * 12 + dm;
  return precision === 'month' ? month(Math.floor(total / 12), (total % 12) + 1, true) : year(published[0] + dy, true);
}

export function parsePublished(publishedAt: string | null): Calendar | null {
  // Stryker disable next-line StringLiteral: no date ('') and any other text that is not YYYY-MM-DD both match nothing
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(publishedAt ?? '');
  const c: Calendar | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  return c && isCalendarDay(c) ? c : null;
}

/** A day and month, with the year written (`y`) or the nearest one to publication. */
export const dayOf = (y: string | undefined, mm: number, d: number): Found['resolve'] => (p) =>
  y ? day([smallNumber(y), mm, d], false) : p ? day(nearest(p, mm, d) ?? [0, 0, 0], true) : null;
