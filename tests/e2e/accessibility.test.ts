/**
 * What a reader feels, measured in Chromium with the built extension (issue 14): axe-core's WCAG
 * 2.1 A/AA rules over the options page, the side panel and an open card, light and dark; text
 * sizes on the extension's pages; the card at 200% and 400% zoom; the panel narrowed to 180 CSS
 * px; the key presses from the top of an article to its first mark; and the card's size with the
 * world's reporting (the bundled dataset's biggest metric).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bundled from '../../assets/dataset.json';
import { countCachedRows, eventually, inContentWorld, inUi, launchWithExtension, pageState, serveFixtures, tabIdFor, type ExtensionBrowser, type FixtureServer } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), serveFixtures()]);
  await eventually(async () => expect((await countCachedRows(browser.serviceWorker)).figures).toBe(bundled.figures.length), 30_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe-core's violations on a page. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags } })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)),
    WCAG21_AA,
  )) as string[];
}

/**
 * axe-core's violations on the open card. Its shadow root is closed (a page cannot reach it), and
 * axe finds its elements only through open roots: so the test copies the card as it is, markup
 * and stylesheets, into an open root on the same page (reached through the extension's own
 * handle, in the content script's world), shows it in the top layer as the card is, runs the
 * rules on the copy and removes it.
 */
async function cardViolations(page: Page): Promise<string[]> {
  if (!(await inContentWorld<boolean>(page, `'axe' in globalThis`))) await inContentWorld(page, `${AXE}\n;true`);
  return inContentWorld<string[]>(
    page,
    `(async () => {
      const root = document.querySelector('crosscheck-ui').crosscheckRoot;
      const host = document.createElement('div');
      host.id = 'cc-axe-copy';
      const copy = host.attachShadow({ mode: 'open' });
      copy.adoptedStyleSheets = root.adoptedStyleSheets;
      copy.innerHTML = root.innerHTML;
      document.documentElement.append(host);
      const card = copy.querySelector('.cc-card');
      if (card.hasAttribute('popover')) card.showPopover();
      try {
        const result = await axe.run({ include: [{ fromShadowDom: ['#cc-axe-copy', '.cc-card'] }] }, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG21_AA)} } });
        if (result.passes.length === 0) throw new Error('axe checked nothing in the card');
        return result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', '));
      } finally {
        host.remove();
      }
    })()`,
  );
}

/** The font size of every visible piece of text (px), and the running text's (paragraphs and list items). */
function textSizes(page: Page): Promise<{ all: number[]; running: number[]; smallest: { size: number; text: string }[] }> {
  return page.evaluate(() => {
    const all: number[] = [];
    const running: number[] = [];
    const small: { size: number; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element || seen.has(element)) continue;
      seen.add(element);
      const box = element.getBoundingClientRect();
      // Visually hidden text (for screen readers) is a 1 px box; closed disclosures are not rendered.
      if (box.width <= 1 || box.height <= 1 || !element.checkVisibility()) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      all.push(size);
      if (element.closest('p, li, dd, blockquote, label')) running.push(size);
      if (size < 12) small.push({ size, text: node.textContent.trim().slice(0, 40) });
    }
    return { all, running, smallest: small.slice(0, 10) };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function expectReadable(sizes: Awaited<ReturnType<typeof textSizes>>) {
  expect(sizes.all.length).toBeGreaterThan(20);
  expect(median(sizes.running)).toBeGreaterThanOrEqual(13);
  // Nothing a reader must read under 12 px (the bar is under 5% of the text).
  expect(sizes.smallest).toEqual([]);
}

let opened = 0;
async function openArticle(path = 'wire-local-news.html', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  // A new address each time: the tab's reading is found by it, and earlier tabs read the same page.
  await page.goto(`${server.url(path)}?visit=${++opened}`);
  await eventually(async () => expect((await pageState(page)).targets.length).toBeGreaterThan(5));
  return page;
}

/** What the reader's shortcut does: the background's `commands.onCommand` sends this to the active tab. */
async function pressShortcut(page: Page) {
  const tabId = await tabIdFor(browser.serviceWorker, page.url());
  await browser.serviceWorker.evaluate(
    (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'focus-next-mark' }),
    tabId,
  );
}

const card = (page: Page) =>
  inUi(page, (shadow) => {
    const root = shadow!;
    const element = root.querySelector<HTMLElement>('.cc-card')!;
    const scroll = root.querySelector<HTMLElement>('.cc-card-scroll');
    const close = root.querySelector<HTMLElement>('[data-testid=card-close]');
    const rect = (e: Element | null) => (e ? (({ top, left, bottom, right, width, height }) => ({ top, left, bottom, right, width, height }))(e.getBoundingClientRect()) : null);
    const closeRect = rect(close);
    const atClose = closeRect ? root.elementFromPoint(closeRect.left + closeRect.width / 2, closeRect.top + closeRect.height / 2) : null;
    return {
      open: element.dataset.open === 'true',
      rect: rect(element)!,
      close: closeRect,
      closeOnTop: !!atClose && !!close?.contains(atClose),
      scrollHeight: scroll?.scrollHeight ?? 0,
      clientHeight: scroll?.clientHeight ?? 0,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });

describe('axe-core (WCAG 2.1 A and AA): zero violations', () => {
  it.each(['light', 'dark'] as const)('on the options page and the side panel, %s', async (scheme) => {
    const article = await openArticle();
    const tabId = await tabIdFor(browser.serviceWorker, article.url());
    const options = await browser.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByTestId('dataset-summary').waitFor();
    expect(await violations(options)).toEqual([]);
    const panel = await browser.context.newPage();
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await panel.getByTestId('article').waitFor();
    // Open what is folded, so that the rules see it too.
    await panel.locator('[data-testid=metric-section] [data-testid=card-group] summary').first().click();
    await panel.getByText('Why Crosscheck reads it').click();
    expect(await violations(panel)).toEqual([]);
    await Promise.all([options.close(), panel.close(), article.close()]);
  });

  it.each(['light', 'dark'] as const)('on an open card, %s', async (scheme) => {
    const page = await openArticle();
    await page.emulateMedia({ colorScheme: scheme });
    await pressShortcut(page);
    await eventually(async () => expect((await card(page)).open).toBe(true));
    await inUi(page, (root) => root!.querySelector<HTMLElement>('[data-testid=card-group] summary')!.click());
    const found = await cardViolations(page);
    expect(found).toEqual([]);
    await page.close();
  });
});

describe('readable text on the extension’s pages', () => {
  it('sets running text at 13 px or more and nothing under 12 px, on the options page and the panel', async () => {
    const article = await openArticle();
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByTestId('dataset-summary').waitFor();
    expectReadable(await textSizes(options));
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${await tabIdFor(browser.serviceWorker, article.url())}`));
    await panel.getByTestId('article').waitFor();
    await panel.locator('[data-testid=metric-section] [data-testid=card-group] summary').first().click();
    expectReadable(await textSizes(panel));
    await Promise.all([options.close(), panel.close(), article.close()]);
  });

  it('reflows the panel down to 180 CSS px, with chart text the size of the small text at every width', async () => {
    const article = await openArticle();
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${await tabIdFor(browser.serviceWorker, article.url())}`));
    const chartSizes: number[][] = [];
    for (const width of [600, 360, 180]) {
      await panel.setViewportSize({ width, height: 900 });
      await panel.getByTestId('article').waitFor();
      await panel.waitForTimeout(100);
      const layout = await panel.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        chart: [...document.querySelectorAll('.cc-axis-label, .cc-axis-tick, .tl-tick, .tl-span-label')].map((e) => parseFloat(getComputedStyle(e).fontSize)),
      }));
      expect(layout.scrollWidth, `nothing scrolls sideways at ${width} px`).toBeLessThanOrEqual(layout.clientWidth);
      chartSizes.push(layout.chart);
    }
    for (const sizes of chartSizes) {
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      expect(sizes).toEqual(chartSizes[0]); // the same at 600, 360 and 180 px: the chart does not scale its text
    }
    await Promise.all([panel.close(), article.close()]);
  });
});

describe('the keyboard path to the marks', () => {
  it('declares a shortcut readers can rebind', async () => {
    const commands = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string; description: string }[]> } } }).chrome.commands.getAll(),
    );
    expect(commands).toContainEqual(expect.objectContaining({ name: 'focus-next-mark', description: 'Move to the next marked number in the article' }));
  });

  it('reaches the first mark in one key press from the top of the article, then the next in reading order', async () => {
    const page = await openArticle();
    const state = await pageState(page);
    expect(state.focusedTarget).toBeNull();
    await pressShortcut(page); // 1 key press
    await eventually(async () => expect((await pageState(page)).focusedTarget).toBe(state.targets[0]!.id));
    expect((await pageState(page)).cardOpen).toBe(true);
    await pressShortcut(page);
    await eventually(async () => expect((await pageState(page)).focusedTarget).toBe(state.targets[1]!.id));
    // The marks are in the page's order: each one's box is below or right of the one before.
    const boxes = await inUi(page, (root) =>
      [...root!.querySelectorAll<HTMLElement>('.cc-target')].map((t) => ({ top: parseFloat(t.style.top), left: parseFloat(t.style.left) })),
    );
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top > boxes[i - 1]!.top - 2 || boxes[i]!.left >= boxes[i - 1]!.left).toBe(true);
    expect(state.targets[0]!.label).toBe(`Over half a million: New RedNote users in two days, ${BIGGEST.length} other statements`);
    await page.close();
  });
});

describe('the card at high zoom', () => {
  // 200% and 400% of a 1280 × 900 window, in CSS px.
  it.each([
    ['200%', { width: 640, height: 450 }],
    ['400%', { width: 320, height: 225 }],
  ])('at %s it lies inside the viewport with its title and Close in view, and scrolls inside', async (_, viewport) => {
    const page = await openArticle('wire-local-news.html', viewport);
    for (let i = 0; i < 2; i++) await pressShortcut(page); // the body's "more than 700,000", mid-page
    await eventually(async () => expect((await card(page)).open).toBe(true));
    await page.waitForTimeout(100);
    const box = await card(page);
    expect(box.rect.top).toBeGreaterThanOrEqual(0);
    expect(box.rect.left).toBeGreaterThanOrEqual(0);
    expect(box.rect.bottom).toBeLessThanOrEqual(viewport.height);
    expect(box.rect.right).toBeLessThanOrEqual(viewport.width);
    expect(box.close!.top).toBeGreaterThanOrEqual(0);
    expect(box.closeOnTop).toBe(true);
    // It shows more than the 200 px it had beside the number at 200%: the viewport's height.
    expect(box.rect.height).toBeGreaterThanOrEqual(Math.min(viewport.height - 16, box.scrollHeight) - 1);
    await page.close();
  });
});

const BIGGEST = bundled.figures.filter((f) => f.metricId === 'rednote-new-users-two-days');

describe(`the card with the world’s reporting (the bundled dataset: ${BIGGEST.length} statements of the biggest metric)`, () => {
  it.each(['light', 'dark'] as const)('fits 420 × 480 px without scrolling, opened by keyboard, %s', async (scheme) => {
    const page = await openArticle();
    await page.emulateMedia({ colorScheme: scheme });
    for (let i = 0; i < 2; i++) await pressShortcut(page);
    await eventually(async () => expect((await card(page)).open).toBe(true));
    const box = await card(page);
    expect(box.rect.width).toBeLessThanOrEqual(420);
    expect(box.rect.height).toBeLessThanOrEqual(480);
    expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight);
    const text = (await pageState(page)).cardText;
    // The garbled "700 million" is set aside in one line, and the count spans languages.
    expect(text).toContain("Set aside as likely garbled: “700 million” ×2");
    expect(text).toMatch(/Compared with \d+ statements from \d+ outlets in \d+ languages\./);
    expect(await cardViolations(page)).toEqual([]);
    await page.close();
  });
});
