/**
 * Each tab's reading, kept by the background in session storage: it survives the service
 * worker being stopped and restarted, is readable by the side panel, and is gone when the
 * browser closes. Content scripts cannot read session storage (Chrome's default access level).
 *
 * Session storage is small (Chrome: 10 MB for every tab together) and a page decides how much
 * its reading holds, so each tab keeps only what the panel shows, at most `perTab` bytes, and the
 * oldest tabs' readings make room for a new one.
 */
import { storage } from 'wxt/utils/storage';
import type { ArticleReading } from '../schema';

export interface TabReading {
  tabId: number;
  url: string;
  /** The linked reading. */
  reading: ArticleReading;
  /** When it was read (ISO timestamp). */
  at: string;
}

/**
 * Byte budgets of what is kept. A news article's reading is 10–40 KB; one hostile Chinese page's
 * was 14.6 MB before these (issue 10), against Chrome's 10 MB session quota for all tabs.
 */
export const SESSION_BUDGET = { perTab: 256 * 1024, allTabs: 8 * 1024 * 1024 } as const;

const PREFIX = 'tab-reading-';
const key = (tabId: number) => `session:${PREFIX}${tabId}` as const;

/** Bytes a value takes in storage: its JSON, in UTF-8 (a Chinese character is 3). */
export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * The reading as kept for the panel: figures and dates the dataset knows keep their sentences
 * (the panel links them again against the dataset it shows); the others keep only their words
 * (the panel counts them). Past `maxBytes` the others go, then the last figures and dates, and
 * the reading says it is incomplete.
 */
export function compactReading(kept: TabReading, maxBytes: number = SESSION_BUDGET.perTab): TabReading {
  const reading = kept.reading;
  const bare = <T extends { sentence: string }>(item: T, linked: boolean): T => (linked ? item : { ...item, sentence: '', ...('previous' in item ? { previous: '' } : {}) });
  let compact: TabReading = {
    ...kept,
    reading: {
      ...reading,
      figures: reading.figures.map((f) => bare(f, f.metric !== null)),
      dates: reading.dates.map((d) => bare(d, d.event !== null)),
    },
  };
  if (storedBytes(compact) <= maxBytes) return compact;
  const linked = (r: ArticleReading): ArticleReading => ({ ...r, figures: r.figures.filter((f) => f.metric !== null), dates: r.dates.filter((d) => d.event !== null), complete: false });
  compact = { ...compact, reading: linked(compact.reading) };
  if (storedBytes(compact) <= maxBytes) return compact;
  // The longest start of the linked figures and dates that fits.
  const { figures, dates } = compact.reading;
  const cut = (n: number): TabReading => ({ ...compact, reading: { ...compact.reading, figures: figures.slice(0, n), dates: dates.slice(0, n) } });
  let low = 0;
  let high = Math.max(figures.length, dates.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (storedBytes(cut(mid)) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}

const isQuotaError = (error: unknown) => /quota/i.test(error instanceof Error ? error.message : String(error));

export const tabReadings = {
  get: (tabId: number) => storage.getItem<TabReading>(key(tabId)),
  /**
   * Keeps a tab's reading, compacted to its budget; the oldest other tabs' readings are evicted
   * first when all tabs together would pass theirs, or when the browser says the quota is full.
   */
  set: async (reading: TabReading): Promise<void> => {
    const compact = compactReading(reading);
    const size = storedBytes(compact);
    const others = (await tabReadings.all()).filter((other) => other.tabId !== reading.tabId).sort((a, b) => a.at.localeCompare(b.at));
    let total = size + others.reduce((sum, other) => sum + storedBytes(other), 0);
    while (total > SESSION_BUDGET.allTabs && others.length) {
      const oldest = others.shift()!;
      total -= storedBytes(oldest);
      await tabReadings.remove(oldest.tabId);
    }
    for (;;) {
      try {
        await storage.setItem(key(reading.tabId), compact);
        return;
      } catch (error) {
        const oldest = others.shift();
        if (!isQuotaError(error) || !oldest) throw error;
        await tabReadings.remove(oldest.tabId);
      }
    }
  },
  remove: (tabId: number) => storage.removeItem(key(tabId)),
  /** Every tab's reading. */
  all: async (): Promise<TabReading[]> => {
    const everything = await storage.snapshot('session');
    return Object.entries(everything).flatMap(([name, value]) => (name.startsWith(PREFIX) ? [value as TabReading] : []));
  },
  /** Calls back whenever the tab's reading changes (or is removed: null). */
  watch: (tabId: number, callback: (reading: TabReading | null) => void) => storage.watch<TabReading>(key(tabId), callback),
};

/** The number on the toolbar button: how many of the page's figures the dataset knows. */
export function badgeText(reading: ArticleReading | null): string {
  if (!reading?.onTopic) return '';
  const linked = reading.figures.filter((figure) => figure.metric !== null).length;
  return linked > 0 ? String(linked) : '';
}
