/**
 * The story lives in the dataset (issue 11 §4), proved in Chromium with the built extension: a
 * dataset about another story, invented for the tests (Harbourton's bike-share halt of 2031,
 * `tests/fixtures/datasets/second-story.json`), imported through the options page, makes an
 * article about that story marked, carded and panelled, while a TikTok article then gets nothing;
 * syncing the bundled dataset brings the TikTok story back.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bundled from '../../assets/dataset.json';
import second from '../fixtures/datasets/second-story.json';
import { badgeOf, eventually, inUi, launchReadyToRead, markCenter, pageState, ROOT, tabIdByUrl, tabIdFor, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;

beforeAll(async () => {
  ({ browser, server } = await launchReadyToRead());
  options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByTestId('import-input').setInputFiles(join(ROOT, 'tests/fixtures/datasets/second-story.json'));
  await eventually(async () => expect(await options.getByTestId('dataset-version').innerText()).toBe(second.version), 30_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The number of marks on a page once its reading settles (0 when it gets no reader at all). */
async function settledMarks(page: Page): Promise<number> {
  await page.waitForTimeout(1_500);
  return (await pageState(page)).targets.length;
}

describe('with a dataset about another story', () => {
  let article: Page;
  beforeAll(async () => {
    article = await browser.context.newPage();
    await article.goto(server.url('second-story-pedalo.html'));
  });

  it("marks that story's figures, named after its own metrics", async () => {
    const state = await eventually(async () => {
      const now = await pageState(article);
      if (now.targets.length < 3) throw new Error(`only ${now.targets.length} marks`);
      return now;
    }, 30_000);
    const labels = state.targets.map((t) => t.label);
    expect(labels).toContain('More than 40,000: New Pedalo riders in the week after the halt, 3 other statements');
    expect(labels.some((l) => l.startsWith("12-day: Days Veloway's permit is suspended"))).toBe(true);
    expect(labels.some((l) => l.startsWith('320%: Rise in Pedalo app downloads'))).toBe(true);
    const tabId = await tabIdFor(browser.serviceWorker, article.url());
    expect(await eventually(() => badgeOf(browser.serviceWorker, tabId))).toBe(String(state.targets.length));
  });

  it("opens a card that compares the figure with that story's other sources", async () => {
    const state = await pageState(article);
    const figure = state.targets.find((t) => t.label.startsWith('More than 40,000'))!;
    const { x, y } = await markCenter(article, figure.id);
    await article.mouse.move(x, y);
    await eventually(async () => expect((await pageState(article)).cardOpen).toBe(true));
    await inUi(article, (root) => root!.querySelectorAll<HTMLDetailsElement>('.cc-card details').forEach((d) => (d.open = true)));
    const card = await eventually(async () => {
      const text = (await pageState(article)).cardText;
      if (!text.includes('The Tideline')) throw new Error('the groups have not opened yet');
      return text;
    });
    expect(card).toContain('New Pedalo riders in the week after the halt');
    expect(card).toMatch(/This article: more than 40,000/i);
    for (const outlet of ['Harbourton Herald', 'Coastal Cycling Weekly', 'The Tideline']) expect(card).toContain(outlet);
    // The Tideline's "about 30,000" is below this article's floor.
    expect(card).toMatch(/Differs/i);
    await article.mouse.move(2, 2);
  });

  it('shows the article against that story in the side panel, with its timeline', async () => {
    const tabId = await tabIdFor(browser.serviceWorker, article.url());
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await panel.getByTestId('article').waitFor();
    expect(await panel.getByTestId('article-title').innerText()).toContain('Stranded Veloway riders flock to Pedalo');
    const section = panel.locator('[data-testid=metric-section][data-metric=pedalo-new-riders-first-week]');
    expect(await section.count()).toBe(1);
    expect(await panel.locator('[data-testid=timeline-event] .tl-title').allInnerTexts()).toContain("Harbourton City Council suspends Veloway's bike-share permit");
    await panel.close();
  });

  it('leaves a TikTok article alone: no reader, no marks, no badge', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('wire-local-news.html'));
    expect(await settledMarks(page)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('crosscheck-ui').length)).toBe(0);
    expect(await badgeOf(browser.serviceWorker, await tabIdByUrl(browser.serviceWorker, page.url()))).toBe('');
    await page.close();
  });
});

describe('after syncing the bundled dataset', () => {
  beforeAll(async () => {
    await options.getByTestId('sync-button').click();
    await eventually(async () => expect(await options.getByTestId('dataset-version').innerText()).toBe(bundled.version), 30_000);
  });

  it('marks the TikTok story again, and leaves the invented one alone', async () => {
    const tiktok = await browser.context.newPage();
    await tiktok.goto(server.url('wire-local-news.html'));
    await eventually(async () => expect((await pageState(tiktok)).targets.length).toBeGreaterThan(5), 30_000);
    const pedalo = await browser.context.newPage();
    await pedalo.goto(server.url('second-story-pedalo.html'));
    expect(await settledMarks(pedalo)).toBe(0);
    await Promise.all([tiktok.close(), pedalo.close()]);
  });
});
