/** Dates and numbers as a reader reads them, in one place so every view agrees. */
import { groupDigits } from '../utils/constants';
import { MONTH_NAMES } from '../utils/core/calendar';
import type { PartialDate, Source } from '../utils/schema';
import { t, type MessageKey } from './i18n';

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
  if (!published.date) return t('dateUnknown');
  const date = formatPartialDate({ date: published.date, precision: 'day' });
  return published.precision === 'exact' ? date : t('dateInferred', date);
}

/** The languages of the bundled dataset, named in the interface's own messages (`lang_de`: "German"). */
export const DATASET_LANGUAGES = ['en', 'zh', 'ja', 'ko', 'de', 'fr', 'it', 'es', 'pt', 'id', 'hi'] as const;

/**
 * "German" for `de`. The card runs in the page, where a first `Intl.DisplayNames` call costs
 * milliseconds (see README): it names the dataset's languages from the messages and shows any
 * other code as written; the panel and the options page pass `Intl` as `other`.
 */
export function languageName(code: string, other?: (code: string) => string | undefined): string {
  if ((DATASET_LANGUAGES as readonly string[]).includes(code)) return t(`lang_${code}` as MessageKey);
  return other?.(code) ?? code.toUpperCase();
}

/** `Intl.DisplayNames` for the extension's own pages, in the interface's language. */
export function intlLanguageName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames([t('@@ui_locale').replace('_', '-') || 'en'], { type: 'language' }).of(code);
  } catch {
    return undefined;
  }
}

/** An ISO timestamp in the reader's locale, e.g. "21 Nov 2026, 14:05". */
export function formatTimestamp(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Global Banking & Finance Review, carrying Reuters", or just the outlet. */
export function sourceName(source: Pick<Source, 'outlet' | 'reportedBy'>): string {
  return source.reportedBy && source.reportedBy !== source.outlet ? t('carrying', source.outlet, source.reportedBy) : source.outlet;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`;
}
