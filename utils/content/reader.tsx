/**
 * The content script's work on a page: decide cheaply whether it can be an article about the
 * story, read it, have the background link it to the dataset, mark the linked figures and show
 * their hover cards. Re-reads on in-page navigation and when the article's body arrives late.
 * Everything hangs off WXT's context, so it all stops when the extension reloads.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard } from '../../components/card/HoverCard';
import { markLabel } from '../../components/card/mark-label';
import type { ReadingReply } from '../messages';
import { sendToBackground } from '../messages';
import { extractPageGently } from '../reading/page/extract-page';
import type { ExtractedPage } from '../schema';
import type { Settings } from '../schema';
import { isSiteDisabled, readSettings, watchSettings } from '../settings';
import { parseToContent } from './incoming';
import { buildMarks, canHighlight, clearMarks, markAt, paintActive, paintMarks, type Mark } from './marks';
import { createOverlay, type Overlay } from './overlay';

const OPEN_DELAY = 120;
const CLOSE_DELAY = 280;
const FIRST_REREAD = 1_000;
const LONGEST_REREAD = 32_000;

interface Page {
  reply: ReadingReply;
  marks: Mark[];
  /** A fingerprint of what was read, to skip re-marking when nothing changed. */
  key: string;
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

export function startReader(ctx: ContentScriptContext, css: string, doc: Document = document): void {
  const win = doc.defaultView!;
  let settings: Settings | null = null;
  let overlay: Overlay | null = null;
  let page: Page | null = null;
  let reported = false;
  let reading = false;
  let rereadDelay = FIRST_REREAD;
  let rereadTimer: number | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let open: { mark: Mark; button: HTMLElement | null } | null = null;
  let pointerInCard = false;
  let quietFocus = false;

  const getSettings = async () => (settings ??= await readSettings());

  // ---- reading -------------------------------------------------------------------------------

  const read = async () => {
    if (reading || ctx.isInvalid) return;
    reading = true;
    try {
      const current = await getSettings();
      if (isSiteDisabled(win.location.hostname, current.disabledSites)) return forgetPage(NOTHING);
      const { page: found, blocks } = await extractPageGently(doc);
      if (!found.article) return forgetPage(found);
      const key = fingerprint(found);
      if (page && page.key === key && page.marks.every((m) => m.range.startContainer.isConnected)) return;
      const reply = await sendToBackground({ type: 'read-article', url: win.location.href, page: found });
      reported = true;
      if (ctx.isInvalid) return;
      // The background judged it not to be about the story: nothing to mark.
      if (!reply.reading.onTopic) return dropMarks();
      // In the page's reading order (a caption may stand before the body): Tab and the shortcut follow it.
      const marks = buildMarks(blocks, reply.reading.figures, doc).sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      // Building the ranges and placing a focus target over each are two tasks, not one long one.
      await new Promise<void>((done) => ctx.setTimeout(() => done(), 0));
      if (ctx.isInvalid) return;
      page = { reply, marks, key };
      rereadDelay = FIRST_REREAD;
      showMarks();
    } catch {
      // The background is restarting or the extension was reloaded: the next re-read tries again.
    } finally {
      reading = false;
    }
  };

  const dropMarks = () => {
    if (!page) return;
    clearMarks(win);
    closeCard();
    overlay?.setTargets([], () => '');
    page = null;
  };

  /** Not (or no longer) an article: take every mark away, and tell the badge. */
  const forgetPage = async (found: ExtractedPage) => {
    dropMarks();
    if (reported) {
      reported = false;
      await sendToBackground({ type: 'read-article', url: win.location.href, page: found }).catch(() => {});
    }
  };

  const showMarks = () => {
    if (!page || !settings) return;
    overlay ??= createCardLayer();
    overlay.setTheme(settings.theme, settings.highlightStyle === 'outline' || !canHighlight(win));
    paintMarks(page.marks, settings.highlightStyle, win);
    const reply = page.reply;
    const buttons = overlay.setTargets(page.marks, (mark) => markLabel(mark.figure, reply));
    buttons.forEach((button, i) => {
      const mark = page!.marks[i]!;
      button.addEventListener('focus', () => quietFocus || openCard(mark, button));
      button.addEventListener('blur', (event) => {
        if (!overlay?.card.contains(event.relatedTarget as Node | null)) scheduleClose();
      });
      button.addEventListener('click', () => openCard(mark, button));
    });
  };

  /** Batched: a page that mutates constantly costs one re-read per interval, growing when idle. */
  const scheduleReread = () => {
    if (rereadTimer !== undefined || ctx.isInvalid) return;
    rereadTimer = ctx.setTimeout(async () => {
      rereadTimer = undefined;
      const before = page?.key;
      await read();
      rereadDelay = page?.key !== before ? FIRST_REREAD : Math.min(rereadDelay * 2, LONGEST_REREAD);
    }, rereadDelay);
  };

  // ---- the card ------------------------------------------------------------------------------

  /** The shadow-root layer, made on the first page with marks; pointer and focus keep its card open. */
  const createCardLayer = (): Overlay => {
    const layer = createOverlay(doc, css);
    layer.card.addEventListener('pointerenter', () => {
      pointerInCard = true;
      win.clearTimeout(closeTimer);
    });
    layer.card.addEventListener('pointerleave', () => {
      pointerInCard = false;
      scheduleClose();
    });
    layer.card.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!next || (!layer.card.contains(next) && next !== open?.button)) scheduleClose();
    });
    return layer;
  };

  const openCard = (mark: Mark, button: HTMLElement | null) => {
    win.clearTimeout(closeTimer);
    if (!page || !overlay || !settings?.hoverCards) return;
    if (open?.mark === mark) return;
    open = { mark, button };
    paintActive(mark, win);
    render(<HoverCard figure={mark.figure} reply={page.reply} onClose={() => closeCard(true)} />, overlay.card);
    overlay.showCard(mark, button);
  };

  const closeCard = (restoreFocus = false) => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
    if (!open) return;
    const button = open.button;
    open = null;
    paintActive(null, win);
    overlay?.hideCard();
    if (overlay) render(null, overlay.card);
    if (restoreFocus && button) {
      // Back on its mark after Escape, without the focus opening the card again.
      quietFocus = true;
      button.focus({ preventScroll: true });
      quietFocus = false;
    }
  };

  const scheduleClose = () => {
    win.clearTimeout(closeTimer);
    closeTimer = win.setTimeout(() => {
      const active = overlay?.root.activeElement;
      if (pointerInCard || (active && (overlay!.card.contains(active) || active === open?.button))) return;
      closeCard();
    }, CLOSE_DELAY);
  };

  // ---- events --------------------------------------------------------------------------------

  /**
   * Runs `task` at most once per frame's worth of time, after the latest call. A timer, not
   * requestAnimationFrame: Firefox can hold animation frames back for a page that automation or
   * the window manager considers hidden, and a stuck frame would silence hover for good.
   */
  const throttled = (task: () => void) => {
    let pending: number | undefined;
    return () => {
      if (pending === undefined) pending = ctx.setTimeout(() => ((pending = undefined), task()), 16);
    };
  };
  let pointer = { x: 0, y: 0 };
  const trackPointer = throttled(() => {
    const mark = markAt(page?.marks ?? [], pointer.x, pointer.y);
    if (mark) {
      win.clearTimeout(closeTimer);
      if (open?.mark !== mark) {
        win.clearTimeout(openTimer);
        openTimer = win.setTimeout(() => openCard(mark, null), OPEN_DELAY);
      }
    } else {
      win.clearTimeout(openTimer);
      if (open && !pointerInCard) scheduleClose();
    }
  });
  ctx.addEventListener(
    doc,
    'pointermove',
    (event) => {
      if (!page?.marks.length) return;
      pointer = { x: event.clientX, y: event.clientY };
      trackPointer();
    },
    { passive: true, capture: true },
  );
  // A tap opens the card at once (touch has no hover); the page's own handling goes on as usual.
  ctx.addEventListener(
    doc,
    'pointerdown',
    (event) => {
      if (!page) return;
      const mark = markAt(page.marks, event.clientX, event.clientY);
      if (mark && event.pointerType !== 'mouse') openCard(mark, null);
      else if (open && !event.composedPath().includes(overlay!.host)) closeCard();
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && open) closeCard(overlay?.root.activeElement !== null);
    },
    { capture: true },
  );
  const reposition = () => {
    overlay?.placeTargets();
    overlay?.placeCard();
  };
  // The focus targets sit in page coordinates: scrolling the page moves only the card (fixed, in
  // the top layer); scrolling a box inside it, or resizing, moves the text under the marks.
  const placeCardSoon = throttled(() => overlay?.placeCard());
  const repositionSoon = throttled(reposition);
  ctx.addEventListener(win, 'scroll', (event) => (event.target === doc ? placeCardSoon() : repositionSoon()), { passive: true, capture: true });
  ctx.addEventListener(win, 'resize', repositionSoon, { passive: true });
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    rereadDelay = FIRST_REREAD;
    scheduleReread();
  });

  const observer = new MutationObserver(() => scheduleReread());
  ctx.onInvalidated(() => {
    observer.disconnect();
    stopWatching();
    clearMarks(win);
    overlay?.remove();
  });

  const stopWatching = watchSettings((next) => {
    settings = next;
    if (isSiteDisabled(win.location.hostname, settings.disabledSites)) void forgetPage(NOTHING);
    else if (page) showMarks();
    else scheduleReread();
  });

  /** Blinks a mark a few times (the panel just scrolled the page to it), then leaves it lit while its card is open. */
  const flash = (mark: Mark) => {
    let step = 0;
    const tick = () => {
      paintActive(step % 2 === 0 ? null : mark, win);
      if (++step < 6) ctx.setTimeout(tick, 160);
      else paintActive(open?.mark === mark ? mark : null, win);
    };
    tick();
  };

  /** The keyboard shortcut (a `commands` entry): focus the next mark after the focused one, or the first; its card opens. */
  const focusNextMark = () => {
    const buttons = [...(overlay?.root.querySelectorAll<HTMLElement>('.cc-target') ?? [])];
    if (!page || !buttons.length) return false;
    const current = buttons.indexOf(overlay!.root.activeElement as HTMLElement);
    const index = (current + 1) % buttons.length;
    const rect = page.marks[index]!.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > win.innerHeight) win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    reposition();
    buttons[index]!.focus({ preventScroll: true });
    return true;
  };

  const onMessage = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    const message = parseToContent(raw);
    if (!message || sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (message.type === 'focus-next-mark') return Promise.resolve({ focused: focusNextMark() });
    if (message.type === 'dataset-changed') {
      // Read again even if the page did not change: the same figures may now link differently.
      if (page) page.key = '';
      void read();
      return Promise.resolve({ rereading: true });
    }
    const figureId = message.figureId;
    const index = page?.marks.findIndex((m) => m.figure.id === figureId) ?? -1;
    if (!page || index < 0) return Promise.resolve({ revealed: false });
    const mark = page.marks[index]!;
    const rect = mark.range.getBoundingClientRect();
    win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    reposition();
    const button = overlay?.root.querySelectorAll<HTMLElement>('.cc-target')[index] ?? null;
    openCard(mark, button);
    button?.focus({ preventScroll: true });
    flash(mark);
    return Promise.resolve({ revealed: true });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  void read().then(() => {
    if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  });
}
