/**
 * Where the hover card goes: below its number, or above when there is more room there; when
 * neither side has room for a useful card (high zoom: at 200% a 1280 × 900 window is 640 × 450
 * CSS px, at 400% 320 × 225), it takes the viewport's height and scrolls inside, its header
 * (the metric and Close) always in view.
 */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
}

export interface CardBox {
  top: number;
  left: number;
  /** The card's height limit in px, or null for its own (CSS) limit. */
  maxHeight: number | null;
  /** True when the card takes the viewport's height (it may cover its number). */
  cover: boolean;
}

export const PLACEMENT = {
  /** Space kept between the card and its number, and the viewport's edges (px). */
  margin: 8,
  /**
   * A side shorter than this (px) shows too little of the card: the header and three lines. At
   * 200% zoom (a 1280 × 900 window is 640 × 450 CSS px) the side of a mid-page number was 200 px
   * for 707 px of card; at 100% it is about 420 px, enough to read while scrolling inside, and
   * the card must not cover the article there. Below it the card takes the viewport's height.
   */
  coverBelow: 280,
};

export function placeCard(anchor: Rect, card: { width: number; height: number }, viewport: { width: number; height: number }): CardBox {
  const { margin } = PLACEMENT;
  const below = viewport.height - anchor.bottom - 2 * margin;
  const above = anchor.top - 2 * margin;
  const left = Math.round(Math.min(Math.max(margin, anchor.left), Math.max(margin, viewport.width - card.width - margin)));
  if (card.height <= below) return { top: Math.round(anchor.bottom + margin), left, maxHeight: null, cover: false };
  if (card.height <= above) return { top: Math.round(anchor.top - margin - card.height), left, maxHeight: null, cover: false };
  const room = Math.max(below, above);
  if (room < PLACEMENT.coverBelow) {
    return { top: margin, left, maxHeight: Math.max(0, viewport.height - 2 * margin), cover: true };
  }
  return below >= above
    ? { top: Math.round(anchor.bottom + margin), left, maxHeight: below, cover: false }
    : { top: Math.round(anchor.top - margin - above), left, maxHeight: above, cover: false };
}
