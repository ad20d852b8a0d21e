/**
 * `npm run demo`: Crosscheck on sample articles, in a real Chromium.
 *
 * Serves the sample pages from 127.0.0.1 (articles about the story from differently built
 * sites, and an off-topic one), starts Chromium with the built extension, opens an article with
 * its figures marked and the hover card of the quantity with the most figures open, and the side
 * panel for that tab. With a display it leaves the windows open for you to explore (Ctrl+C to
 * quit); without one it runs headless, saves screenshots (the card and the panel at their real
 * sizes, light and dark) to a folder it names, and prints what Crosscheck found on each page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { inUi, launchWithExtension, pageState, ROOT, serveFixtures, tabIdFor, type ExtensionBrowser } from '../tests/e2e/harness';
import type { ArticleReading } from '../utils/schema';
import bundled from '../assets/dataset.json';

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
  const point = await inUi(page, (root, label) => {
    const targets = root?.querySelectorAll<HTMLElement>('.cc-target') ?? [];
    // The body's statement of it (the marks are in reading order: the headline's comes first).
    const matching = [...targets].filter((t) => t.getAttribute('aria-label')?.includes(label));
    const target = matching[1] ?? matching[0] ?? targets[0];
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

/** The metric with the most figures in the bundled dataset, and how the first article writes it. */
function biggestMetric(): { metricId: string; markText: string } {
  const counts = new Map<string, number>();
  for (const figure of bundled.figures) counts.set(figure.metricId, (counts.get(figure.metricId) ?? 0) + 1);
  const metricId = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const label = bundled.metrics.find((m) => m.id === metricId)!.label;
  // A mark's name is "<its text>: <metric label>, <N other statements>": match it by the label.
  return { metricId, markText: label };
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
  // The card of the quantity the dataset has the most figures for, at its real size (420 × 480 px
  // at most), light and dark.
  const biggest = biggestMetric();
  const opened = await openCard(article!, biggest.markText);
  await shoot(article!, '02-hover-card.png');
  // The card lives in a closed shadow root (pages cannot reach it, nor can a locator): its box is
  // read through the extension's handle, and the page is shot clipped to it.
  const shootCard = async (name: string) => {
    const clip = await inUi(article!, (root) => {
      const box = root?.querySelector('.cc-card')?.getBoundingClientRect();
      return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
    });
    if (!headless || !opened || !clip) return;
    await article!.screenshot({ path: join(out, name), clip });
    shots.push(relative(process.cwd(), join(out, name)));
  };
  await shootCard('02-card-light.png');
  await article!.emulateMedia({ colorScheme: 'dark' });
  await article!.waitForTimeout(200);
  await shootCard('02-card-dark.png');
  await article!.emulateMedia({ colorScheme: null });
  const tabId = await tabIdFor(browser.serviceWorker, server.url(PAGES[0].path));
  const panel = await browser.context.newPage();
  // Chrome's side panel is about 360 px wide.
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  await panel.waitForLoadState('load');
  await panel.waitForTimeout(1_500);
  await shoot(panel, '03-panel.png');
  const section = panel.locator(`#metric-${biggest.metricId}`);
  if (await section.count()) {
    await section.locator('[data-testid=card-group] summary').first().click();
    // Its heading at the top, under the panel's sticky header (scroll-margin-top keeps it clear).
    await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shoot(panel, '03-panel-metric-light.png');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.waitForTimeout(200);
    await shoot(panel, '03-panel-metric-dark.png');
    await panel.emulateMedia({ colorScheme: null });
  }

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
  await openCard(article!, biggest.markText);
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
