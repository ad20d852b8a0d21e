/**
 * Each tab's reading, kept by the background in session storage: it survives the service
 * worker being stopped and restarted, is readable by the side panel, and is gone when the
 * browser closes. Content scripts cannot read session storage (Chrome's default access level).
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

const PREFIX = 'tab-reading-';
const key = (tabId: number) => `session:${PREFIX}${tabId}` as const;

export const tabReadings = {
  get: (tabId: number) => storage.getItem<TabReading>(key(tabId)),
  set: (reading: TabReading) => storage.setItem(key(reading.tabId), reading),
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
