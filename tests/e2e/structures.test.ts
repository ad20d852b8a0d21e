/**
 * The ways real sites build an article page, read by the built extension in Chromium: each
 * structure's fixture page gets its figures marked (the browser's own parser, not linkedom:
 * tables grow a <tbody>, AMP's custom elements stay unknown), and the pages that are not
 * articles get nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchReadyToRead, pageState, type ExtensionBrowser, type FixtureServer } from './harness';

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
  await page.goto(server.url(path));
  return page;
}

describe('each page structure in Chromium', () => {
  it.each([
    ['plain-no-metadata.html', ['More than 700,000', 'about 300 million']],
    ['div-soup-hashed.html', ['More than 700,000', 'about 300 million']],
    ['br-table-portal.html', ['超过70万', '约3亿', '约1.7亿']],
    ['wordpress-plugins.html', ['More than 700,000', 'about 300 million']],
    ['amp-article.html', ['about 170 million', 'more than 700,000']],
    ['live-blog.html', ['more than 700,000', 'roughly 170 million']],
    ['wire-brief.html', ['about 300 million']],
    ['cookie-paywall.html', ['more than 700,000', '$17 billion']],
  ])('%s: its figures are marked', async (path, figures) => {
    const page = await open(path);
    const state = await eventually(async () => {
      const now = await pageState(page);
      if (now.targets.length < figures.length) throw new Error(`only ${now.targets.length} marks`);
      return now;
    });
    const labels = state.targets.map((t) => t.label);
    for (const figure of figures) expect(labels.some((label) => label.startsWith(`${figure}:`))).toBe(true);
    await page.close();
  });

  it.each(['tag-listing.html', 'search-results.html', 'video-caption.html', 'forum-thread.html'])('%s: not an article, nothing marked', async (path) => {
    const page = await open(path);
    await page.waitForTimeout(1_500);
    expect(await pageState(page)).toMatchObject({ hosts: 0, targets: [] });
    await page.close();
  });
});
