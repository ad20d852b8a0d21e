/**
 * Calendar days without a time zone, in one place: the dataset's `2025-01-13`, the page's "Jan.
 * 13", the timeline's day-by-day week. All arithmetic is in UTC so that no reader's time zone
 * moves an event to another day.
 */

export const DAY_MS = 86_400_000;

/** A day as numbers: year, month 1–12, day 1–31. */
export type Calendar = [year: number, month: number, day: number];

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * English month names and abbreviations as a regex source ("Jan", "Jan.", "January", "Sept"),
 * for the readers of page text.
 */
export const MONTH_PATTERN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** 1–12 for an English month name or abbreviation ("Sept", "january"), 0 when it is none. */
export function monthNumber(name: string): number {
  const index = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase());
  return index >= 0 && index % 3 === 0 ? index / 3 + 1 : 0;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** Milliseconds at midnight UTC of a day. */
export const timeOf = ([year, month, day]: Calendar): number => Date.UTC(year, month - 1, day);

export function calendarOf(time: number): Calendar {
  const d = new Date(time);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Whether the numbers name a day that exists (not 30 February), in years 1000–9999. */
export function isCalendarDay([year, month, day]: Calendar): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `[2025, 1, 13]` → `2025-01-13`. */
export const isoDayOf = ([year, month, day]: Calendar): string => `${year}-${pad2(month)}-${pad2(day)}`;

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-01-13` → `[2025, 1, 13]`, or null when it is not a real day written that way. */
export function parseIsoDay(text: string): Calendar | null {
  const match = YMD.exec(text);
  if (!match) return null;
  const day: Calendar = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay(day) ? day : null;
}

/** `2025-01-13` that exists on the calendar (not `2025-02-30`). */
export const isRealDay = (text: string): boolean => parseIsoDay(text) !== null;

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** `2025-01-13` plus `days` (negative to go back). */
export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (`b` later is positive). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** 0 (Sunday) to 6 (Saturday) for `2025-01-13`. */
export const weekdayOf = (day: string): number => new Date(utc(day)).getUTCDay();
