import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, inUi, launchReadyToRead, pageState, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  ({ browser, server } = await launchReadyToRead());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string) {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !message.text().includes('404') && errors.push(message.text()));
  await page.goto(server.url(path));
  return { page, errors };
}

const marks = (page: Page, atLeast: number, timeout?: number) =>
  eventually(async () => {
    const state = await pageState(page);
    if (state.targets.length < atLeast) throw new Error(`${state.targets.length} marks`);
    return state;
  }, timeout);

async function hoverFirst(page: Page) {
  const { x, y } = await inUi(page, (root) => {
    const target = root!.querySelector<HTMLElement>('.cc-target')!;
    target.scrollIntoView({ block: 'center' });
    const rect = target.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(x, y);
  return eventually(async () => {
    const state = await pageState(page);
    if (!state.cardOpen) throw new Error('card not open');
    return state;
  });
}

describe('pages that load or change late', () => {
  it('reads an article body that arrives after load', async () => {
    const { page } = await open('late-body.html');
    const state = await marks(page, 3);
    expect(state.targets.map((t) => t.label.split(':')[0])).toEqual(expect.arrayContaining(['more than 700,000', '300 million-plus', '$17 billion']));
  });

  it('follows in-page navigation: marks appear on the on-topic story and go with it', async () => {
    const { page } = await open('spa-navigation.html');
    await page.waitForTimeout(1_200);
    expect((await pageState(page)).targets).toEqual([]);
    await page.click('#next');
    const state = await marks(page, 3);
    expect(state.targets.some((t) => t.label.startsWith('More than 700,000'))).toBe(true);
    await page.click('#back');
    await eventually(async () => expect((await pageState(page)).targets).toEqual([]));
    expect(Object.keys((await pageState(page)).highlights)).toEqual([]);
  });
});

describe('hostile pages', () => {
  it('works on a page that redefines built-ins, and the page keeps working', async () => {
    const { page, errors } = await open('hostile-builtins.html');
    const state = await marks(page, 3);
    expect(state.targets.length).toBeGreaterThanOrEqual(4);
    const card = await hoverFirst(page);
    expect(card.cardText).toContain('statements from');
    // A group opens to its quotes, built by the card's own code on a page whose built-ins are broken.
    await inUi(page, (root) => root!.querySelector<HTMLElement>('[data-testid=card-group] summary')!.click());
    await eventually(async () => expect((await pageState(page)).cardText).toContain('South China Morning Post'));
    expect(await page.locator('#ok').innerText()).toBe('yes');
    expect(errors).toEqual([]);
  });

  it('shows a readable card on a page that styles every element with !important', async () => {
    const { page, errors } = await open('hostile-styles.html');
    await marks(page, 3);
    const card = await hoverFirst(page);
    expect(card.cardText).toContain('This article:');
    const look = await inUi(page, (root) => {
      const card = root!.querySelector<HTMLElement>('.cc-card')!;
      const style = getComputedStyle(card);
      const heading = getComputedStyle(card.querySelector('.cc-metric')!);
      return { display: style.display, opacity: style.opacity, background: style.backgroundColor, fontSize: heading.fontSize, width: card.getBoundingClientRect().width };
    });
    expect(look.display).toBe('flex'); // the card's header and its scrolling body
    expect(look.opacity).toBe('1');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.fontSize).toBe('15px');
    expect(look.width).toBeGreaterThan(250);
    expect(errors).toEqual([]);
  });

  it('marks a page that mutates every few milliseconds once, and the page keeps its pace', async () => {
    const { page, errors } = await open('mutation-flood.html');
    await marks(page, 3);
    const before = await page.evaluate(() => Number(document.getElementById('ticks')!.textContent));
    await page.waitForTimeout(2_000);
    const after = await page.evaluate(() => Number(document.getElementById('ticks')!.textContent));
    // A 4 ms interval runs at most 250 times a second; a page whose main thread we held up would fall far short.
    expect(after - before).toBeGreaterThan(200);
    const state = await pageState(page);
    expect(state.hosts).toBe(1);
    expect(state.highlights['crosscheck-underline']).toBe(state.targets.length);
    expect(errors).toEqual([]);
  });

  it('stays within its limits on a page of 100,000 numbers, and the page stays responsive', async () => {
    const { page, errors } = await open('numbers-100k.html');
    const state = await marks(page, 3, 30_000);
    expect(state.targets.length).toBeLessThan(50);
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(1_000);
    const card = await hoverFirst(page);
    expect(card.cardText).toContain('This article:');
    expect(errors).toEqual([]);
  });
});
