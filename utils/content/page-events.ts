/**
 * The page's events the reader follows: the pointer over the marks (hover), a tap on one, Escape,
 * and the scrolling and resizing that move the text under the marks. Listened to in the capture
 * phase, passively where possible: the page's own handling goes on as usual.
 */
import type { ReaderContext } from './context';
import type { CardEvents } from './lazy-card';
import type { MarkLayer } from './mark-layer';
import { markAt } from './marks';

/** How often the pointer is looked at, in ms: once per frame's worth of time. */
const POINTER_EVERY_MS = 16;

/**
 * Runs `task` at most once per frame's worth of time, after the latest call. A timer, not
 * requestAnimationFrame: Firefox can hold animation frames back for a page that automation or the
 * window manager considers hidden, and a stuck frame would silence hover for good.
 */
function throttled(ctx: ReaderContext, task: () => void): () => void {
  let pending: number | undefined;
  return () => {
    if (pending === undefined) pending = ctx.setTimeout(() => ((pending = undefined), task()), POINTER_EVERY_MS);
  };
}

export function followPageEvents(ctx: ReaderContext, doc: Document, layer: MarkLayer, card: CardEvents): void {
  const win = doc.defaultView!;
  /** Where the pointer last moved, and when (the page's clock: the intent delay counts from then). */
  let pointer = { x: 0, y: 0, at: 0 };
  const trackPointer = throttled(ctx, () => {
    const mark = markAt(layer.marks, pointer.x, pointer.y);
    if (mark) card.hovering(mark, pointer.at);
    else card.hoveringNothing();
  });
  ctx.addEventListener(
    doc,
    'pointermove',
    (event) => {
      if (!layer.marks.length) return;
      pointer = { x: event.clientX, y: event.clientY, at: event.timeStamp };
      trackPointer();
    },
    { passive: true, capture: true },
  );
  // A tap opens the card at once (touch has no hover); the page's own handling goes on as usual.
  ctx.addEventListener(
    doc,
    'pointerdown',
    (event) => {
      if (!layer.marks.length) return;
      const mark = markAt(layer.marks, event.clientX, event.clientY);
      if (mark && event.pointerType !== 'mouse') card.openNow(mark, null);
      else if (card.openMark && !(layer.overlay && event.composedPath().includes(layer.overlay.host))) card.close();
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.openMark) card.close(layer.overlay?.root.activeElement !== null);
    },
    { capture: true },
  );
  // The focus targets sit in page coordinates: scrolling the page moves only the card (fixed, in
  // the top layer); scrolling a box inside it, or resizing, moves the text under the marks.
  const placeCardSoon = throttled(ctx, () => card.place());
  const repositionSoon = throttled(ctx, () => {
    layer.overlay?.placeTargets();
    card.place();
  });
  ctx.addEventListener(win, 'scroll', (event) => (event.target === doc ? placeCardSoon() : repositionSoon()), { passive: true, capture: true });
  ctx.addEventListener(win, 'resize', repositionSoon, { passive: true });
}
