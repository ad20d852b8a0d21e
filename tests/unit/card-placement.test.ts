import { describe, expect, it } from 'vitest';
import { placeCard } from '../../components/card/placement';

const card = { width: 420, height: 480 };
describe('where the hover card goes', () => {
  it.each([
    ['below a number high on a large window', { top: 100, bottom: 120, left: 300 }, { width: 1280, height: 900 }, { top: 128, left: 300, maxHeight: null, cover: false }],
    ['above a number low on the window', { top: 700, bottom: 720, left: 300 }, { width: 1280, height: 900 }, { top: 212, left: 300, maxHeight: null, cover: false }],
    ['kept inside the right edge', { top: 100, bottom: 120, left: 1100 }, { width: 1280, height: 900 }, { top: 128, left: 852, maxHeight: null, cover: false }],
    ['on the roomier side, scrolling, when that side still holds most of it', { top: 100, bottom: 120, left: 10 }, { width: 1280, height: 600 }, { top: 128, left: 10, maxHeight: 464, cover: false }],
    ['the roomier side at 100% zoom, mid-page: it must not cover the article', { top: 440, bottom: 460, left: 10 }, { width: 1280, height: 900 }, { top: 468, left: 10, maxHeight: 424, cover: false }],
    ['the viewport\'s height on a short window, neither side holding the header and three lines', { top: 250, bottom: 270, left: 10 }, { width: 1280, height: 500 }, { top: 8, left: 10, maxHeight: 484, cover: true }],
    ['the viewport\'s height at 200% zoom (640 × 450 CSS px), mid-screen', { top: 215, bottom: 235, left: 300 }, { width: 640, height: 450 }, { top: 8, left: 212, maxHeight: 434, cover: true }],
    ['the viewport\'s height at 400% zoom (320 × 225 CSS px)', { top: 100, bottom: 118, left: 20 }, { width: 320, height: 225 }, { top: 8, left: 8, maxHeight: 209, cover: true }],
  ])('%s', (_, anchor, viewport, box) => {
    expect(placeCard(anchor, { ...card, width: Math.min(card.width, viewport.width - 16) }, viewport)).toEqual(box);
  });
});
