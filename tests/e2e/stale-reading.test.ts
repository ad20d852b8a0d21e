/**
 * A reading belongs to the document it came from (issue 10, finding 4): a page whose reading is
 * still running when its tab navigates away must not leave its figures and badge on the next page.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, eventually, FIXTURES, launchReadyToRead, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let fixtures: FixtureServer;
let pages: FixtureServer;

/** An article about the story with a megabyte of numbers: the background reads it for its whole budget. */
function slowArticle(): string {
  const paragraphs = Array.from({ length: 50 }, () => `<p>RedNote gained more than 700,000 users. ${'7 '.repeat(10_000)}</p>`);
  return `<!doctype html><html lang="en"><head><title>TikTok refugees flock to RedNote as the US ban nears</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-15T10:00:00Z"></head>
<body><article><h1>TikTok refugees flock to RedNote as the US ban nears</h1>
<p>More than 700,000 new users joined RedNote in two days, as TikTok users looked for a new home before the ban.</p>
${paragraphs.join('\n')}</article></body></html>`;
}

beforeAll(async () => {
  ({ browser, server: fixtures } = await launchReadyToRead());
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-stale-'));
  writeFileSync(join(dir, 'slow.html'), slowArticle());
  copyFileSync(join(FIXTURES, 'recipe-viral-tiktok.html'), join(dir, 'recipe.html'));
  pages = await serveFixtures(dir);
  // Note (in the background) when a tab sends its article, and from which tab: the reading starts then.
  await browser.serviceWorker.evaluate(() => {
    const seen = globalThis as unknown as { readArticleFrom?: number };
    (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string }, s: { tab?: { id?: number } }) => void): void } } } }).chrome.runtime.onMessage.addListener((message, sender) => {
      if (message?.type === 'read-article') seen.readArticleFrom = sender.tab?.id;
    });
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
  await pages?.close();
});

describe('a reading that finishes after its tab navigated', () => {
  it('is dropped: the next page shows neither its figures nor its badge', async () => {
    const page = await browser.context.newPage();
    await page.goto(pages.url('slow.html'));
    const tabId = await eventually(async () => {
      const id = await browser.serviceWorker.evaluate(() => (globalThis as unknown as { readArticleFrom?: number }).readArticleFrom);
      if (id === undefined) throw new Error('the page has not sent its article yet');
      return id;
    }, 30_000, 20);
    // Leave while the background is still reading the article.
    await page.goto(pages.url('recipe.html'));
    // Longer than the reading's budget: a stale reading would have been written by now.
    await new Promise((done) => setTimeout(done, 5_000));
    const kept = await browser.serviceWorker.evaluate(
      (id) => (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(`tab-reading-${id}`),
      tabId,
    );
    // The recipe's own reading (not about the story) may be kept; the article's must not be.
    const reading = kept[`tab-reading-${tabId}`] as { url: string; reading: { onTopic: boolean; figures: unknown[] } } | undefined;
    expect(reading?.url ?? null, JSON.stringify(reading)?.slice(0, 300)).not.toBe(pages.url('slow.html'));
    expect(reading?.reading.figures ?? []).toEqual([]);
    expect(await badgeOf(browser.serviceWorker, tabId)).toBe('');
    await page.close();
  }, 90_000);
});
