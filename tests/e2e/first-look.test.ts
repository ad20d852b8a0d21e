/**
 * Zero cost where the story is not, in Chromium with the built extension: the extension's script
 * contexts in a page, counted over the DevTools protocol (none in a page that does not name the
 * story; the reader's one, shared by the card, in a page that does), the first look again on a
 * late title and on an in-page navigation, and reading on demand from the side panel.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface Contexts {
  /** Script contexts of the extension created in the page's frames so far (isolated worlds). */
  created(): { origin: string; name: string; type: string }[];
  cdp: CDPSession;
}

/** A new tab whose execution contexts are recorded from before its first navigation. */
async function recordedPage(): Promise<{ page: Page; contexts: Contexts }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const seen: { origin: string; name: string; type: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: { origin: string; name: string; auxData?: { type?: string } } }) => {
    if (context.origin.startsWith(`chrome-extension://${browser.extensionId}`)) seen.push({ origin: context.origin, name: context.name, type: context.auxData?.type ?? '' });
  });
  await cdp.send('Runtime.enable');
  return { page, contexts: { created: () => [...seen], cdp } };
}

async function marked(page: Page, atLeast: number) {
  return eventually(async () => {
    const state = await pageState(page);
    if (state.targets.length < atLeast) throw new Error(`${state.targets.length} marks`);
    return state;
  });
}

/** The tab showing `url`, asked of the background (its address is visible through the host permissions). */
function tabIdOf(url: string): Promise<number> {
  return eventually(async () => {
    type Tabs = { query(q: object): Promise<{ id: number; url?: string }[]> };
    const tabs = await browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({}));
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab shows ${url}`);
    return tab.id;
  });
}

describe('script contexts, counted over the DevTools protocol', () => {
  it.each(['festival-numbers.html', 'news-home.html', 'morning-briefing.html'])('creates none in %s, which does not name the story in its title or address', async (path) => {
    const { page, contexts } = await recordedPage();
    await page.goto(server.url(path));
    await page.waitForTimeout(1_500);
    expect(contexts.created()).toEqual([]);
    expect((await pageState(page)).hosts).toBe(0);
    await page.close();
  });

  it("creates the reader's one in a page that names the story, and the card shares it", async () => {
    const { page, contexts } = await recordedPage();
    await page.goto(server.url('wire-local-news.html'));
    const state = await marked(page, 10);
    expect(contexts.created()).toEqual([{ origin: `chrome-extension://${browser.extensionId}`, name: 'Crosscheck', type: 'isolated' }]);
    // The first focus loads the card into the same world.
    await inUi(page, (root, id) => root!.querySelector<HTMLElement>(`.cc-target[data-figure-id="${id}"]`)!.focus(), state.targets[0]!.id);
    await eventually(async () => expect((await pageState(page)).cardOpen).toBe(true));
    expect(contexts.created()).toHaveLength(1);
    await page.close();
  });
});

describe('the first look, again when the tab changes', () => {
  it('reads a page whose title names the story only once its script has set it', async () => {
    const { page, contexts } = await recordedPage();
    await page.goto(server.url('late-body.html'));
    // "Loading… | The Daily Scroll" until 1.2 s after load: nothing of Crosscheck yet.
    expect(await page.title()).toBe('Loading… | The Daily Scroll');
    expect(contexts.created()).toEqual([]);
    await marked(page, 3);
    expect(await page.title()).toContain('RedNote');
    expect(contexts.created()).toHaveLength(1);
    await page.close();
  });

  it('reads a page that moves to a story in place (history.pushState), and unmarks it when it moves away', async () => {
    const { page, contexts } = await recordedPage();
    await page.goto(server.url('spa-navigation.html'));
    await page.waitForTimeout(1_200);
    expect(contexts.created()).toEqual([]);
    await page.click('#next');
    const state = await marked(page, 3);
    expect(page.url()).toBe(server.url('story/rednote'));
    expect(state.targets.some((t) => t.label.startsWith('More than 700,000'))).toBe(true);
    await page.click('#back');
    await eventually(async () => expect((await pageState(page)).targets).toEqual([]));
    expect(contexts.created()).toHaveLength(1);
    await page.close();
  });
});

describe('reading on demand', () => {
  it('reads a page whose title names neither app when "Read this page" is pressed in the side panel', async () => {
    const { page: article, contexts } = await recordedPage();
    const url = server.url('morning-briefing.html');
    await article.goto(url);
    await article.waitForTimeout(1_000);
    expect(contexts.created()).toEqual([]);
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${await tabIdOf(url)}`));
    await panel.getByTestId('panel-no-article').waitFor();
    await panel.getByTestId('read-page').click();
    const state = await marked(article, 3);
    expect(state.targets.map((t) => t.label.split(':')[0])).toEqual(['More than 700,000', '300 million-plus', '$17 billion']);
    // The panel follows: the article, its figures.
    await panel.getByTestId('article-title').waitFor();
    expect(await panel.getByTestId('article-title').innerText()).toBe('Morning briefing, Wednesday');
    expect(contexts.created()).toHaveLength(1);
    await panel.close();
    await article.close();
  });

  it('says why it cannot read a tab that is not a web page', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const optionsId = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome.tabs.getCurrent().then((tab) => tab.id),
    );
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${optionsId}`));
    await panel.getByTestId('read-page').click();
    await eventually(async () =>
      expect(await panel.getByTestId('read-page-status').innerText()).toBe('Crosscheck cannot read this tab: Crosscheck reads web pages only.'),
    );
    await panel.close();
    await options.close();
  });
});
