/**
 * The hover card's life, part of `card.js` (loaded on first use): opened on a mark once the
 * pointer has rested on it for the hover-intent delay (counted from when the pointer got there,
 * so the time the card took to load is not added), at once on focus or tap; kept open while the
 * pointer or the focus is in it; closed a moment after both have left, on Escape (the focus back
 * on its mark) or when the marks go. And showing a mark the side panel asks for.
 */
import { createCardFrame, type CardFrame } from './card-frame';
import type { CardDeps } from './card-slot';
import type { CardView } from './card-view';
import { paintActive, type Mark } from './marks';
import type { Overlay } from './overlay';

/** Hover intent and the grace before closing, in ms: long enough to tell a pass-over from a look, and to cross the gap into the card. */
export const CARD_DELAYS = { openMs: 120, closeMs: 280 };
/** The flash of a mark the panel revealed: on and off this many times, this long each. */
const FLASH = { steps: 6, stepMs: 160 };

export function createCardController({ ctx, doc, reading, layer }: CardDeps, view: CardView) {
  const win = doc.defaultView!;
  let open: { mark: Mark; button: HTMLElement | null } | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pointerInCard = false;
  /** Focus put back on a mark by the card itself (Escape) does not open the card again. */
  let quietFocus = false;
  const frames = new WeakMap<Overlay, CardFrame>();
  const frameOf = (overlay: Overlay) => frames.get(overlay) ?? attach(overlay);

  /** The card's frame on the page; the pointer and the focus inside it keep it open. */
  const attach = (overlay: Overlay): CardFrame => {
    const frame = createCardFrame(overlay.card);
    frames.set(overlay, frame);
    ctx.addEventListener(overlay.card, 'pointerenter', () => {
      pointerInCard = true;
      win.clearTimeout(closeTimer);
    });
    ctx.addEventListener(overlay.card, 'pointerleave', () => {
      pointerInCard = false;
      closeSoon();
    });
    ctx.addEventListener(overlay.card, 'focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!next || (!overlay.card.contains(next) && next !== open?.button)) closeSoon();
    });
    return frame;
  };

  /** The mark whose card the container holds, shown or not. */
  let rendered: Mark | null = null;
  /** Whether a card was ever shown: the first one's render runs cold (Preact, the comparison, the styles). */
  let warm = false;

  /** Renders a mark's card into its (perhaps hidden) container; false when there is nothing to show. */
  const render = (mark: Mark): boolean => {
    const page = reading.page;
    const overlay = layer.overlay;
    if (!page || !overlay || !reading.settings?.hoverCards || !page.marks.includes(mark)) return false;
    if (rendered !== mark) view.show(overlay.root, overlay.card, { figure: mark.figure, reply: page.reply, onClose: () => close(true) });
    rendered = mark;
    return true;
  };

  const openNow = (mark: Mark, button: HTMLElement | null) => {
    win.clearTimeout(closeTimer);
    if (open?.mark === mark || !render(mark)) return;
    open = { mark, button };
    warm = true;
    paintActive(mark, win);
    frameOf(layer.overlay!).show(mark, button);
  };

  /** Takes away a card laid out ahead (hovering) that was never shown. */
  const discard = () => {
    const overlay = layer.overlay;
    if (open || !rendered || !overlay) return;
    frameOf(overlay).hide();
    view.hide(overlay.card);
    rendered = null;
  };

  const close = (restoreFocus = false) => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
    if (!open) return discard();
    const button = open.button;
    open = null;
    paintActive(null, win);
    const overlay = layer.overlay;
    if (overlay) {
      frameOf(overlay).hide();
      view.hide(overlay.card);
    }
    rendered = null;
    if (restoreFocus && button) {
      // Back on its mark after Escape, without the focus opening the card again.
      quietFocus = true;
      button.focus({ preventScroll: true });
      quietFocus = false;
    }
  };

  const closeSoon = () => {
    win.clearTimeout(closeTimer);
    closeTimer = win.setTimeout(() => {
      const overlay = layer.overlay;
      const active = overlay?.root.activeElement;
      if (pointerInCard || (active && (overlay!.card.contains(active) || active === open?.button))) return;
      close();
    }, CARD_DELAYS.closeMs);
  };

  ctx.onInvalidated(() => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
  });

  /** Blinks a mark a few times (the panel just scrolled the page to it), then leaves it lit while its card is open. */
  const flash = (mark: Mark) => {
    let step = 0;
    const tick = () => {
      paintActive(step % 2 === 0 ? null : mark, win);
      if (++step < FLASH.steps) ctx.setTimeout(tick, FLASH.stepMs);
      else paintActive(open?.mark === mark ? mark : null, win);
    };
    tick();
  };

  return {
    get openMark(): Mark | null {
      return open?.mark ?? null;
    },
    openNow,
    close,

    /** Puts the open card back next to its mark (the page scrolled or the text moved). */
    place(): void {
      const overlay = layer.overlay;
      if (open && overlay) frameOf(overlay).place();
    },

    /** The side panel asked to show this mark: scroll to it, open its card, focus it and flash it. */
    reveal(mark: Mark): void {
      const rect = mark.range.getBoundingClientRect();
      win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
      layer.overlay?.placeTargets();
      const button = layer.targetOf(mark);
      openNow(mark, button);
      button?.focus({ preventScroll: true });
      flash(mark);
    },

    /** The pointer rests on a mark since `since` (the page's clock): open its card once it has stayed there. */
    hovering(mark: Mark, since: number): void {
      win.clearTimeout(closeTimer);
      if (open?.mark === mark) return;
      win.clearTimeout(openTimer);
      const due = since + CARD_DELAYS.openMs;
      // The card took longer to load than the pointer had to rest: open it now, not a task later.
      if (due <= win.performance.now()) return openNow(mark, null);
      // The first card renders and lays out cold: do that while the pointer rests, unseen, and
      // only show it when the delay is over.
      if (!warm && !open && render(mark)) frameOf(layer.overlay!).prepare(mark);
      openTimer = win.setTimeout(() => openNow(mark, null), Math.max(0, due - win.performance.now()));
    },

    /** The pointer is on no mark: no card opens, and an open one closes unless the pointer went into it. */
    hoveringNothing(): void {
      win.clearTimeout(openTimer);
      // A card laid out ahead for a mark the pointer left goes.
      discard();
      if (open && !pointerInCard) closeSoon();
    },

    /** A mark's focus target got the focus. */
    focused(mark: Mark, button: HTMLElement): void {
      if (!quietFocus) openNow(mark, button);
    },

    /** A focus target lost the focus, to somewhere outside the card. */
    blurred(event: FocusEvent): void {
      if (!layer.overlay?.card.contains(event.relatedTarget as Node | null)) closeSoon();
    },
  };
}

export type CardController = ReturnType<typeof createCardController>;
