/**
 * `npm run demo`: Crosscheck on sample articles, in a real Chromium.
 *
 * Serves the sample pages from 127.0.0.1 (articles about the story from differently built
 * sites, and an off-topic one), starts Chromium with the built extension, opens an article with
 * its figures marked and a hover card open, and the side panel for that tab. With a display it
 * leaves the windows open for you to explore (Ctrl+C to quit); without one it runs headless,
 * saves screenshots to a folder it names, and prints what Crosscheck found on each page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, pageState, ROOT, serveFixtures, tabIdFor, type ExtensionBrowser } from '../tests/e2e/harness';
import type { ArticleReading } from '../utils/schema';

/** The sample pages: six on-topic articles built like different sites, and one off-topic. */
const PAGES = [
  { path: 'wire-local-news.html', kind: 'a wire story republished by a local news site (JSON-LD, key takeaways)' },
  { path: 'magazine-explainer.html', kind: 'a magazine explainer (<article> with microdata)' },
  { path: 'div-soup-finance.html', kind: 'a finance portal built of nested <div>s' },
  { path: 'trade-entertainment.html', kind: 'an entertainment trade story with captions' },
  { path: 'scmp-graph.html', kind: 'a Hong Kong daily (JSON-LD @graph)' },
  { path: 'chinese-xiaohongshu.html', kind: 'a Chinese-language article (70万, 3亿)' },
  { path: 'recipe-viral-tiktok.html', kind: 'off topic: a recipe that went viral on TikTok' },
] as const;

const headless = !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.env.CI === 'true' || process.argv.includes('--headless');

function say(line = '') {
  process.stdout.write(`${line}\n`);
}

async function waitForMarks(page: Page, timeout = 10_000): Promise<number> {
  const deadline = Date.now() + timeout;
  let count = 0;
  while (Date.now() < deadline) {
    count = (await pageState(page)).targets.length;
    if (count > 0) {
      // Settle: late re-reads can add marks.
      await page.waitForTimeout(300);
      return (await pageState(page)).targets.length;
    }
    await page.waitForTimeout(150);
  }
  return count;
}

async function openCard(page: Page, label: string): Promise<boolean> {
  const point = await page.evaluate((label) => {
    const targets = document.querySelector('crosscheck-ui')?.shadowRoot?.querySelectorAll<HTMLElement>('.cc-target') ?? [];
    const target = [...targets].find((t) => t.getAttribute('aria-label')?.startsWith(label)) ?? targets[0];
    if (!target) return null;
    target.scrollIntoView({ block: 'center' });
    window.scrollBy(0, -120); // leave room above the mark for the page's headline
    const rect = target.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, label);
  if (!point) return false;
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  for (let i = 0; i < 30 && !(await pageState(page)).cardOpen; i++) await page.waitForTimeout(100);
  return (await pageState(page)).cardOpen;
}

async function readingOf(browser: ExtensionBrowser, url: string): Promise<ArticleReading | null> {
  const all = await browser.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, { url: string; reading: unknown }>> } } } }).chrome.storage.session.get(null),
  );
  const found = Object.values(all).find((entry) => entry.url === url);
  return (found?.reading as ArticleReading | undefined) ?? null;
}

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const out = join(ROOT, 'demo-output', stamp);
  if (headless) mkdirSync(out, { recursive: true });
  const server = await serveFixtures();
  const browser = await launchWithExtension(undefined, { headless });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    if (!headless) return;
    const file = join(out, name);
    await page.screenshot({ path: file });
    shots.push(relative(process.cwd(), file));
  };

  say(`Crosscheck demo: sample pages served at ${server.origin}, Chromium ${headless ? 'headless' : 'in a window'}.`);
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByTestId('dataset-summary').waitFor({ timeout: 20_000 });
  const version = await options.getByTestId('dataset-version').innerText();
  const counts = await options.getByTestId('dataset-counts').innerText();
  say(`Dataset ${version} cached in the extension's IndexedDB: ${counts.replace(/\n/g, ', ')}.`);
  await shoot(options, '04-options.png');

  const summary: Record<string, unknown>[] = [];
  say();
  for (const { path, kind } of PAGES) {
    const page = await browser.context.newPage();
    const url = server.url(path);
    await page.goto(url);
    const marks = await waitForMarks(page, path.startsWith('recipe') ? 2_500 : 10_000);
    const reading = await readingOf(browser, url);
    const linked = reading?.figures.filter((f) => f.metric) ?? [];
    const events = reading?.dates.filter((d) => d.event) ?? [];
    say(`${path} — ${kind}`);
    if (!reading) say('  its title and address do not name the story: nothing of Crosscheck runs in it');
    else if (!reading.onTopic) say('  not an article about the story: nothing marked');
    else {
      say(`  "${reading.title}" (${reading.outlet ?? 'outlet unknown'}, ${reading.publishedAt ?? 'date unknown'}): ${marks} figures marked`);
      for (const figure of linked) say(`    ${figure.text.padEnd(22)} → ${figure.metric}`);
      if (events.length) say(`  dates linked to the timeline: ${events.map((d) => `${d.text} (${d.date}) → ${d.event}`).join('; ')}`);
    }
    summary.push({ page: path, onTopic: reading?.onTopic ?? false, marks, figures: linked.map((f) => ({ text: f.text, metric: f.metric })), events: events.map((d) => ({ text: d.text, date: d.date, event: d.event })) });
    if (path !== PAGES[0].path) await page.close();
  }

  // The showcase: the first article with its marks, a hover card, and its panel.
  const [article] = browser.context.pages().filter((p) => p.url().endsWith(PAGES[0].path));
  await article!.bringToFront();
  await article!.evaluate(() => window.scrollTo(0, 0));
  await shoot(article!, '01-article-marks.png');
  const opened = await openCard(article!, 'more than 700,000');
  await shoot(article!, '02-hover-card.png');
  const tabId = await tabIdFor(browser.serviceWorker, server.url(PAGES[0].path));
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  await panel.waitForLoadState('load');
  await panel.waitForTimeout(1_500);
  await shoot(panel, '03-panel.png');

  say();
  say(`Hover card on "${PAGES[0].path}": ${opened ? 'open' : 'did not open'}; side panel for tab ${tabId}: ${browser.extensionUrl(`sidepanel.html?tab=${tabId}`)}`);
  if (headless) {
    writeFileSync(join(out, 'found.json'), `${JSON.stringify(summary, null, 2)}\n`);
    say(`Screenshots and found.json saved in ${relative(process.cwd(), out)}/:`);
    for (const shot of shots) say(`  ${shot}`);
    await browser.close();
    await server.close();
    return;
  }
  await article!.bringToFront();
  await openCard(article!, 'more than 700,000');
  say('The browser stays open: hover the marked numbers, open the panel from the toolbar button. Ctrl+C to quit.');
  await new Promise<void>((resolve) => {
    process.on('SIGINT', resolve);
    browser.context.on('close', () => resolve());
  });
  await browser.close().catch(() => {});
  await server.close();
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
