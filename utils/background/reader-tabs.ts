/**
 * Which tabs get the reader. The background takes the first look from what the browser tells it
 * about a tab (its title and address: `tabs.onUpdated`, visible through the host permissions, no
 * "tabs" permission), so a page that never names the story gets nothing of Crosscheck: no script,
 * no isolated world, no cost. A tab is looked at again when its title or address changes (a late
 * title, an in-page navigation), and every open tab when the extension starts, the dataset's story
 * changes or the list of sites where Crosscheck stays off does. Reading on demand (the panel's
 * "Read this page", the context menu) skips the first look.
 */
import { compileFirstLook, type FirstLook } from '../reading/background/first-look';

interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
  status?: string;
}

interface TabChange {
  status?: string;
  url?: string;
  title?: string;
}

/** The parts of `browser.tabs` this needs (WXT's fake browser in the tests). */
export interface TabsApi {
  query(query: object): Promise<TabInfo[]>;
  get(tabId: number): Promise<TabInfo>;
  onUpdated: { addListener(listener: (tabId: number, change: TabChange, tab: TabInfo) => void): void };
  onRemoved: { addListener(listener: (tabId: number) => void): void };
}

export interface ReaderTabsOptions {
  tabs: TabsApi;
  /** The cached story's first look, or null while no dataset is cached. */
  firstLook: () => Promise<FirstLook | null>;
  /** Whether Crosscheck stays off on this address's site (the reader's list in the options). */
  isSiteOff: (url: string) => Promise<boolean>;
  /** Puts the reader into the tab's top frame. */
  inject: (tabId: number) => Promise<void>;
  /** Asks the tab's reader to read the page again and report it, even if nothing changed. */
  readAgain: (tabId: number) => Promise<void>;
}

/** What came of asking to read a tab on demand. */
export type OnDemand = { reading: true } | { reading: false; reason: string };

const isWebPage = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

export function watchReaderTabs({ tabs, firstLook, isSiteOff, inject, readAgain }: ReaderTabsOptions) {
  /**
   * Tabs whose current document has the reader, so that a title that keeps changing (a live
   * ticker, a count of unread messages) is not met with an injection each time. Forgotten when
   * the tab loads another document; after a restart of the background the reader's own guard
   * makes a second injection a no-op.
   */
  const injected = new Set<number>();

  const put = async (tabId: number) => {
    injected.add(tabId);
    try {
      await inject(tabId);
    } catch (error) {
      injected.delete(tabId); // the page went away, or cannot be scripted (a browser page, a store)
      throw error;
    }
  };

  const decide = async (tab: TabInfo & { id: number }) => {
    if (injected.has(tab.id) || !isWebPage(tab.url)) return;
    const look = await firstLook();
    if (!look?.names(tab) || (await isSiteOff(tab.url))) return;
    await put(tab.id).catch(() => {});
  };
  /** One decision at a time per tab, in the order the browser told of the changes. */
  const queue = new Map<number, Promise<void>>();
  const consider = (tab: TabInfo): Promise<void> => {
    const id = tab.id;
    if (id === undefined) return Promise.resolve();
    const next = (queue.get(id) ?? Promise.resolve()).then(() => decide({ ...tab, id }));
    queue.set(id, next);
    return next.finally(() => queue.get(id) === next && queue.delete(id));
  };

  tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new document (or, in Chrome, an in-page navigation, which it reports as loading too): the
    // first look waits for its title or for the load to complete, not the address's first report,
    // when the tab may still show the previous page's title. After an in-page navigation the
    // reader is there already, and a second injection leaves it as it is.
    if (change.status === 'loading') injected.delete(tabId);
    if (change.title !== undefined || change.status === 'complete' || (change.url !== undefined && change.status !== 'loading')) {
      void consider({ ...tab, id: tabId });
    }
  });
  tabs.onRemoved.addListener((tabId) => {
    injected.delete(tabId);
    queue.delete(tabId);
  });

  return {
    /** Looks at every open tab: at start-up, and after the story or the off list changed. */
    async scan(): Promise<void> {
      const all = await tabs.query({});
      await Promise.all(all.filter((tab) => tab.status !== 'loading').map(consider));
    },

    /**
     * The reader's settings changed: every tab's reader (whichever tabs have one: after a restart
     * of the background, only the readers know) reads its page again, and the answer brings the
     * settings. A tab without one does not answer, and that is fine.
     */
    async rereadAll(): Promise<void> {
      const all = await tabs.query({});
      await Promise.all(all.flatMap((tab) => (tab.id !== undefined && isWebPage(tab.url) ? [readAgain(tab.id).catch(() => {})] : [])));
    },

    /** Reads a tab whatever its title says (it still has to be an article about the story to be marked). */
    async readOnDemand(tabId: number): Promise<OnDemand> {
      const tab = await tabs.get(tabId).catch(() => null);
      if (!tab) return { reading: false, reason: 'the tab is gone' };
      if (!isWebPage(tab.url)) return { reading: false, reason: 'Crosscheck reads web pages only' };
      if (await isSiteOff(tab.url)) return { reading: false, reason: `Crosscheck is off for ${new URL(tab.url).hostname} (see its options)` };
      try {
        await put(tabId);
        // A reader that was there already says what the page is now: the panel is waiting for it.
        await readAgain(tabId).catch(() => {});
      } catch (error) {
        return { reading: false, reason: `the browser did not let Crosscheck into this page (${error instanceof Error ? error.message : String(error)})` };
      }
      return { reading: true };
    },
  };
}

/**
 * The cached story's first look, compiled once and kept until the dataset changes (`forget`
 * after a sync or an import), so a title change costs a regular-expression test, not a read of
 * the cache.
 */
export function firstLookOf(readStory: () => Promise<{ firstLook: Parameters<typeof compileFirstLook>[0] } | null>) {
  let compiled: Promise<FirstLook | null> | null = null;
  return {
    get: (): Promise<FirstLook | null> =>
      (compiled ??= readStory().then(
        (story) => (story ? compileFirstLook(story.firstLook) : null),
        () => ((compiled = null), null),
      )),
    forget: () => void (compiled = null),
  };
}
