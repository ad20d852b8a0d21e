/**
 * Reading the page: the reader's settings, the article's text (extracted in the page, the main
 * thread handed back between steps), the background's reply (which figures the dataset knows) and
 * the ranges of those figures. Read again when the page changes (a body that arrives late, an
 * in-page navigation), batched, less and less often while nothing changes; and when the settings
 * or the dataset change.
 */
import type { ReaderContext } from './context';
import { sendToBackground, type ReadingReply } from '../messages';
import { extractPageGently } from '../reading/page/extract-page';
import type { ExtractedPage, Settings } from '../schema';
import { isSiteDisabled, readSettings, watchSettings } from '../settings';
import { buildMarksGently, type Mark } from './marks';

/** Tuning of the re-reads: a page that keeps changing costs one read per interval, growing while nothing changes. */
const REREAD = { firstMs: 1_000, longestMs: 32_000 };

export interface Page {
  reply: ReadingReply;
  marks: Mark[];
  /** A fingerprint of what was read, to skip re-marking when nothing changed. */
  key: string;
}

/** What the reading hands on: marks to show, or none any more. */
export interface ReadingSink {
  marked(page: Page, settings: Settings): void;
  dropped(): void;
}

/** What is reported for a page that is not (or no longer) an article about the story. */
const NOTHING: ExtractedPage = {
  article: false,
  title: null,
  outlet: null,
  publishedAt: null,
  language: null,
  articleSignals: [],
  blocks: [],
};

const fingerprint = (page: ExtractedPage) => page.blocks.map((b) => `${b.role}:${b.text.length}:${b.text.slice(0, 64)}`).join('|');

/** One pause of the main thread: a task of the page's may run before the next step of ours. */
export const pauseIn = (ctx: ReaderContext) => () => new Promise<void>((done) => ctx.setTimeout(done, 0));

export function createPageReading(ctx: ReaderContext, doc: Document, sink: ReadingSink) {
  const win = doc.defaultView!;
  const pause = pauseIn(ctx);
  let settings: Settings | null = null;
  let page: Page | null = null;
  /** What the background last heard from this page (the badge and the panel show it). */
  let reported: 'nothing' | 'article' | 'not an article' = 'nothing';
  let reading = false;
  let rereadDelay = REREAD.firstMs;
  let rereadTimer: number | undefined;

  const report = (found: ExtractedPage) => sendToBackground({ type: 'read-article', url: win.location.href, page: found });

  const drop = () => {
    if (!page) return;
    page = null;
    sink.dropped();
  };

  /**
   * Not (or no longer) an article: every mark goes. The background hears of it (the badge, and the
   * panel saying why there is nothing) when it held another verdict, or when asked to read.
   */
  const notAnArticle = async (found: ExtractedPage, force: boolean) => {
    drop();
    if (reported === 'not an article' && !force) return;
    reported = 'not an article';
    await report(found).catch(() => {});
  };

  /** Off for this site: the marks go, and a reading the background holds is replaced. */
  const siteOff = async () => {
    drop();
    if (reported === 'nothing') return;
    reported = 'nothing';
    await report(NOTHING).catch(() => {});
  };

  /** `force`: read and report even if the page did not change (the dataset did, or the reader asked). */
  const read = async (force = false) => {
    if (reading || ctx.isInvalid) return;
    reading = true;
    try {
      const current = (settings ??= await readSettings());
      if (isSiteDisabled(win.location.hostname, current.disabledSites)) return await siteOff();
      const { page: found, blocks } = await extractPageGently(doc, pause);
      if (!found.article) return await notAnArticle(found, force);
      const key = fingerprint(found);
      if (!force && page && page.key === key && page.marks.every((m) => m.range.startContainer.isConnected)) return;
      const reply = await report(found);
      reported = 'article';
      if (ctx.isInvalid) return;
      // The background judged it not to be about the story: nothing to mark.
      if (!reply.reading.onTopic) return drop();
      // In slices, and in other tasks than placing a focus target over each (mark-layer.ts).
      // In the page's reading order (a caption may stand before the body): Tab and the shortcut follow it.
      const marks = (await buildMarksGently(blocks, reply.reading.figures, doc, pause, () => ctx.isInvalid)).sort((a, b) =>
        a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
      );
      await pause();
      if (ctx.isInvalid) return;
      page = { reply, marks, key };
      rereadDelay = REREAD.firstMs;
      sink.marked(page, current);
    } catch {
      // The background is restarting or the extension was reloaded: the next re-read tries again.
    } finally {
      reading = false;
    }
  };

  /** Batched: a page that mutates constantly costs one re-read per interval, growing when idle. */
  const rereadSoon = () => {
    if (rereadTimer !== undefined || ctx.isInvalid) return;
    rereadTimer = ctx.setTimeout(async () => {
      rereadTimer = undefined;
      const before = page?.key;
      await read();
      rereadDelay = page?.key !== before ? REREAD.firstMs : Math.min(rereadDelay * 2, REREAD.longestMs);
    }, rereadDelay);
  };

  const observer = new MutationObserver(rereadSoon);
  ctx.onNavigate(() => {
    rereadDelay = REREAD.firstMs;
    rereadSoon();
  });
  const stopWatching = watchSettings((next) => {
    settings = next;
    if (isSiteDisabled(win.location.hostname, next.disabledSites)) void siteOff();
    else if (page) sink.marked(page, next);
    else rereadSoon();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    stopWatching();
  });

  return {
    /** The page as last marked, or null. */
    get page(): Page | null {
      return page;
    },
    get settings(): Settings | null {
      return settings;
    },
    /** The first read; then the page is watched for changes. */
    async start(): Promise<void> {
      await read();
      if (doc.body && !ctx.isInvalid) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    },
    /** Reads again even if the page did not change: the same figures may now link differently. */
    rereadNow(): void {
      void read(true);
    },
  };
}

export type PageReading = ReturnType<typeof createPageReading>;
