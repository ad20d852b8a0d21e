/**
 * The hover card's life: opened on a mark after the pointer has rested on it (hover intent), at
 * once on focus or tap; kept open while the pointer or the focus is in it; closed a moment after
 * both have left, on Escape (the focus back on its mark) or when the marks go.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { showCard, hideCard } from './card-view';
import type { MarkLayer } from './mark-layer';
import { paintActive, type Mark } from './marks';
import type { Overlay } from './overlay';
import type { PageReading } from './read-page';

/** Hover intent and the grace before closing, in ms: long enough to tell a pass-over from a look, and to cross the gap into the card. */
export const CARD_DELAYS = { openMs: 120, closeMs: 280 };

export function createCardController(ctx: ContentScriptContext, doc: Document, reading: PageReading, layer: MarkLayer) {
  const win = doc.defaultView!;
  let open: { mark: Mark; button: HTMLElement | null } | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pointerInCard = false;
  /** Focus put back on a mark by the card itself (Escape) does not open the card again. */
  let quietFocus = false;

  const openNow = (mark: Mark, button: HTMLElement | null) => {
    win.clearTimeout(closeTimer);
    const page = reading.page;
    const overlay = layer.overlay;
    if (!page || !overlay || !reading.settings?.hoverCards) return;
    if (open?.mark === mark) return;
    open = { mark, button };
    paintActive(mark, win);
    showCard(overlay.card, { figure: mark.figure, reply: page.reply, onClose: () => close(true) });
    overlay.showCard(mark, button);
  };

  const close = (restoreFocus = false) => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
    if (!open) return;
    const button = open.button;
    open = null;
    paintActive(null, win);
    const overlay = layer.overlay;
    overlay?.hideCard();
    if (overlay) hideCard(overlay.card);
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

  return {
    get openMark(): Mark | null {
      return open?.mark ?? null;
    },
    openNow,
    close,
    closeSoon,

    /** The pointer rests on a mark: open its card once the pointer has stayed there. */
    hovering(mark: Mark): void {
      win.clearTimeout(closeTimer);
      if (open?.mark === mark) return;
      win.clearTimeout(openTimer);
      openTimer = win.setTimeout(() => openNow(mark, null), CARD_DELAYS.openMs);
    },

    /** The pointer is on no mark: no card opens, and an open one closes unless the pointer went into it. */
    hoveringNothing(): void {
      win.clearTimeout(openTimer);
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

    /** Whether an event happened inside Crosscheck's element (the card, a target). */
    isInside(event: Event): boolean {
      const host = layer.overlay?.host;
      return !!host && event.composedPath().includes(host);
    },

    /** The overlay was made: the pointer and the focus inside its card keep the card open. */
    attach(overlay: Overlay): void {
      overlay.card.addEventListener('pointerenter', () => {
        pointerInCard = true;
        win.clearTimeout(closeTimer);
      });
      overlay.card.addEventListener('pointerleave', () => {
        pointerInCard = false;
        closeSoon();
      });
      overlay.card.addEventListener('focusout', (event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || (!overlay.card.contains(next) && next !== open?.button)) closeSoon();
      });
    },
  };
}

export type CardController = ReturnType<typeof createCardController>;
