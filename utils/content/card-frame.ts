/**
 * The card's container on the page, part of `card.js`: shown in the top layer right after the
 * focused target (so Tab moves from a mark into its card), next to its mark, hidden again. The
 * container itself is made with Crosscheck's element (overlay.ts). The first card can be laid out
 * unseen while the pointer rests on its mark (`prepare`): its first style and layout, with a
 * stylesheet just added, took 20-30 ms on this machine, more than the moment left to show it.
 */
import type { Mark } from './marks';

export function createCardFrame(card: HTMLElement) {
  const doc = card.ownerDocument;
  // overlay.ts made it a manual popover where the browser has them, a hidden element elsewhere.
  const popover = typeof card.showPopover === 'function';
  let shown: Mark | null = null;

  /**
   * Below its mark, or above when there is more room there; never over it: when neither side
   * holds the whole card, it takes the roomier one and scrolls inside.
   */
  const place = () => {
    if (!shown) return;
    const win = doc.defaultView!;
    const rects = shown.range.getClientRects();
    const anchor = rects[0] ?? shown.range.getBoundingClientRect();
    const margin = 8;
    card.style.maxHeight = '';
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const below = win.innerHeight - anchor.bottom - 2 * margin;
    const above = anchor.top - 2 * margin;
    const under = height <= below || (height > above && below >= above);
    if (height > (under ? below : above)) card.style.maxHeight = `${Math.max(120, under ? below : above)}px`;
    const top = under ? anchor.bottom + margin : anchor.top - margin - Math.min(height, Math.max(120, above));
    const left = Math.min(Math.max(margin, anchor.left), Math.max(margin, win.innerWidth - width - margin));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  };

  const open = (mark: Mark) => {
    shown = mark;
    if (popover) {
      if (!card.matches(':popover-open')) card.showPopover();
    } else card.hidden = false;
  };

  return {
    show(mark: Mark, after: HTMLElement | null): void {
      // Right after the focused target, so Tab moves from a mark into its card.
      const layer = card.parentNode;
      if (after && layer && after.parentNode === layer && after.nextSibling !== card) layer.insertBefore(card, after.nextSibling);
      open(mark);
      card.style.visibility = '';
      card.dataset.open = 'true';
      place();
    },
    /** Lays the card out where it will show, unseen (no pointer, focus or reader reaches it). */
    prepare(mark: Mark): void {
      card.style.visibility = 'hidden';
      open(mark);
      place();
    },
    place,
    hide(): void {
      shown = null;
      if (popover) {
        if (card.matches(':popover-open')) card.hidePopover();
      } else card.hidden = true;
      card.style.visibility = '';
      delete card.dataset.open;
    },
  };
}

export type CardFrame = ReturnType<typeof createCardFrame>;
