/**
 * The panel's ties to the browser: which tab it describes (the active tab of its window, or the
 * one named in its URL), that tab's reading, and asking the tab to show one of its figures.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FoundFigure, ToContentMessage } from '../../utils/schema';
import { tabReadings, type TabReading } from '../../utils/storage/tab-readings';

type Browser = typeof browser;

/** `?tab=123` → 123: the panel shows that tab instead of following the active one. */
export function fixedTabFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * The tab the panel describes: `fixed` if given, else the active tab of the panel's own window,
 * followed as the reader switches tabs. `undefined` until known; null when there is none.
 */
export function useFollowedTab(fixed: number | null, api: Browser = browser): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(fixed ?? undefined);
  useEffect(() => {
    if (fixed !== null) {
      setTabId(fixed);
      return;
    }
    let alive = true;
    let windowId: number | undefined;
    const update = async () => {
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      if (alive) setTabId(tab?.id ?? null);
    };
    // A side panel belongs to one window: tabs activated in other windows are not its business.
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    api.tabs.onActivated.addListener(onActivated);
    void api.windows
      .getCurrent()
      .then((win) => (windowId = win.id))
      .catch(() => {});
    void update().catch(() => alive && setTabId(null));
    return () => {
      alive = false;
      api.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixed, api]);
  return tabId;
}

export type TabReadingState = { status: 'loading' } | { status: 'ready'; reading: TabReading | null };

/** The reading the background keeps for `tabId`, kept current as the page is read again or left. */
export function useTabReading(tabId: number | null | undefined, store = tabReadings): TabReadingState {
  const [state, setState] = useState<TabReadingState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return setState({ status: 'loading' });
    if (tabId === null) return setState({ status: 'ready', reading: null });
    let alive = true;
    setState({ status: 'loading' });
    const unwatch = store.watch(tabId, (reading) => alive && setState({ status: 'ready', reading }));
    void store
      .get(tabId)
      .then((reading) => alive && setState({ status: 'ready', reading }))
      .catch(() => alive && setState({ status: 'ready', reading: null }));
    return () => {
      alive = false;
      unwatch();
    };
  }, [tabId, store]);
  return state;
}

/** What came of asking the tab to show a figure. */
export type RevealOutcome = 'revealed' | 'missing' | 'no-answer';

/** Asks the tab's content script to scroll to the figure, flash its mark and open its card. */
export async function revealFigure(tabId: number, figure: Pick<FoundFigure, 'id'>, api: Browser = browser): Promise<RevealOutcome> {
  try {
    const message: ToContentMessage = { type: 'reveal-figure', figureId: figure.id };
    const reply = (await api.tabs.sendMessage(tabId, message)) as { revealed?: unknown } | undefined;
    if (reply && typeof reply === 'object' && typeof reply.revealed === 'boolean') return reply.revealed ? 'revealed' : 'missing';
    return 'no-answer';
  } catch {
    // No content script in the tab (it was open before Crosscheck was installed or reloaded).
    return 'no-answer';
  }
}
