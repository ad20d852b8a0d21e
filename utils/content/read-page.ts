/**
 * Reading the page: the article's text and what it shows of being an article (extracted in the
 * page, the main thread handed back between steps), the background's reply (whether it is an
 * article about the story, which figures the dataset knows, and the reader's settings) and the
 * ranges of those figures. Read again when the page changes (a body that arrives late, an
 * in-page navigation), batched, less and less often while nothing changes; and when the settings
 * or the dataset change.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../constants';
import type { ReaderContext } from './context';
import { sendToBackground, type ReadingReply } from '../messages';
import { extractPageGently } from '../reading/page/extract-page';
import type { ExtractedPage, Settings } from '../schema';
import { buildMarksGently, type Mark } from './marks';
import { SLICE } from './slices';

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

/** What was read, in short: the measures the verdict is made of, and each block's start. */
const fingerprint = (page: ExtractedPage) =>
  `${Object.values(page.features).join(',')}|${page.blocks.map((b) => `${b.role}:${b.text.length}:${b.text.slice(0, 64)}`).join('|')}`;

/** One pause of the main thread: a task of the page's may run before the next step of ours. */
export const pauseIn = (ctx: ReaderContext) => () => new Promise<void>((done) => ctx.setTimeout(done, 0));

export function createPageReading(ctx: ReaderContext, doc: Document, sink: ReadingSink) {
  const win = doc.defaultView!;
  const pause = pauseIn(ctx);
  let settings: Settings | null = null;
  let page: Page | null = null;
  /** What the background last heard from this page (the badge and the panel show it), in short. */
  let reported: string | null = null;
  let reading = false;
  let again = false;
  let rereadDelay = REREAD.firstMs;
  let rereadTimer: number | undefined;

  const report = (found: ExtractedPage) => sendToBackground({ type: 'read-article', url: win.location.href, page: found });

  const drop = () => {
    if (!page) return;
    page = null;
    sink.dropped();
  };

  /** `force`: read and report even if the page did not change (the dataset did, or the reader asked). */
  const read = async (force = false): Promise<void> => {
    if (ctx.isInvalid) return;
    // A read asked for while one runs (the settings changed mid-read) runs after it, forced.
    if (reading) return void (again ||= force);
    reading = true;
    try {
      const { page: found, blocks } = await extractPageGently(doc, pause, SLICE.budgetMs);
      const key = fingerprint(found);
      // Nothing changed since the background last heard of the page, and its marks still stand.
      if (!force && key === reported && (!page || page.marks.every((m) => m.range.startContainer.isConnected))) return;
      const reply = await report(found);
      reported = key;
      settings = reply.settings;
      if (ctx.isInvalid) return;
      // The background judged it not to be an article, or not about the story, or Crosscheck was
      // turned off for the site: nothing to mark.
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
      sink.marked(page, reply.settings);
    } catch {
      // The background is restarting or the extension was reloaded: the next re-read tries again.
    } finally {
      reading = false;
      if (again) {
        again = false;
        void read(true);
      }
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
  // The settings changed (a site turned off, another highlight style): read again, and the
  // background's answer brings them, repaired (the reader carries no settings code).
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void read(true);
  };
  browser.storage.onChanged.addListener(onStorage);
  const stopWatching = () => browser.storage.onChanged.removeListener(onStorage);
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
      // Not in the task that compiled and set up the reader: the first slice of reading gets a task of its own.
      await pause();
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
