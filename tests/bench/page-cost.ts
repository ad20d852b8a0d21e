/**
 * What Crosscheck costs a page, beside the floor: the busy time of the page renderer's main thread
 * (its top-level tasks, summed from the navigation's commit until the load has settled), in paired
 * rounds. Three headless Chromiums load the same page in turn, each in a fresh tab, the order
 * rotating from round to round: one without any extension, one with an extension made here from a
 * copy of Crosscheck's build whose manifest declares an empty content script on every page and an
 * empty background, and nothing else that runs (the floor of any design that puts a script into
 * every page), and Crosscheck's build. All three start the same way (`launchBare`,
 * `launchWithExtension`: a persistent context, the same flags). Each figure is the median of the rounds;
 * the differences are medians of the per-round differences, which cancel most of what a shared,
 * loaded machine does to all three alike.
 *
 * Pages: a generated page that never names the story (most of what a reader browses: Crosscheck
 * puts nothing into it, so its cost there is zero by construction and the figure shows only the
 * noise), and the short fixture article. Also: the extension script contexts (isolated worlds)
 * each build creates in the plain page, counted over the DevTools protocol.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/harness';
import { ensureChromeBuild } from './build';
import {
  ensureChromium,
  launchBare,
  launchReady,
  loadNote,
  machineLoadRow,
  pageTasks,
  recordExtensionContexts,
  servePages,
  traceWhile,
  within,
} from './chromium';
import { round, summarize } from './measure';
import type { BenchRow } from './types';

const SECTION = 'page-cost';
const PLAIN = 'bench-plain.html';
const PAGES = [
  { label: 'plain page, story never named', file: PLAIN },
  { label: 'short article (wire-local-news.html)', file: 'wire-local-news.html' },
];
const WARMUP = 1;
const ROUNDS = 9;
const CONTEXT_LOADS = 3;
/** After the load: the reader's reading (a round trip to the background) and marking fit well within it. */
const SETTLE_MS = 2_000;

/** A page with ordinary prose and no word of the story: most of what a reader browses. */
export function plainPageHtml(): string {
  const prose = [
    'Tomatoes want six to eight hours of sun, steady water and a stake before the plants get heavy.',
    'Mulch keeps the soil cool in July and saves a watering or two in a dry week.',
    'Pinch the side shoots of vine varieties so the plant puts its strength into the fruit.',
    'Harvest when the colour is even; they finish ripening on the counter away from the light.',
  ];
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>${prose[i % prose.length]} ${prose[(i + 1) % prose.length]}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Growing tomatoes on a balcony | Garden Notes</title>
<meta name="description" content="Sun, water and patience: a season of balcony tomatoes."></head>
<body><header><nav><a href="/">Home</a> <a href="/veg">Vegetables</a> <a href="/herbs">Herbs</a></nav></header>
<main><h1>Growing tomatoes on a balcony</h1>${paragraphs}</main><footer>Garden Notes, since 2009</footer></body></html>`;
}

/**
 * A copy of the build whose manifest declares an empty content script on every http(s) page and
 * an empty background: Crosscheck's permissions and pages, nothing of its own that runs.
 */
function emptyContentScriptBuild(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'crosscheck-bench-empty-cs-'));
  process.once('exit', () => rmSync(copy, { recursive: true, force: true }));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'empty-content-script.js'), '');
  writeFileSync(join(copy, 'empty-background.js'), '');
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.content_scripts = [{ matches: ['http://*/*', 'https://*/*'], js: ['empty-content-script.js'], run_at: 'document_idle' }];
  manifest.background = { service_worker: 'empty-background.js' };
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}

/** One traced load in a fresh tab: the renderer main thread's busy time. */
async function busyLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events = await traceWhile(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForTimeout(SETTLE_MS);
    });
    await cdp.detach();
    return pageTasks(events, url).busy;
  } finally {
    await page.close();
  }
}

/** How many script contexts the extension creates in one load of `url`. */
async function contextsIn(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const created = await recordExtensionContexts(cdp, `chrome-extension://${browser.extensionId}`);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    return created();
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => summarize(values).median;
const signed = (ms: number) => `${ms >= 0 ? '+' : '−'}${round(Math.abs(ms))}`;

export async function run(): Promise<BenchRow[]> {
  const { dir } = await ensureChromeBuild();
  ensureChromium();
  const before = loadNote();
  const server = await servePages({ [PLAIN]: plainPageHtml() });
  const emptyDir = emptyContentScriptBuild(dir);
  const none = await launchBare();
  const rows: BenchRow[] = [];
  try {
    const empty = await launchWithExtension(emptyDir);
    const crosscheck = await launchReady(dir);
    try {
      const contexts = { none: none.context, empty: empty.context, crosscheck: crosscheck.context };
      const kinds = ['none', 'empty', 'crosscheck'] as const;
      for (const page of PAGES) {
        const url = server.url(page.file);
        const busy: Record<(typeof kinds)[number], number[]> = { none: [], empty: [], crosscheck: [] };
        for (let round_ = 0; round_ < WARMUP + ROUNDS; round_++) {
          const order = kinds.map((_, i) => kinds[(i + round_) % kinds.length]!);
          const results: Partial<Record<(typeof kinds)[number], number>> = {};
          for (const kind of order) results[kind] = await within(busyLoad(contexts[kind], url), 120_000, `loading ${page.file} (${kind})`);
          if (round_ < WARMUP) continue;
          for (const kind of kinds) busy[kind].push(results[kind]!);
        }
        const diff = (kind: 'empty' | 'crosscheck', base: 'none' | 'empty') => median(busy[kind].map((ms, i) => ms - busy[base][i]!));
        const ratio = (kind: 'empty' | 'crosscheck') => median(busy[kind]) / median(busy.none);
        const spread = (kind: (typeof kinds)[number]) => `p95 ${round(summarize(busy[kind]).p95)}, min ${round(summarize(busy[kind]).min)}`;
        rows.push(
          {
            section: SECTION,
            name: `${page.label}: renderer busy time, no extension`,
            value: median(busy.none),
            unit: 'ms',
            note: `the floor; median of ${ROUNDS} paired rounds (${spread('none')})`,
          },
          {
            section: SECTION,
            name: `${page.label}: renderer busy time, empty content script`,
            value: median(busy.empty),
            unit: 'ms',
            note: `the floor of a script on every page: ${signed(diff('empty', 'none'))} ms over no extension (median of paired differences), ×${ratio('empty').toFixed(2)} (${spread('empty')})`,
          },
          {
            section: SECTION,
            name: `${page.label}: renderer busy time, Crosscheck`,
            value: median(busy.crosscheck),
            unit: 'ms',
            note:
              `${signed(diff('crosscheck', 'none'))} ms over no extension, ×${ratio('crosscheck').toFixed(2)}; ` +
              `${signed(diff('crosscheck', 'empty'))} ms against the empty content script (medians of paired differences; ${spread('crosscheck')})`,
          },
        );
      }
      const plainUrl = server.url(PLAIN);
      const counts = { crosscheck: [] as number[], empty: [] as number[] };
      for (let i = 0; i < CONTEXT_LOADS; i++) {
        counts.crosscheck.push(await within(contextsIn(crosscheck, plainUrl), 60_000, 'counting contexts (Crosscheck)'));
        counts.empty.push(await within(contextsIn(empty, plainUrl), 60_000, 'counting contexts (empty content script)'));
      }
      const most = Math.max(...counts.crosscheck);
      rows.push({
        section: SECTION,
        name: 'plain page: extension script contexts Crosscheck creates',
        value: most,
        unit: 'contexts',
        target: '0',
        ok: most === 0,
        note: `most in one of ${CONTEXT_LOADS} loads, counted over the DevTools protocol; the empty content script's build: ${counts.empty.join(', ')}`,
      });
    } finally {
      await Promise.all([empty.close(), crosscheck.close()]);
    }
  } finally {
    await none.close();
    await server.close();
  }
  rows.push(machineLoadRow(SECTION, before));
  return rows;
}
