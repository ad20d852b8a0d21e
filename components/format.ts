/** Dates and numbers as a reader reads them, in one place so every view agrees. */
import { groupDigits } from '../utils/constants';
import { MONTH_NAMES } from '../utils/core/calendar';
import type { PartialDate, Source } from '../utils/schema';

/** `2025-01-13` → "13 January 2025"; `2024-11` → "November 2024"; `2013` → "2013". */
export function formatPartialDate({ date, precision }: PartialDate): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (precision === 'year' || !monthName) return year ?? date;
  if (precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A source's publication date with how sure it is. */
export function formatPublished(published: Source['published']): string {
  if (!published.date) return 'date unknown';
  const date = formatPartialDate({ date: published.date, precision: 'day' });
  return published.precision === 'exact' ? date : `${date} (inferred)`;
}

/** An ISO timestamp in the reader's locale, e.g. "21 Nov 2026, 14:05". */
export function formatTimestamp(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Reuters via US local news site", or just the outlet. */
export function sourceName(source: Pick<Source, 'outlet' | 'reportedBy'>): string {
  return source.reportedBy && source.reportedBy !== source.outlet ? `${source.reportedBy} via ${source.outlet}` : source.outlet;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`;
}
