// @vitest-environment happy-dom
/**
 * The hover card's timing, with a fake clock: it opens when the pointer has rested on a mark for
 * the intent delay, counted from the pointer's last move (not from when the card's script
 * arrived); the first card is rendered and laid out unseen meanwhile; a card whose delay passed
 * while it loaded opens at once; leaving the mark takes the prepared card away.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_DELAYS, createCardController } from '../../utils/content/card-controller';
import type { CardDeps } from '../../utils/content/card-slot';
import type { CardView } from '../../utils/content/card-view';
import type { Mark } from '../../utils/content/marks';
import { createOverlay } from '../../utils/content/overlay';

function setUp() {
  const overlay = createOverlay(document, '');
  const range = document.createRange();
  range.selectNodeContents(document.body);
  const marks = [{ figure: { id: 'f1', text: '700,000' }, range }, { figure: { id: 'f2', text: '$17 billion' }, range }] as unknown as Mark[];
  const page = { reply: {}, marks };
  const view: CardView = { show: vi.fn(), hide: vi.fn() };
  const deps = {
    ctx: { addEventListener: (target: EventTarget, type: string, handler: EventListener) => target.addEventListener(type, handler), onInvalidated: () => {} },
    doc: document,
    reading: { page, settings: { hoverCards: true } },
    layer: { overlay, marks, targetOf: () => null },
  } as unknown as CardDeps;
  const card = createCardController(deps, view);
  const isOpen = () => overlay.card.dataset.open === 'true';
  return { card, view, marks, overlay, isOpen };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.documentElement.querySelector('crosscheck-ui')?.remove();
});

describe('the hover card opens after the pointer has rested', () => {
  it('counts the intent delay from the pointer’s last move, and lays the first card out unseen meanwhile', () => {
    const { card, view, marks, overlay, isOpen } = setUp();
    // The pointer stopped 50 ms ago (the card's script took that long to arrive).
    card.hovering(marks[0]!, performance.now() - 50);
    expect(view.show).toHaveBeenCalledTimes(1);
    expect(overlay.card.style.visibility).toBe('hidden');
    vi.advanceTimersByTime(CARD_DELAYS.openMs - 50 - 1);
    expect(isOpen()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(isOpen()).toBe(true);
    expect(overlay.card.style.visibility).toBe('');
    // Rendered once: showing it did not render it again.
    expect(view.show).toHaveBeenCalledTimes(1);
  });

  it('opens at once when the delay passed while the card loaded', () => {
    const { card, marks, isOpen } = setUp();
    card.hovering(marks[0]!, performance.now() - CARD_DELAYS.openMs - 5);
    expect(isOpen()).toBe(true);
  });

  it('takes the prepared card away when the pointer leaves the mark before the delay', () => {
    const { card, view, marks, overlay, isOpen } = setUp();
    card.hovering(marks[0]!, performance.now());
    card.hoveringNothing();
    vi.advanceTimersByTime(CARD_DELAYS.openMs * 2);
    expect(isOpen()).toBe(false);
    expect(view.hide).toHaveBeenCalled();
    expect(overlay.card.hidden).toBe(true);
  });

  it('renders later cards when they open, not while the pointer passes over their marks', () => {
    const { card, view, marks, isOpen } = setUp();
    card.hovering(marks[0]!, performance.now());
    vi.advanceTimersByTime(CARD_DELAYS.openMs);
    expect(isOpen()).toBe(true);
    card.close();
    card.hovering(marks[1]!, performance.now());
    expect(view.show).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(CARD_DELAYS.openMs);
    expect(view.show).toHaveBeenCalledTimes(2);
    expect(isOpen()).toBe(true);
  });

  it('closes a moment after the pointer left, not at once', () => {
    const { card, marks, isOpen } = setUp();
    card.hovering(marks[0]!, performance.now() - CARD_DELAYS.openMs);
    card.hoveringNothing();
    expect(isOpen()).toBe(true);
    vi.advanceTimersByTime(CARD_DELAYS.closeMs);
    expect(isOpen()).toBe(false);
  });
});
