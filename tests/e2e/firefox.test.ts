/**
 * The Firefox journey: the Firefox build (Manifest V2) installed in a real Firefox ESR. One
 * Firefox for the whole file; the reading features' tests (marks, hover card, sidebar page) go
 * here too, with the helpers of ./firefox-harness.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import bundled from '../../assets/dataset.json';
import { syntheticDataset } from '../support/synthetic-dataset';
import { ADDON_ID, countCachedRows, eventually, hover, inUi, launchFirefox, shadowText, tabIdOf, text, type FirefoxWithExtension } from './firefox-harness';

let firefox: FirefoxWithExtension;
const files = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-import-'));

function writeFile(name: string, content: string): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  let options: Page;

  beforeAll(async () => {
    options = await firefox.openExtensionPage('options.html');
  });

  it('caches the bundled dataset in the extension’s IndexedDB and shows it on the options page', async () => {
    expect(await options.evaluate(() => location.href)).toBe(firefox.extensionUrl('options.html'));
    await eventually(async () => expect(await text(options, '[data-testid=dataset-version]')).toBe(bundled.version));
    const counts = await text(options, '[data-testid=dataset-counts]');
    expect(counts).toContain(`${bundled.figures.length} figures`);
    expect(counts).toContain(`${bundled.sources.length} sources`);
    expect(await countCachedRows(options)).toMatchObject({
      sources: bundled.sources.length,
      metrics: bundled.metrics.length,
      figures: bundled.figures.length,
      events: bundled.events.length,
    });
  });

  it('rejects a broken import file, names the problem by its path and keeps the cache', async () => {
    const data = syntheticDataset({ version: '9.2.0' });
    (data.figures[12] as Record<string, unknown>).value = 'seven hundred thousand';
    const input = (await options.waitForSelector('[data-testid=import-input]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(writeFile('bad.json', JSON.stringify(data)));
    const problems = await eventually(() => text(options, '[data-testid=action-problems]'));
    expect(problems).toContain('Import failed for bad.json: nothing was changed.');
    expect(problems).toContain('figures[12].value: expected number, received string');
    expect(await text(options, '[data-testid=dataset-version]')).toBe(bundled.version);
    expect((await countCachedRows(options)).figures).toBe(bundled.figures.length);
    expect(await text(options, '[data-testid=last-load-problems]')).toContain('figures[12].value');
  });

  it('syncs the bundled dataset from the keyboard, with a visible result', async () => {
    await options.focus('[data-testid=sync-button]');
    await options.keyboard.press('Enter');
    const message = await eventually(() => text(options, '[data-testid=action-success]'));
    expect(message).toBe(`Sync done: version ${bundled.version} is cached, with ${bundled.figures.length} figures from ${bundled.sources.length} sources.`);
    const synced = await options.$eval('[data-testid=dataset-synced] time', (time) => time.getAttribute('datetime'));
    expect(Date.now() - Date.parse(synced!)).toBeLessThan(30_000);
    // A successful load clears the remembered failure.
    expect(await options.$('[data-testid=last-load-problems]')).toBeNull();
  });

  it('keeps the cache across a reload of the options page', async () => {
    await firefox.gotoExtensionPage(options, 'options.html');
    await eventually(async () => expect(await text(options, '[data-testid=dataset-version]')).toBe(bundled.version));
    expect(await text(options, '[data-testid=dataset-origin]')).toBe('the bundled dataset');
  });
});

describe('reading an article in Firefox', () => {
  let article: Page;

  /** The marks' focus targets; `scrollTo` brings that one into view first. */
  const targets = (page: Page, scrollTo?: string) =>
    inUi(firefox, page, (root, scrollTo) => {
      const found: { id: string; label: string; x: number; y: number }[] = [];
      const all = root?.querySelectorAll<HTMLElement>('.cc-target') ?? [];
      for (const t of all) {
        if (scrollTo && t.getAttribute('aria-label')?.startsWith(scrollTo)) {
          t.scrollIntoView({ block: 'center' });
          break;
        }
      }
      for (const t of all) {
        const r = t.getBoundingClientRect();
        found.push({ id: t.dataset.figureId!, label: t.getAttribute('aria-label') ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 });
      }
      return found;
    }, scrollTo);
  const cardOpen = (page: Page) => inUi(firefox, page, (root) => root?.querySelector<HTMLElement>('.cc-card')?.dataset.open === 'true');

  beforeAll(async () => {
    article = await firefox.openPage('wire-local-news.html');
  });

  it('marks the figures the dataset knows', async () => {
    const marks = await eventually(async () => {
      const found = await targets(article);
      if (found.length < 10) throw new Error(`${found.length} marks`);
      return found;
    });
    const twoDays = bundled.figures.filter((f) => f.metricId === 'rednote-new-users-two-days').length;
    expect(marks.map((m) => m.label)).toContain(`Over half a million: New RedNote users in two days, ${twoDays} other statements`);
    const painted = await article.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('crosscheck-underline')?.size ?? 0);
    expect(painted).toBe(marks.length);
  });

  it('shows the card with the other sources on hover', async () => {
    const mark = (await targets(article, 'more than 700,000')).find((m) => m.label.startsWith('more than 700,000'))!;
    await article.mouse.move(mark.x, mark.y, { steps: 5 });
    await eventually(async () => expect(await cardOpen(article)).toBe(true));
    expect(await shadowText(firefox, article, '.cc-card')).toMatch(/(?<!\d)\d+ statements from \d+ outlets/);
    // A group opens to who said it: its quotes are built then.
    await inUi(firefox, article, (root) => root!.querySelector<HTMLElement>('[data-testid=card-group] summary')!.click());
    await eventually(async () => expect(await shadowText(firefox, article, '.cc-card')).toContain('South China Morning Post'));
    const card = await shadowText(firefox, article, '.cc-card');
    expect(card).toContain('This article: more than 700,000');
    for (const outlet of ['South China Morning Post', 'Radio Free Asia', 'The Hollywood Reporter']) expect(card).toContain(outlet);
    await article.keyboard.press('Escape');
    await eventually(async () => expect(await cardOpen(article)).toBe(false));
  });

  it('renders the sidebar page for the article’s tab', async () => {
    const panel = await firefox.openExtensionPage('options.html');
    const tabId = await tabIdOf(panel, article);
    await firefox.gotoExtensionPage(panel, `sidepanel.html?tab=${tabId}`);
    await eventually(async () => expect(await text(panel, '[data-testid=article-title]')).toContain('Over half a million'));
    const figures = await text(panel, '[data-testid=article-figures]');
    expect(figures).toContain('more than 700,000');
    await panel.evaluate(() => {
      for (const summary of document.querySelectorAll<HTMLElement>('[data-metric="rednote-new-users-two-days"] [data-testid=card-group] summary')) summary.click();
    });
    await eventually(async () => expect(await text(panel, '[data-testid=metric-section][data-metric="rednote-new-users-two-days"]')).toContain('Radio Free Asia'));
    const spread = await text(panel, '[data-testid=metric-section][data-metric="rednote-new-users-two-days"]');
    for (const outlet of ['South China Morning Post', 'Radio Free Asia', 'The Hollywood Reporter']) expect(spread).toContain(outlet);
    expect(await text(panel, '[data-testid=timeline]')).toContain('TikTok Refugees');
    await panel.close();
    await article.bringToFront();
  });

  it('opens the card when a mark gets keyboard focus', async () => {
    await inUi(firefox, article, (root) => root!.querySelector<HTMLElement>('.cc-target')!.focus());
    await eventually(async () => expect(await cardOpen(article)).toBe(true));
    expect(await shadowText(firefox, article, '[data-testid=card-subject]')).toBe('Over half a million');
    await article.keyboard.press('Escape');
  });

  it('restyles the open page when the settings change, and takes its marks away when its site is turned off', async () => {
    const painted = () => article.evaluate(() => Object.fromEntries([...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights].map(([name, h]) => [name, h.size])));
    const count = (await targets(article)).length;
    const extension = await firefox.openExtensionPage('options.html');
    // The options page writes the settings; the background tells the reader, which watches no storage.
    const write = (settings: object) =>
      extension.evaluate((value) => (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser.storage.local.set({ settings: value }), settings);
    const base = { hoverCards: true, highlightStyle: 'underline', theme: 'system', disabledSites: [] as string[] };
    await write({ ...base, highlightStyle: 'background' });
    await eventually(async () => expect(await painted()).toEqual({ 'crosscheck-background': count }));
    await write({ ...base, disabledSites: ['127.0.0.1'] });
    await eventually(async () => expect([(await targets(article)).length, await painted()]).toEqual([0, {}]));
    await write(base);
    await eventually(async () => expect([(await targets(article)).length, await painted()]).toEqual([count, { 'crosscheck-underline': count }]));
    await extension.close();
    await article.bringToFront();
  });
});

describe('the first look in Firefox', () => {
  // Through the extension's handle on its closed root; 0 while the page has no reader yet.
  const marks = async (page: Page) => {
    const count = await inUi(firefox, page, (root) => root?.querySelectorAll('.cc-target').length ?? 0).catch(() => 0);
    await page.bringToFront();
    return count;
  };
  /** Whether the extension's reader runs in the page's content-script world, asked from an extension page. */
  const readerIn = async (page: Page) => {
    const extension = await firefox.openExtensionPage('options.html');
    const tabId = await tabIdOf(extension, page);
    type Tabs = { executeScript(tabId: number, details: { code: string }): Promise<unknown[]> };
    const [found] = await extension.evaluate(
      (id) => (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs.executeScript(id, { code: 'typeof crosscheckReader' }),
      tabId,
    );
    await extension.close();
    await page.bringToFront();
    return found === 'object';
  };

  it('puts no reader into a page that does not name the story', async () => {
    const page = await firefox.openPage('festival-numbers.html');
    await new Promise((done) => setTimeout(done, 1_500));
    expect(await readerIn(page)).toBe(false);
    await page.close();
  });

  it('reads a page whose title names the story only once its script has set it', async () => {
    const page = await firefox.openPage('late-body.html');
    expect(await page.title()).toBe('Loading… | The Daily Scroll');
    expect(await marks(page)).toBe(0);
    await eventually(async () => expect(await marks(page)).toBeGreaterThanOrEqual(3));
    expect(await page.title()).toContain('RedNote');
    expect(await readerIn(page)).toBe(true);
    await page.close();
  });

  it('reads a page that moves to a story in place (history.pushState), and unmarks it when it moves away', async () => {
    const page = await firefox.openPage('spa-navigation.html');
    await new Promise((done) => setTimeout(done, 1_200));
    expect(await readerIn(page)).toBe(false);
    await page.click('#next');
    await eventually(async () => expect(await marks(page)).toBeGreaterThanOrEqual(3));
    await page.click('#back');
    await eventually(async () => expect(await marks(page)).toBe(0));
    await page.close();
  });
});

// The harness's own helpers, checked here so the reading features' tests can rely on them.
describe('the Firefox harness', () => {
  it('opens fixture pages from 127.0.0.1 and finds their tab id from an extension page', async () => {
    const article = await firefox.openPage('wire-local-news.html');
    expect(await article.evaluate(() => location.origin)).toBe(firefox.fixtures.origin);
    const panel = await firefox.openExtensionPage('options.html');
    const id = await tabIdOf(panel, article);
    expect(await panel.evaluate(() => (globalThis as unknown as { browser: { runtime: { id: string } } }).browser.runtime.id)).toBe(ADDON_ID);
    const own = await panel.evaluate(async () => (await (globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<{ id: number }> } } }).browser.tabs.getCurrent()).id);
    expect(id).toBeTypeOf('number');
    expect(id).not.toBe(own);
    await Promise.all([article.close(), panel.close()]);
  });

  it("reaches the card's closed shadow root from the extension, which the page's scripts cannot", async () => {
    const page = await firefox.openPage('wire-local-news.html');
    await eventually(async () => expect(await inUi(firefox, page, (root) => root?.querySelectorAll('.cc-target').length ?? 0)).toBeGreaterThan(0));
    const seen = await page.evaluate(() => {
      const host = document.querySelector('crosscheck-ui');
      return { host: !!host, shadowRoot: host?.shadowRoot ?? null, handle: (host as unknown as Record<string, unknown> | null)?.crosscheckRoot ?? null };
    });
    expect(seen).toEqual({ host: true, shadowRoot: null, handle: null });
    await expect(shadowText(firefox, page, '.missing')).rejects.toThrow('nothing in the shadow root matches .missing');
    await page.evaluate(() => {
      const target = document.createElement('span');
      target.id = 'target';
      target.textContent = 'hover me';
      target.addEventListener('mouseover', () => (target.textContent = 'hovered'));
      document.body.prepend(target);
    });
    await hover(page, '#target');
    await eventually(async () => expect(await text(page, '#target')).toBe('hovered'));
    await page.close();
  });

  it('keeps Firefox off the network', () => {
    expect(firefox.blockedRequests).toEqual([]);
  });
});
