/**
 * The card's container on the page, part of `card.js`: shown in the top layer right after the
 * focused target (so Tab moves from a mark into its card), next to its mark, hidden again. The
 * container itself is made with Crosscheck's element (overlay.ts). The first card can be laid out
 * unseen while the pointer rests on its mark (`prepare`): its first style and layout, with a
 * stylesheet just added, took 20-30 ms on this machine, more than the moment left to show it.
 */
import { placeCard as placeCardBox } from '../../components/card/placement';
import type { Mark } from './marks';

export function createCardFrame(card: HTMLElement) {
  const doc = card.ownerDocument;
  // overlay.ts made it a manual popover where the browser has them, a hidden element elsewhere.
  const popover = typeof card.showPopover === 'function';
  let shown: Mark | null = null;

  /** Where the card goes is components/card/placement.ts's call: beside its mark, or the viewport's height at high zoom. */
  const place = () => {
    if (!shown) return;
    const win = doc.defaultView!;
    const anchor = shown.range.getClientRects()[0] ?? shown.range.getBoundingClientRect();
    card.style.maxHeight = '';
    const box = placeCardBox(anchor, { width: card.offsetWidth, height: card.offsetHeight }, { width: win.innerWidth, height: win.innerHeight });
    if (box.maxHeight !== null) card.style.maxHeight = `${box.maxHeight}px`;
    card.style.top = `${box.top}px`;
    card.style.left = `${box.left}px`;
  };

  /** The focus targets say whether their card is open (`aria-expanded`). */
  const markExpanded = (button: HTMLElement | null) => {
    for (const target of card.parentNode?.querySelectorAll<HTMLElement>('.cc-target') ?? []) target.setAttribute('aria-expanded', String(target === button));
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
      markExpanded(after);
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
      markExpanded(null);
      if (popover) {
        if (card.matches(':popover-open')) card.hidePopover();
      } else card.hidden = true;
      card.style.visibility = '';
      delete card.dataset.open;
    },
  };
}

export type CardFrame = ReturnType<typeof createCardFrame>;
