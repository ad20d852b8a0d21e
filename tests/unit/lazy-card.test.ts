/**
 * The hover card loaded on first use: the reader's stand-in hands the latest request to the card
 * once its script has registered, asks the background once for it however many events arrive
 * meanwhile, and asks again after a failure.
 */
import { describe, expect, it, vi } from 'vitest';
import { createCardLoader } from '../../utils/content/card-loader';
import { registerCard, type CardDeps, type CardModule } from '../../utils/content/card-slot';
import { lazyCard } from '../../utils/content/lazy-card';
import type { Mark } from '../../utils/content/marks';

const mark = (id: string) => ({ figure: { id } }) as unknown as Mark;
const button = {} as HTMLElement;
const deps = (invalid = false) => ({ ctx: { isInvalid: invalid } }) as unknown as CardDeps;

function fakeCard() {
  const card = {
    openMark: null,
    openNow: vi.fn(),
    close: vi.fn(),
    hovering: vi.fn(),
    hoveringNothing: vi.fn(),
    focused: vi.fn(),
    blurred: vi.fn(),
    reveal: vi.fn(),
    place: vi.fn(),
  };
  const module: CardModule = { start: vi.fn(() => card as never) };
  return { card, module };
}

/** A load the test finishes by hand. */
function deferredLoad(module: CardModule) {
  let finish!: (ok: boolean) => void;
  const load = vi.fn(() => new Promise<CardModule>((resolve, reject) => (finish = (ok) => (ok ? resolve(module) : reject(new Error('restarting'))))));
  return { load, finish: (ok = true) => finish(ok) };
}
const tick = () => new Promise((done) => setTimeout(done, 0));

describe('the stand-in for the hover card', () => {
  it('hands the card the hover that started its load, with the time the pointer arrived', async () => {
    const { card, module } = fakeCard();
    const { load, finish } = deferredLoad(module);
    const stand = lazyCard(load, deps());
    stand.hovering(mark('f1'), 1234.5);
    expect(card.hovering).not.toHaveBeenCalled();
    finish();
    await tick();
    expect(module.start).toHaveBeenCalledTimes(1);
    expect(card.hovering).toHaveBeenCalledWith(mark('f1'), 1234.5);
  });

  it('hands on only the latest request: a focus that left, a pointer that moved on, are dropped', async () => {
    const { card, module } = fakeCard();
    const { load, finish } = deferredLoad(module);
    const stand = lazyCard(load, deps());
    stand.focused(mark('f1'), button);
    stand.blurred({} as FocusEvent);
    finish();
    await tick();
    expect(card.focused).not.toHaveBeenCalled();
    expect(card.blurred).not.toHaveBeenCalled();
    stand.hovering(mark('f2'), 1);
    stand.hovering(mark('f3'), 2);
    await tick();
    // Loaded now: both reach the card at once, in order.
    expect(card.hovering.mock.calls).toEqual([
      [mark('f2'), 1],
      [mark('f3'), 2],
    ]);
  });

  it('keeps the request while the page scrolls during the load, and hands on a reveal from the panel', async () => {
    const { card, module } = fakeCard();
    const { load, finish } = deferredLoad(module);
    const stand = lazyCard(load, deps());
    stand.hovering(mark('f1'), 5);
    stand.place();
    finish();
    await tick();
    expect(card.hovering).toHaveBeenCalledWith(mark('f1'), 5);
    stand.reveal(mark('f2'));
    expect(card.reveal).toHaveBeenCalledWith(mark('f2'));
  });

  it('starts the card once, and not at all once the reader has stopped', async () => {
    const { module } = fakeCard();
    const stand = lazyCard(async () => module, deps(true));
    stand.openNow(mark('f1'), null);
    await tick();
    expect(module.start).not.toHaveBeenCalled();
  });

  it('asks again on the next request after a failed load', async () => {
    const { card, module } = fakeCard();
    const { load, finish } = deferredLoad(module);
    const stand = lazyCard(load, deps());
    stand.openNow(mark('f1'), null);
    finish(false);
    await tick();
    stand.openNow(mark('f1'), button);
    finish();
    await tick();
    expect(load).toHaveBeenCalledTimes(2);
    expect(card.openNow).toHaveBeenCalledWith(mark('f1'), button);
  });
});

describe('loading the card', () => {
  it('asks the background once while a load is under way, and takes the card its script registered', async () => {
    const world = {};
    const { module } = fakeCard();
    let answer!: () => void;
    const ask = vi.fn(() => new Promise<void>((done) => (answer = done)));
    const load = createCardLoader(ask, world);
    const first = load();
    const second = load();
    registerCard(module, world); // what card.js does when the background injects it
    answer();
    expect(await first).toBe(module);
    expect(await second).toBe(module);
    expect(await load()).toBe(module);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('fails clearly when the script ran but did not register, and asks again next time', async () => {
    const world = {};
    const ask = vi.fn(async () => {});
    const load = createCardLoader(ask, world);
    await expect(load()).rejects.toThrow('the card’s script ran but did not register');
    await expect(load()).rejects.toThrow();
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
