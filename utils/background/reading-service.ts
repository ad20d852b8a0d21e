/**
 * The background's side of reading: links what a content script found to the cached dataset,
 * keeps it for the tab, and shows the count on the toolbar badge.
 */
import { readFigures, type CrosscheckDb } from '../storage/db';
import { readDatasetMeta } from '../storage/dataset-load';
import type { ReadingReply, UnchangedReply } from '../messages';
import { extractOutline, fingerprint, placesOf } from '../reading/background/read-outline';
import type { PageOutline } from '../schema/outline';
import { buildLinkIndex, type LinkIndex } from '../reading/background/link';
import { linkReading, READING_BUDGET, readAndLinkGently, readExtracted, type GentleOptions } from '../reading/background/read';
import { DEFAULT_SETTINGS } from '../constants';
import type { ArticleReading, ExtractedPage, Metric, Settings, Source, Story, StoryEvent } from '../schema';
import { isSiteDisabled } from '../settings';
import { badgeText, type TabReading } from '../storage/tab-readings';
import { markLabel } from '../../components/card/mark-label';

export interface ReadingServiceOptions {
  db: CrosscheckDb;
  store: { set(reading: TabReading): Promise<void>; remove(tabId: number): Promise<void>; all(): Promise<TabReading[]> };
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** Asks a tab's content script to read its page again (after the dataset changed). */
  askToReread: (tabId: number) => Promise<void>;
  now?: () => Date;
  /** How a page's reading shares the background with other tabs (pauses, time budget). */
  gentle?: GentleOptions & {
    /** How long a slice of finding the article in a page's outline may run before the background serves others. */
    sliceMs?: number;
  };
  /** The reader's settings, repaired: each page gets them with its reading (its reader holds no settings code). */
  settings?: () => Promise<Settings>;
}

interface StoryIndex {
  story: Story;
  index: LinkIndex;
}

/** Stand-ins for a cache that holds no dataset yet: nothing is about a story that is not there. */
const EMPTY_STORY: Story = { id: 'none', title: 'none', actors: [], terms: [], otherNames: [], firstLook: {} };
const EMPTY_INDEX = buildLinkIndex({ story: EMPTY_STORY, metrics: [], figures: [], events: [] });

/** The key of a page on a site turned off: no article's key is ever this. */
const OFF = 'off';

const present = <T>(rows: (T | undefined)[]): T[] => rows.filter((row): row is T => row !== undefined);

/** The document a reading comes from, as its message's sender says (Chrome's ids; Firefox has none). */
export interface FromDocument {
  documentId?: string;
  documentLifecycle?: string;
}

export function createReadingService({ db, store, setBadge, askToReread, now = () => new Date(), gentle, settings = async () => ({ ...DEFAULT_SETTINGS }) }: ReadingServiceOptions) {
  // Rebuilt when the cached dataset changes (a sync or an import), not on every page.
  let cached: { syncedAt: string; data: Promise<StoryIndex | null> } | null = null;
  const storyIndex = async (): Promise<StoryIndex | null> => {
    const meta = await readDatasetMeta(db);
    const syncedAt = meta?.syncedAt ?? 'empty';
    if (cached?.syncedAt !== syncedAt) {
      const data = !meta
        ? Promise.resolve(null)
        : Promise.all([db.metrics.toArray(), readFigures(db), db.events.toArray()]).then(([metrics, figures, events]) => ({
            story: meta.story,
            index: buildLinkIndex({ story: meta.story, metrics, figures, events }),
          }));
      cached = { syncedAt, data };
    }
    return cached.data;
  };

  /**
   * The page's reading: judged against the cached story and linked to its dataset, a block at a
   * time with pauses between, so that one long (or hostile) page never holds up other tabs.
   */
  const readWith = async (page: ExtractedPage, data: StoryIndex | null): Promise<ArticleReading> => {
    if (!data) return { ...readExtracted(page, EMPTY_STORY, EMPTY_INDEX), topicReasons: ['no dataset is cached yet'] };
    return readAndLinkGently(page, data.story, data.index, gentle);
  };

  // Which document each tab shows: a generation bumped whenever the tab navigates (all browsers),
  // and the last document that sent a reading (Chrome's documentId). A reading that finishes
  // after its document is gone describes a page the tab no longer shows, and is dropped.
  const generations = new Map<number, number>();
  const documents = new Map<number, string>();
  const stillShown = (tabId: number, generation: number, documentId: string | undefined) =>
    (generations.get(tabId) ?? 0) === generation && (documentId === undefined || documents.get(tabId) === documentId);

  /**
   * A tab's page, as its outline: the article found in it (in slices, so other tabs are served
   * meanwhile), read and linked, and kept for the tab; the reply carries what its marks and hover
   * cards show, each marked figure with its place in the page. `known`: the key of what the
   * page's marks show; the same article read again is answered with `unchanged`.
   */
  const read = async (tabId: number, url: string, outline: PageOutline, from: FromDocument = {}, known?: string): Promise<ReadingReply | UnchangedReply> => {
    // A page being unloaded (or prerendered, or in the back/forward cache) is not what the tab shows.
    if (from.documentLifecycle !== undefined && from.documentLifecycle !== 'active') throw new Error('refused: the page is not the one the tab shows');
    const generation = generations.get(tabId) ?? 0;
    if (from.documentId !== undefined) documents.set(tabId, from.documentId);
    const current = await settings();
    // Turned off for this site while the reader was in the page: its text is not read, the tab
    // keeps no reading, and the reader takes its marks away.
    if (isSiteDisabled(URL.parse(url)?.hostname ?? '', current.disabledSites)) {
      await store.remove(tabId);
      await setBadge(tabId, '');
      return { reading: { publishedAt: null, onTopic: false, figures: [], complete: true }, settings: current, metrics: [], figures: [], sources: [], events: [], key: OFF };
    }
    const { page, blocks } = await extractOutline(outline, { pause: gentle?.pause, sliceMs: gentle?.sliceMs ?? READING_BUDGET.sliceMs });
    const key = fingerprint(page);
    if (known === key) return { unchanged: true };
    const linked = await readWith(page, await storyIndex());
    const metricIds = [...new Set(linked.figures.flatMap((f) => (f.metric ? [f.metric] : [])))];
    const eventIds = [...new Set(linked.dates.flatMap((d) => (d.event ? [d.event] : [])))];
    const [metrics, figures, events] = await Promise.all([
      db.metrics.bulkGet(metricIds).then((rows) => present<Metric>(rows)),
      readFigures(db, metricIds),
      db.events.bulkGet(eventIds).then((rows) => present<StoryEvent>(rows)),
    ]);
    const sourceIds = [...new Set([...figures.map((f) => f.sourceId), ...events.flatMap((e) => e.reports.map((r) => r.sourceId))])];
    const sources = present<Source>(await db.sources.bulkGet(sourceIds));
    if (!stillShown(tabId, generation, from.documentId)) throw new Error('refused: the tab left the page before its reading finished');
    // The page gets its answer even when the reading cannot be kept (session storage full).
    await store.set({ tabId, url, reading: linked, at: now().toISOString() }).catch((error) => console.warn('Crosscheck: could not keep the reading', error));
    await setBadge(tabId, badgeText(linked));
    // Sentences stay here: a page of 2,000 figures would otherwise get megabytes back.
    const place = placesOf(blocks);
    const marked = linked.figures.flatMap((found) => {
      const at = found.metric ? place(found) : null;
      if (!at) return [];
      const { sentence: _s, previous: _p, sentenceStart: _o, ...figure } = found;
      return [{ ...figure, label: markLabel(figure, { metrics, figures }), at }];
    });
    return {
      reading: { publishedAt: linked.publishedAt, onTopic: linked.onTopic, figures: marked, complete: linked.complete },
      settings: current,
      metrics,
      figures,
      sources,
      events,
      key,
    };
  };

  /** A tab navigated away or closed: its reading no longer describes it. */
  const forget = async (tabId: number) => {
    generations.set(tabId, (generations.get(tabId) ?? 0) + 1);
    documents.delete(tabId);
    await store.remove(tabId);
    await setBadge(tabId, '');
  };

  /**
   * The dataset changed: every tab's reading is linked again (so the badge and the panel are
   * right at once), and each tab's content script re-reads its page to mark it anew.
   */
  const relinkAll = async () => {
    const data = await storyIndex();
    const listed = new Map(generations); // which document each tab showed when its reading was listed
    await Promise.all(
      (await store.all()).map(async (kept) => {
        const generation = listed.get(kept.tabId) ?? 0;
        // Linked against the new dataset at once (so the badge and panel are right); whether the
        // page is about the new dataset's story is settled when the tab reads it again, below.
        const reading = linkReading(kept.reading, (data ?? { index: EMPTY_INDEX }).index);
        if ((generations.get(kept.tabId) ?? 0) !== generation) return; // the tab navigated meanwhile
        await store.set({ ...kept, reading, at: now().toISOString() });
        await setBadge(kept.tabId, badgeText(reading));
        await askToReread(kept.tabId).catch(() => {});
      }),
    );
  };

  return { read, forget, relinkAll };
}
