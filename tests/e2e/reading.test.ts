import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bundled from '../../assets/dataset.json';
import type { Page } from 'playwright-core';
import { badgeOf, eventually, inUi, launchReadyToRead, markCenter, pageState, tabIdFor, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  ({ browser, server } = await launchReadyToRead());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page, collecting what its console says. */
async function open(path: string): Promise<{ page: Page; console: string[] }> {
  const page = await browser.context.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.push(`error: ${error.message}`));
  await page.goto(server.url(path));
  return { page, console };
}

async function marked(page: Page, atLeast = 1) {
  return eventually(async () => {
    const state = await pageState(page);
    if (state.targets.length < atLeast) throw new Error(`only ${state.targets.length} marks`);
    return state;
  });
}

/** The middle of a mark on screen (its focus target sits exactly over it). */
/** How many statements of the two-day sign-ups the bundled dataset holds: a mark's name counts them. */
const TWO_DAY_FIGURES = bundled.figures.filter((f) => f.metricId === 'rednote-new-users-two-days').length;

describe('reading an on-topic article', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open('wire-local-news.html'));
  });

  it('marks the figures the dataset knows, with CSS highlights', async () => {
    const state = await marked(page, 10);
    expect(state.hosts).toBe(1);
    expect(state.highlights['crosscheck-underline']).toBe(state.targets.length);
    const labels = state.targets.map((t) => t.label);
    expect(labels).toContain(`Over half a million: New RedNote users in two days, ${TWO_DAY_FIGURES} other statements`);
    expect(labels.some((l) => l.startsWith('$17 billion'))).toBe(true);
    expect(labels.some((l) => l.startsWith('194%'))).toBe(true);
  });

  it('shows the figure count on the toolbar badge', async () => {
    const state = await pageState(page);
    const tabId = await tabIdFor(browser.serviceWorker, server.url('wire-local-news.html'));
    expect(await eventually(async () => {
      const text = await badgeOf(browser.serviceWorker, tabId);
      if (!text) throw new Error('no badge yet');
      return text;
    })).toBe(String(state.targets.length));
  });

  it('opens a card with every other source on hover', async () => {
    const state = await pageState(page);
    const figure = state.targets.find((t) => t.label.startsWith('more than 700,000'))!;
    const { x, y } = await markCenter(page, figure.id);
    await page.mouse.move(x, y);
    const card = await eventually(async () => {
      const now = await pageState(page);
      if (!now.cardOpen) throw new Error('card not open');
      return now;
    });
    expect(card.cardText).toContain('New RedNote users in two days');
    expect(card.cardText).toContain('This article: more than 700,000');
    expect(card.cardText).toMatch(/CONSISTENT|Consistent/);
    // Statements grouped by what they say; a group opens to every quote with its outlet.
    expect(card.cardText).toContain('more than 700,000 in only two days');
    expect(card.cardText).toMatch(/(?<!\d)\d+ statements from \d+ outlets/);
    await inUi(page, (root) => root!.querySelector<HTMLElement>('[data-testid=card-group] summary')!.click());
    const opened = await eventually(async () => {
      const text = (await pageState(page)).cardText;
      if (!text.includes('“')) throw new Error('the group has not opened yet');
      return text;
    });
    for (const outlet of ['South China Morning Post', 'Radio Free Asia', 'The Hollywood Reporter', 'Global Banking & Finance Review']) {
      expect(opened).toContain(outlet);
    }
    expect(opened).toContain('In only two days, more than 700,000 new users joined Xiaohongshu');
    // The hovered figure is lit while its card is open.
    await eventually(async () => expect((await pageState(page)).highlights['crosscheck-active']).toBe(1));
    // It stays on screen, and off the number it describes.
    const markRect = await inUi(page, (root, id) => {
      const r = root!.querySelector<HTMLElement>(`.cc-target[data-figure-id="${id}"]`)!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    }, figure.id);
    expect(card.cardRect!.top >= markRect.bottom || card.cardRect!.bottom <= markRect.top).toBe(true);
    const viewport = page.viewportSize()!;
    expect(card.cardRect!.left).toBeGreaterThanOrEqual(0);
    expect(card.cardRect!.right).toBeLessThanOrEqual(viewport.width);
    expect(card.cardRect!.top).toBeGreaterThanOrEqual(0);
    expect(card.cardRect!.bottom).toBeLessThanOrEqual(viewport.height);
  });

  it('closes the card with Escape, and when the pointer leaves', async () => {
    await page.keyboard.press('Escape');
    expect((await pageState(page)).cardOpen).toBe(false);
    const state = await pageState(page);
    const { x, y } = await markCenter(page, state.targets[0]!.id);
    await page.mouse.move(x, y);
    await eventually(async () => expect((await pageState(page)).cardOpen).toBe(true));
    await page.mouse.move(5, 5);
    await eventually(async () => expect((await pageState(page)).cardOpen).toBe(false));
  });

  it('opens the card on keyboard focus, and Tab reaches the marks in reading order', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Tab from the last focusable element of the page moves into Crosscheck's marks.
    const first = (await pageState(page)).targets[0]!;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if ((await pageState(page)).focusedTarget === first.id) break;
    }
    const focused = await pageState(page);
    expect(focused.focusedTarget).toBe(first.id);
    expect(focused.cardOpen).toBe(true);
    expect(focused.cardText).toContain('This article: Over half a million');
    expect(await inUi(page, (root, id) => root!.querySelector(`.cc-target[data-figure-id="${id}"]`)!.getAttribute('aria-expanded'), first.id)).toBe('true');
    // Tab moves into the card (its Close button, named as it reads), Escape brings focus back to the mark.
    await page.keyboard.press('Tab');
    expect(await inUi(page, (root) => (root!.activeElement as HTMLElement | null)?.innerText.trim())).toBe('× Close');
    expect(await inUi(page, (root) => root!.activeElement?.getAttribute('data-testid'))).toBe('card-close');
    await page.keyboard.press('Escape');
    const after = await pageState(page);
    expect(after.cardOpen).toBe(false);
    expect(after.focusedTarget).toBe(first.id);
    expect(await inUi(page, (root, id) => root!.querySelector(`.cc-target[data-figure-id="${id}"]`)!.getAttribute('aria-expanded'), first.id)).toBe('false');
  });

  it('opens the card on a tap', async () => {
    // The persistent context has no touch screen; a touch pointer event is what a tap delivers.
    const state = await pageState(page);
    const figure = state.targets.find((t) => t.label.startsWith('$17 billion'))!;
    const { x, y } = await markCenter(page, figure.id);
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'touch' }));
    }, { x, y });
    const card = await eventually(async () => {
      const now = await pageState(page);
      if (!now.cardOpen) throw new Error('card not open');
      return now;
    });
    expect(card.cardText).toContain("RedNote's valuation");
    expect(card.cardText).toContain('This article: $17 billion');
    // The valuation changes over time: the card names what others said when, January 2025's included.
    expect(card.cardText).toContain('January 2025');
    await page.keyboard.press('Escape');
  });
});

describe('when the dataset changes', () => {
  it('marks the open page anew, without a reload, and the badge follows', async () => {
    const { page } = await open('wire-local-news.html');
    const before = await marked(page, 10);
    const tabId = await tabIdFor(browser.serviceWorker, server.url('wire-local-news.html'));
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    // A dataset without the valuation: its mark goes; the others stay.
    const data = structuredClone(bundled) as typeof bundled;
    data.version = '1.0.1';
    data.figures = data.figures.filter((figure) => figure.metricId !== 'rednote-valuation');
    data.metrics = data.metrics.filter((metric) => metric.id !== 'rednote-valuation');
    const file = join(mkdtempSync(join(tmpdir(), 'crosscheck-')), 'no-valuation.json');
    writeFileSync(file, JSON.stringify(data));
    await options.getByTestId('import-input').setInputFiles(file);
    await options.getByTestId('action-success').waitFor();
    const after = await eventually(async () => {
      const now = await pageState(page);
      if (now.targets.length !== before.targets.length - 1) throw new Error(`${now.targets.length} marks`);
      return now;
    });
    expect(after.targets.some((t) => t.label.startsWith('$17 billion'))).toBe(false);
    await eventually(async () => expect(await badgeOf(browser.serviceWorker, tabId)).toBe(String(after.targets.length)));
    await options.getByTestId('sync-button').click();
    await eventually(async () => expect((await pageState(page)).targets.length).toBe(before.targets.length));
    await options.close();
  });
});

describe('when the settings change', () => {
  it('restyles the open page at once, takes its marks away when its site is turned off, and gives them back', async () => {
    const { page } = await open('wire-local-news.html');
    const before = await marked(page, 10);
    // The options page writes the settings; the background tells the reader, which watches no storage.
    const write = (settings: object) =>
      browser.serviceWorker.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value }), settings);
    const base = { hoverCards: true, highlightStyle: 'underline', theme: 'system', disabledSites: [] as string[] };
    await write({ ...base, highlightStyle: 'outline' });
    await eventually(async () => expect((await pageState(page)).highlights).toEqual({ 'crosscheck-outline': before.targets.length }));
    await write({ ...base, highlightStyle: 'outline', disabledSites: ['127.0.0.1'] });
    await eventually(async () => expect(await pageState(page)).toMatchObject({ targets: [], highlights: {} }));
    await write(base);
    await eventually(async () => {
      const state = await pageState(page);
      expect([state.targets.length, state.highlights]).toEqual([before.targets.length, { 'crosscheck-underline': before.targets.length }]);
    });
    await page.close();
  });
});

describe('leaving pages alone', () => {
  it('marks nothing on an off-topic article, even with the same numbers', async () => {
    const { page } = await open('festival-numbers.html');
    await page.waitForTimeout(1_500);
    const state = await pageState(page);
    expect(state).toMatchObject({ hosts: 0, targets: [], highlights: {} });
  });

  it.each(['recipe-viral-tiktok.html', 'news-home.html', 'shop-phone-case.html', 'passing-mention-chart.html'])('marks nothing on %s', async (path) => {
    const { page } = await open(path);
    await page.waitForTimeout(1_000);
    expect((await pageState(page)).hosts).toBe(0);
  });

  it("does not change the page's own DOM or console", async () => {
    const snapshot = (p: Page) =>
      p.evaluate(() => ({
        head: document.head.outerHTML,
        body: document.body.outerHTML,
        htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
        htmlChildren: [...document.documentElement.children].map((c) => c.tagName.toLowerCase()),
        styleSheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
      }));
    const withMarks = await open('wire-local-news.html');
    await marked(withMarks.page, 10);
    const marked_ = await snapshot(withMarks.page);

    // The same page with Crosscheck turned off for the site, as the reference.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByTestId('site-input').fill('127.0.0.1');
    await options.keyboard.press('Enter');
    await options.getByTestId('site-list').waitFor();
    // The page already marked loses its marks at once, without a reload.
    await eventually(async () => expect((await pageState(withMarks.page)).targets).toEqual([]));
    const plain = await open('wire-local-news.html');
    await plain.page.waitForTimeout(1_500);
    const reference = await snapshot(plain.page);
    expect((await pageState(plain.page)).hosts).toBe(0); // the off list is honoured

    expect(marked_.head).toBe(reference.head);
    expect(marked_.body).toBe(reference.body);
    expect(marked_.htmlAttributes).toEqual(reference.htmlAttributes);
    expect(marked_.styleSheets).toBe(reference.styleSheets);
    expect(marked_.adopted).toBe(reference.adopted);
    expect(marked_.htmlChildren).toEqual([...reference.htmlChildren, 'crosscheck-ui']);
    expect(withMarks.console).toEqual(plain.console);

    // Turning the site back on marks it again, without a reload.
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await marked(plain.page, 10);
    await options.close();
  });
});

// Last in the file: it stops the service worker the other tests talk to.
describe('across a service-worker restart', () => {
  it("keeps the tab's reading and its badge, and a new background answers", async () => {
    const { page } = await open('trade-entertainment.html');
    const before = await marked(page, 5);
    const tabId = await tabIdFor(browser.serviceWorker, server.url('trade-entertainment.html'));
    // A blank page to hold the DevTools session: an extension page open meanwhile could wake the background.
    const panel = await browser.context.newPage();
    // Stop the background the way the browser does when it idles, and see it stopped.
    const cdp = await browser.context.newCDPSession(panel);
    const states: string[] = [];
    let versionId = '';
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const v of versions) {
        if (!v.scriptURL.endsWith('/background.js')) continue;
        versionId = v.versionId;
        states.push(v.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    await eventually(() => expect(versionId).not.toBe(''));
    const sinceStop = states.length;
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    // Stopped (its memory gone); a tab's event may start it again at once, which changes nothing below.
    await eventually(() => expect(states.slice(sinceStop)).toContain('stopped'));

    // The side panel shows the kept reading with no background running.
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await panel.getByTestId('article-title').waitFor();
    expect(await panel.getByTestId('article-title').innerText()).toContain('RedNote Becomes a Refuge');
    expect(await panel.getByTestId('article-figure').count()).toBe(before.targets.length);
    type Chrome = { action: { getBadgeText(d: { tabId: number }): Promise<string> }; runtime: { sendMessage(m: unknown): Promise<{ value?: { ok: boolean } }> } };
    expect(await panel.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(before.targets.length));

    // A message starts a new background, which answers.
    const reply = await panel.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'sync-bundled' }));
    expect(reply.value?.ok).toBe(true);
    expect(states.at(-1)).toBe('running');
    await panel.close();
  });
});
