/**
 * Reading the page: its outline (one walk over the document, the main thread handed back between
 * slices) sent to the background, which finds the article in it and answers whether it is an
 * article about the story, which figures the dataset knows and where they are, and the reader's
 * settings; then the ranges of those figures. Read again when the page changes (a body that arrives late, an
 * in-page navigation), batched, less and less often while nothing changes; and when the
 * background asks (the settings or the dataset changed, or the reader asked to have the page read).
 */
import type { ReaderContext } from './context';
import { sendToBackground, type ReadingReply } from '../messages';
import { drainGently, sliceOf } from '../reading/page/slicing';
import type { Settings } from '../schema';
import { buildMarksGently, type Mark } from './marks';
import { outlineSteps } from './outline';
import { SLICE } from './slices';

/**
 * Tuning of the re-reads: a page that keeps changing costs one read per interval, growing while
 * nothing changes. A big page waits longer: the background spends about 5 µs a node finding the
 * article in an outline (a 200,000-node one took about a second in Node), so a page that changes
 * all the time holds at most about a tenth of the background's time.
 */
const REREAD = { firstMs: 1_000, longestMs: 32_000, nodesPerInterval: 20_000 };

/** The shortest interval between re-reads of a page whose outline has `nodes` nodes. */
export const rereadFloorMs = (nodes: number): number => REREAD.firstMs * Math.max(1, Math.ceil(nodes / REREAD.nodesPerInterval));

export interface Page {
  /** With `key`, the background's key of what was read: an unchanged page is not marked again. */
  reply: ReadingReply;
  marks: Mark[];
}

/** What the reading hands on: marks to show, or none any more. */
export interface ReadingSink {
  marked(page: Page, settings: Settings): void;
  dropped(): void;
}

/** One pause of the main thread: a task of the page's may run before the next step of ours. */
export const pauseIn = (ctx: ReaderContext) => () => new Promise<void>((done) => ctx.setTimeout(done, 0));

export function createPageReading(ctx: ReaderContext, doc: Document, sink: ReadingSink) {
  const win = doc.defaultView!;
  const pause = pauseIn(ctx);
  let settings: Settings | null = null;
  let page: Page | null = null;
  /** The background's key of what it last read here, marked or not. */
  let lastKey: string | undefined;
  let reading = false;
  let again = false;
  /** The shortest interval for this page, by the size of its last outline. */
  let floorMs = REREAD.firstMs;
  let rereadDelay = floorMs;
  let rereadTimer: number | undefined;

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
      const { outline, nodes } = await drainGently(outlineSteps(doc, sliceOf(SLICE.budgetMs)), pause);
      if (ctx.isInvalid) return;
      floorMs = rereadFloorMs(nodes.length);
      // Unless forced: if the background finds what it last read here (and the marks of it still
      // stand), it answers that nothing changed.
      const stands = !page || page.marks.every((m) => m.range.startContainer.isConnected);
      const known = !force && stands ? lastKey : undefined;
      const reply = await sendToBackground({ type: 'read-article', url: win.location.href, outline, known });
      if (ctx.isInvalid || 'unchanged' in reply) return;
      lastKey = reply.key;
      settings = reply.settings;
      // The background judged it not to be an article, or not about the story, or Crosscheck was
      // turned off for the site: nothing to mark.
      if (!reply.reading.onTopic) return drop();
      // In slices, and in other tasks than placing a focus target over each (mark-layer.ts).
      // In the page's reading order (a caption may stand before the body): Tab and the shortcut follow it.
      const marks = (await buildMarksGently(nodes, reply.reading.figures, doc, pause, () => ctx.isInvalid)).sort((a, b) =>
        a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
      );
      await pause();
      if (ctx.isInvalid) return;
      page = { reply, marks };
      rereadDelay = floorMs;
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
      const before = page?.reply.key;
      await read();
      rereadDelay = page?.reply.key !== before ? floorMs : Math.min(rereadDelay * 2, Math.max(REREAD.longestMs, floorMs));
    }, rereadDelay);
  };

  const observer = new MutationObserver(rereadSoon);
  ctx.onNavigate(() => {
    rereadDelay = floorMs;
    rereadSoon();
  });
  // When the settings change (a site turned off, another highlight style) the background asks
  // for a read (`rereadNow`), and its answer brings them, repaired: the reader carries no settings
  // code and watches no storage.
  ctx.onInvalidated(() => observer.disconnect());

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
