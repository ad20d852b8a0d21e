/**
 * The side panel in Chromium with the built extension: it is opened as `sidepanel.html?tab=<id>`
 * in an ordinary tab (headless Chromium shows no side panel), next to a fixture article in
 * another tab that the content script has read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bundled from '../../assets/dataset.json';
import { countCachedRows, eventually, inUi, launchWithExtension, pageState, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
let article: Page;
let panel: Page;
let articleTabId: number;

const ARTICLE_TITLE = "Over half a million 'TikTok refugees' sign up for China's RedNote as ban nears";
const SEED_OUTLETS = [
  'South China Morning Post',
  'Radio Free Asia',
  'Global Banking & Finance Review, carrying Reuters',
  'The Hollywood Reporter',
  // The Reuters story as a local site republished it: its name is the curators' to change.
  `${bundled.sources.find((source) => source.id === 'reuters-local-2025-01-14')!.outlet}, carrying Reuters`,
];

interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
}
type SessionItems = Record<string, { tabId: number; url: string } | undefined>;

/** The id of the tab whose reading the background keeps for `url`. */
async function tabIdOf(url: string): Promise<number> {
  return eventually(async () => {
    const items = (await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session.get(null),
    )) as SessionItems;
    const entry = Object.entries(items).find(([key, value]) => key.startsWith('tab-reading-') && value?.url === url);
    if (!entry) throw new Error(`no reading kept for ${url} yet`);
    return entry[1]!.tabId;
  });
}

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();
/**
 * Opens every statement group under `scope` at once, as a reader opening each would (their quotes
 * are built on opening). Not by clicking one after another: each opening pushes the next down.
 */
async function openGroups(scope: import('playwright-core').Locator) {
  await scope.evaluate((element) => {
    for (const details of element.querySelectorAll<HTMLDetailsElement>('[data-testid=card-group] details')) details.open = true;
  });
  await eventually(async () => expect(await scope.locator('[data-testid=card-group] details[open] .cc-quotes').count()).toBe(await scope.locator('[data-testid=card-group]').count()));
}
const comparison = (metricId: string) => `[data-testid=metric-section][data-metric="${metricId}"]`;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  // The article must be read against the cached dataset, not before it is written.
  await eventually(async () => expect((await countCachedRows(browser.serviceWorker)).figures).toBe(bundled.figures.length));
  article = await browser.context.newPage();
  const url = server.url('wire-local-news.html');
  await article.goto(url);
  articleTabId = await tabIdOf(url);
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${articleTabId}`));
  await panel.getByTestId('article').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the side panel next to an article', () => {
  it('is titled Crosscheck and lists the article with its linked figures in reading order', async () => {
    expect(await panel.title()).toBe('Crosscheck');
    expect(await panel.getByTestId('article-title').innerText()).toBe(ARTICLE_TITLE);
    expect(await panel.getByTestId('article-outlet').innerText()).toBe('KVLT News 7');
    expect(await panel.getByTestId('article-date').innerText()).toBe('14 January 2025');
    expect(await texts(panel, '[data-testid=article-figure] .figure-text')).toEqual([
      'Over half a million',
      'more than 700,000',
      'more than 50,000',
      'more than 700,000',
      'more than 200%',
      '194%',
      'No. 2',
      '190%',
      'roughly 3.4 million',
      '$17 billion',
      'more than 300 million',
      'as much as 20%',
      'Around 170 million',
    ]);
    expect(await panel.locator('[data-testid=article-figure]').first().locator('.figure-about').innerText()).toBe('Headline · New RedNote users in two days');
    // Why it counts, folded until asked for.
    await panel.getByText('Why Crosscheck reads it').click();
    expect(await panel.getByTestId('article-reasons').innerText()).toContain('headline names TikTok and RedNote');
  });

  it('compares the two-day sign-ups with every seed source, on one axis', async () => {
    const section = panel.locator(comparison('rednote-new-users-two-days'));
    await openGroups(section);
    const outlets = await section.locator('[data-testid=card-source] cite').allInnerTexts();
    expect(outlets).toHaveLength(bundled.figures.filter((f) => f.metricId === 'rednote-new-users-two-days').length);
    for (const outlet of SEED_OUTLETS) expect(outlets).toContain(outlet);
    // Grouped by what they say, most outlets first (wire copies count once).
    expect(await section.getByTestId('metric-spread-summary').innerText()).toMatch(/(?:^|\n)\d+ outlets: (over|more than) 700,000 in only two days · \d+: /);
    expect(await section.getByTestId('card-subject').innerText()).toBe('Over half a million');
    expect(await section.getByTestId('value-axis').getAttribute('aria-label')).toContain('This article: over 500,000');
    // The article states it two ways: the reader picks the body's.
    await section.getByRole('radio', { name: /more than 700,000/ }).check();
    expect(await section.getByTestId('card-subject').innerText()).toBe('more than 700,000');
  });

  it('shows the timeline with this article’s events highlighted, and the disputed chart date', async () => {
    const day = (date: string) => panel.locator(`[data-testid=timeline-day][data-day="${date}"]`);
    expect(await day('2025-01-13').locator('[data-event=tiktok-refugees-live-chat]').getAttribute('data-highlighted')).toBe('true');
    expect(await day('2025-01-19').locator('[data-event=tiktok-ban-deadline]').getAttribute('data-highlighted')).toBe('true');
    expect(await day('2025-01-19').locator('[data-event=tiktok-ban-deadline] [data-testid=timeline-mention]').innerText()).toContain('“Jan. 19”');
    expect(await day('2025-01-17').locator('[data-event=supreme-court-upholds-tiktok-law]').getAttribute('data-highlighted')).toBe('false');
    expect(await panel.locator('[data-testid=timeline-day] h4').allInnerTexts()).toEqual([
      'Monday 13 January',
      'Tuesday 14 January',
      'Wednesday 15 January',
      'Thursday 16 January',
      'Friday 17 January',
      'Saturday 18 January',
      'Sunday 19 January',
      'Monday 20 January',
    ]);
    const disputed = await day('2025-01-13').locator('[data-event=rednote-tops-us-app-charts] [data-testid=date-disagreement]').innerText();
    expect(disputed).toMatch(/South China Morning Post[^\n]* say Monday 13 January 2025/);
    expect(disputed).toMatch(/KrASIA[^\n]* say Tuesday 14 January 2025/);
    expect(disputed).toContain('Radio Free Asia says Wednesday 15 January 2025');
    expect(await day('2025-01-15').getByTestId('timeline-elsewhere').innerText()).toContain('Radio Free Asia dates “RedNote tops the US app download charts” to this day');
    expect(await panel.locator('[data-era=background] [data-event=tiktok-banned-on-us-federal-devices] .tl-date time').innerText()).toBe('February 2023');
  });

  it('scrolls the article to a figure, flashes its mark and opens its card when the figure is selected', async () => {
    expect(await article.evaluate(() => window.scrollY)).toBe(0);
    // Watch the strong highlight of the mark blink on and off.
    await article.evaluate(() => {
      const seen: boolean[] = [];
      (window as unknown as { flashes: boolean[] }).flashes = seen;
      const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      const timer = setInterval(() => seen.push(registry.has('crosscheck-active')), 40);
      setTimeout(() => clearInterval(timer), 1_500);
    });
    await panel.locator('[data-testid=article-figure]', { hasText: 'more than 50,000' }).getByTestId('reveal-figure').click();
    await eventually(async () => expect(await panel.getByTestId('reveal-status').innerText()).toBe('Showing “more than 50,000” on the page.'));
    expect(await article.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    // The card's shadow root is closed: it is read in the content script's world.
    await eventually(async () => expect((await pageState(article)).cardOpen).toBe(true));
    expect(await inUi(article, (root) => root!.querySelector<HTMLElement>('.cc-card [data-testid=card-subject]')!.innerText)).toBe('more than 50,000');
    await article.waitForTimeout(1_600);
    const flashes = await article.evaluate(() => (window as unknown as { flashes: boolean[] }).flashes);
    const switches = flashes.filter((lit, i) => i > 0 && lit !== flashes[i - 1]).length;
    expect(switches).toBeGreaterThanOrEqual(3);
    expect(flashes.at(-1)).toBe(true); // lit while its card is open
  });

  it('does the same from the keyboard', async () => {
    const button = panel.locator('[data-testid=article-figure]', { hasText: 'Around 170 million' }).getByTestId('reveal-figure');
    await button.focus();
    await panel.keyboard.press('Enter');
    await eventually(async () => expect(await panel.getByTestId('reveal-status').innerText()).toBe('Showing “Around 170 million” on the page.'));
    await eventually(async () => expect(await inUi(article, (root) => root?.querySelector<HTMLElement>('.cc-card [data-testid=card-subject]')?.innerText)).toBe('Around 170 million'));
  });

  it('says so when the tab does not answer', async () => {
    // A tab without Crosscheck's content script (an extension page), given the article's reading.
    const silent = await browser.context.newPage();
    await silent.goto(browser.extensionUrl('options.html'));
    const silentId = await silent.evaluate(() =>
      (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome.tabs.getCurrent().then((tab) => tab.id),
    );
    await browser.serviceWorker.evaluate(
      async ([from, to]) => {
        const session = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session;
        const kept = (await session.get(`tab-reading-${from}`))[`tab-reading-${from}`] as { tabId: number };
        await session.set({ [`tab-reading-${to}`]: { ...kept, tabId: to } });
      },
      [articleTabId, silentId] as const,
    );
    const other = await browser.context.newPage();
    await other.goto(browser.extensionUrl(`sidepanel.html?tab=${silentId}`));
    await other.getByTestId('reveal-figure').first().click();
    await eventually(async () =>
      expect(await other.getByTestId('reveal-status').innerText()).toBe('The page did not answer. Reload the tab so that Crosscheck reads it again, then try once more.'),
    );
    await other.close();
    await silent.close();
  });
});

describe('the side panel when the dataset changes', () => {
  const files = mkdtempSync(join(tmpdir(), 'crosscheck-panel-'));

  it('shows an imported dataset at once, without reloading, and the bundled one again after a sync', async () => {
    await panel.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const extended = structuredClone(bundled);
    extended.version = '2.0.1';
    extended.sources.push({
      id: 'test-gazette-2025-01-15',
      outlet: 'Test Gazette',
      title: 'A test article about RedNote',
      language: 'en',
      published: { date: '2025-01-15', precision: 'exact', basis: 'written for the tests' },
    } as (typeof bundled.sources)[number]);
    extended.figures.push({
      id: 'test-gazette-new-users',
      sourceId: 'test-gazette-2025-01-15',
      metricId: 'rednote-new-users-two-days',
      value: 1_000_000,
      asWritten: 'a million',
      qualifier: 'nearly',
      interval: { low: 900_000, high: 1_000_000 },
      unit: 'users',
      scope: 'unstated',
      asOf: { date: '2025-01-15', precision: 'day', basis: 'published' },
      position: 'body',
      quote: 'Nearly a million new users joined RedNote in two days.',
    } as (typeof bundled.figures)[number]);
    const file = join(files, 'extended.json');
    writeFileSync(file, JSON.stringify(extended));

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByTestId('import-input').setInputFiles(file);
    await eventually(async () => expect(await options.getByTestId('dataset-version').innerText()).toBe('2.0.1'));

    const section = panel.locator(comparison('rednote-new-users-two-days'));
    await eventually(async () => {
      await openGroups(section);
      expect(await section.locator('[data-testid=card-source] cite').allInnerTexts()).toContain('Test Gazette');
    });
    expect(await panel.getByTestId('dataset-version').innerText()).toBe('2.0.1');
    expect(await section.locator('[data-testid=card-group]', { hasText: 'Test Gazette' }).locator('.cc-value').innerText()).toBe('nearly 1 million');

    await options.getByTestId('sync-button').click();
    await eventually(async () => expect(await panel.getByTestId('dataset-version').innerText()).toBe(bundled.version));
    await openGroups(section);
    expect(await section.locator('[data-testid=card-source] cite').allInnerTexts()).not.toContain('Test Gazette');
    expect(await panel.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await options.close();
  });
});

describe('the side panel without an article', () => {
  let browse: Page;
  beforeAll(async () => {
    browse = await browser.context.newPage();
    await browse.setViewportSize({ width: 360, height: 900 });
    // Without ?tab= it follows the active tab: its own, an extension page with no article.
    await browse.goto(browser.extensionUrl('sidepanel.html'));
    await browse.getByTestId('panel-no-article').waitFor();
  });

  it('browses every metric and the whole timeline', async () => {
    expect(await browse.getByTestId('panel-no-article').locator('h2').innerText()).toBe('No article about the story in this tab');
    // The 40 most reported metrics first, the rest on request.
    expect(await browse.locator('[data-testid=metric-spread]').count()).toBe(40);
    await browse.getByRole('button', { name: `Show ${bundled.metrics.length - 40} more of ${bundled.metrics.length}` }).click();
    expect(await browse.locator('[data-testid=metric-spread]').count()).toBe(bundled.metrics.length);
    expect(await browse.locator('[data-testid=timeline-event]').count()).toBe(bundled.events.length);
    expect(await browse.locator('[data-testid=timeline-event][data-highlighted=true]').count()).toBe(0);
    const users = browse.locator('[data-testid=metric-spread][data-metric=rednote-users]');
    // Each group: how many outlets say it, and what, most outlets first.
    expect(await users.getByTestId('metric-spread-summary').innerText()).toMatch(/^\d+ outlets?: [^·]*300 million[^·]*( · \d+: [^·]+)*( · \d+ other forms?)?$/);
    await users.getByText(`What each source says (${bundled.figures.filter((f) => f.metricId === 'rednote-users').length})`).click();
    await users.locator('[data-testid=card-group] summary', { hasText: 'nearly 300 million' }).click();
    expect(await users.locator('[data-testid=card-source] cite').allInnerTexts()).toContain('South China Morning Post');
  });

  it('filters metrics and events by the words typed', async () => {
    await browse.getByLabel('Filter figures and events').fill('Lemon8');
    await eventually(async () => expect(await browse.getByTestId('filter-count').innerText()).toBe('5 metrics and 5 events match.'));
    expect(await browse.locator('[data-testid=metric-spread] h3').allInnerTexts()).toEqual([
      "Lemon8's rank among free apps on Apple's US App Store",
      'Change in Lemon8 downloads in December 2024',
      'Lemon8 downloads in December 2024',
      'Lemon8 downloads on Google Play',
      "Lemon8's total downloads in the US",
    ]);
    expect(await browse.locator('[data-testid=timeline-event] .tl-title').allInnerTexts()).toEqual([
      'Lemon8 launches in the US',
      'ByteDance links the Lemon8 and TikTok logins',
      'Lemon8 downloads surge',
      "Lemon8 is the second most popular free app on Apple's App Store",
      'Lemon8, CapCut, Gauth and Hypic go dark in the US',
    ]);

    await browse.getByLabel('Filter figures and events').fill('valuation');
    await eventually(async () => expect(await browse.getByTestId('filter-count').innerText()).toBe('1 metric and 0 events match.'));
    expect(await browse.locator('[data-testid=metric-spread] h3').allInnerTexts()).toEqual(["RedNote's valuation"]);
    expect(await browse.getByTestId('timeline').locator('.empty').innerText()).toBe('No event matches the filter.');

    await browse.getByLabel('Filter figures and events').fill('');
    await eventually(async () => expect(await browse.locator('[data-testid=metric-spread]').count()).toBe(Math.min(40, bundled.metrics.length)));
  });
});
