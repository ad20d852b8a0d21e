/**
 * What the reader costs the page it runs in: the built extension in headless Chromium, each page
 * loaded in a fresh tab while a Chrome trace records (devtools.timeline plus the V8 sampling
 * profiler, see `scriptCost`). The reader's time is the main-thread time of the extension's
 * scripts in the page (`reader.js`, which the background injects into a page whose title or
 * address names the story, and `card.js`, which follows on first use): compiling and running
 * their top level, and every profiler sample with one of their frames on the stack (promise
 * continuations run as microtasks that carry no URL, so events alone would miss them). The
 * longest task is the longest top-level main-thread task holding any of that time, whoever else
 * worked in it. A page that never names the story gets no script at all: `page-cost.ts` measures
 * that against the floor.
 *
 * Pages: one that names the story without being an article (the docs fixture, "TikTok
 * connector"), the short wire story, a generated 100,000-word on-topic article (prose without
 * numbers), and one of the same size dense with figures (`denseArticleHtml`: hundreds linked and
 * marked). The first load of each page is a warm-up (V8 compiles the script and caches its code);
 * its figure is in the note. With and without the profiler, the script's EvaluateScript took the
 * same time within this machine's noise, so the sampling does not visibly inflate the figures.
 *
 * Context rows: on the 100,000-word page, the page's own longest main-thread task in the trace
 * with and without the extension, and the long tasks the page itself observes
 * (PerformanceObserver 'longtask', buffered, untraced): the trace rows are the ones to trust. And a
 * diagnostic: the reader's outline of the page timed inside the page (unminified bundle, page
 * world, no extension), and its size as a message.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { inContentWorld } from '../e2e/harness';
import { hugeArticleHtml } from '../unit/dom';
import { ensureChromeBuild } from './build';
import {
  ensureChromium,
  launchPlain,
  launchReady,
  loadNote,
  longTasksOf,
  machineLoadRow,
  pageTasks,
  RECORD_LONG_TASKS,
  scriptCost,
  servePages,
  traceWhile,
  within,
  type LongTasks,
  type PageTasks,
  type ScriptCost,
} from './chromium';
import { round, summarize } from './measure';
import { denseArticleHtml } from './pipeline';
import { bundlePageCode } from './page-code';
import type { BenchRow } from './types';

const SECTION = 'content-script-cost';
/** Everything of the extension that runs in a page: the reader and, on first use, the card. */
const SCRIPT = '';
/** Targets (issue 13): the reader's whole main-thread time on the short article, and the longest task holding any of its work. */
const SHORT_ARTICLE_TARGET_MS = 20;
const LONG_TASK_MS = 50;
const HUGE = 'bench-huge-100k.html';
const DENSE = 'bench-dense-100k.html';

interface PageCase {
  label: string;
  file: string;
  /** Whether the reader marks it (its shadow-root host appears). */
  onTopic: boolean;
  /** The target on the reader's whole time there, if any. */
  totalTargetMs?: number;
  runs: number;
}

const PAGES: PageCase[] = [
  { label: 'names the story, not an article (docs-api.html)', file: 'docs-api.html', onTopic: false, runs: 5 },
  { label: 'short article (wire-local-news.html)', file: 'wire-local-news.html', onTopic: true, totalTargetMs: SHORT_ARTICLE_TARGET_MS, runs: 5 },
  { label: '100,000-word article', file: HUGE, onTopic: true, runs: 3 },
  { label: '100,000-word article dense with figures', file: DENSE, onTopic: true, runs: 3 },
];
const WARMUP = 1;
const LONG_TASK_RUNS = 3;
const PHASE_RUNS = 3;
/** After the content script's visible result (or the load, off topic): trailing work settles. */
const SETTLE_MS = 1_000;
const OFF_TOPIC_SETTLE_MS = 1_500;

/** Waits until the content script is done with the page: its host element, then quiet. */
async function settle(page: Page, onTopic: boolean): Promise<void> {
  if (onTopic) {
    await page.waitForFunction(() => document.querySelector('crosscheck-ui') !== null, undefined, { timeout: 120_000, polling: 50 });
    await page.waitForTimeout(SETTLE_MS);
  } else {
    await page.waitForTimeout(OFF_TOPIC_SETTLE_MS);
  }
}

/** An untraced load in a fresh tab: the long tasks the page itself observed. */
async function observedLoad(context: BrowserContext, url: string, onTopic: boolean): Promise<LongTasks> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await settle(page, onTopic);
    return await longTasksOf(page);
  } finally {
    await page.close();
  }
}

/** One load in a fresh tab, traced; the content script's cost (when `scriptUrl`) and the page's tasks. */
async function tracedLoad(
  context: BrowserContext,
  url: string,
  onTopic: boolean,
  scriptUrl: string | null,
): Promise<{ cost: ScriptCost | null; tasks: PageTasks; marks: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events = await traceWhile(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await settle(page, onTopic && scriptUrl !== null);
    });
    await cdp.detach();
    // The card's shadow root is closed: its handle is in the content script's world.
    const marks = await inContentWorld<number>(page, `document.querySelector('crosscheck-ui')?.crosscheckRoot?.querySelectorAll('.cc-target').length ?? 0`).catch(() => 0);
    return { cost: scriptUrl ? scriptCost(events, scriptUrl) : null, tasks: pageTasks(events, url), marks };
  } finally {
    await page.close();
  }
}

interface PageResult {
  page: PageCase;
  costs: ScriptCost[];
  cold: ScriptCost;
}

const median = (values: number[]) => summarize(values).median;

/**
 * A task counts as one the reader worked in from this much of its time on: below it, the overlap
 * is the sampler's (a sample stands for the whole gap since the previous one, up to a few ms on
 * this loaded machine), and the task is the page's own (a 50 ms parse or garbage collection).
 */
const WORKED_MS = 1;
const longestWorkedTask = (cost: ScriptCost) => cost.tasks.filter((task) => task.script >= WORKED_MS).reduce((max, task) => Math.max(max, task.duration), 0);

/**
 * Page-world: the reader's part of reading, its outline of the page (`outlinePage`), timed on a
 * freshly loaded page with the unminified bundle (`page-code.ts`), then again warm; and the
 * outline's size as JSON (what the message carries). The rest of the reading is the background's.
 * A string: tsx's helpers are not in the page.
 */
const PHASES = `(() => {
  const B = window.__crosscheckBench;
  const time = (task) => { const start = performance.now(); const result = task(); return [performance.now() - start, result]; };
  const [cold, result] = time(() => B.outlinePage(document));
  const [warm] = time(() => B.outlinePage(document));
  return { cold, warm, nodes: result.nodes.length, characters: JSON.stringify(result.outline).length };
})()`;

interface Phases {
  cold: number;
  /** The same again, everything warm: the floor of the same work. */
  warm: number;
  nodes: number;
  /** Length of the message's outline as JSON. */
  characters: number;
}

async function phasesOnce(context: BrowserContext, url: string, code: string): Promise<Phases> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ content: code });
    return (await page.evaluate(PHASES)) as Phases;
  } finally {
    await page.close();
  }
}
const describeLongTasks = (samples: LongTasks[]) =>
  `median of ${samples.length} loads: ${median(samples.map((s) => s.count))} long task(s), ${round(median(samples.map((s) => s.total)))} ms in all; longest per load ${samples.map((s) => round(s.longest)).join(', ')} ms`;

export async function run(): Promise<BenchRow[]> {
  const { dir } = await ensureChromeBuild();
  ensureChromium();
  const load0 = loadNote();
  const server = await servePages({ [HUGE]: hugeArticleHtml(100_000), [DENSE]: denseArticleHtml(100_000) });
  const results: PageResult[] = [];
  // The 100,000-word page for context: its own tasks in the trace, and what its long-task observer sees.
  const phases = new Map<string, Phases[]>();
  const markCounts = new Map<string, number>();
  const context = { traced: { with: [] as PageTasks[], without: [] as PageTasks[] }, observed: { with: [] as LongTasks[], without: [] as LongTasks[] } };
  const hugeUrl = server.url(HUGE);
  try {
    const browser = await launchReady(dir);
    try {
      const scriptUrl = `chrome-extension://${browser.extensionId}/${SCRIPT}`;
      for (const page of PAGES) {
        const url = server.url(page.file);
        let cold: ScriptCost | undefined;
        const costs: ScriptCost[] = [];
        for (let run = 0; run < WARMUP + page.runs; run++) {
          const { cost, tasks, marks } = await within(tracedLoad(browser.context, url, page.onTopic, scriptUrl), 240_000, `the traced load of ${page.file}`);
          markCounts.set(page.file, marks);
          if (run < WARMUP) cold ??= cost!;
          else costs.push(cost!);
          if (run >= WARMUP && page.file === HUGE) context.traced.with.push(tasks);
        }
        results.push({ page, costs, cold: cold! });
      }
      await browser.context.addInitScript(RECORD_LONG_TASKS);
      for (let run = 0; run < LONG_TASK_RUNS; run++) {
        context.observed.with.push(await within(observedLoad(browser.context, hugeUrl, true), 240_000, `loading ${HUGE}`));
      }
    } finally {
      await browser.close();
    }
    const plain = await launchPlain();
    try {
      const browser = await plain.browser.newContext({ viewport: { width: 1280, height: 800 } });
      for (let run = 0; run < WARMUP + LONG_TASK_RUNS; run++) {
        const { tasks } = await within(tracedLoad(browser, hugeUrl, false, null), 240_000, `the traced load of ${HUGE} without the extension`);
        if (run >= WARMUP) context.traced.without.push(tasks);
      }
      const code = await bundlePageCode();
      for (const page of PAGES.filter((p) => p.file !== DENSE)) {
        const samples: Phases[] = [];
        for (let run = 0; run < WARMUP + PHASE_RUNS; run++) {
          const result = await within(phasesOnce(browser, server.url(page.file), code), 240_000, `timing the outline of ${page.file}`);
          if (run >= WARMUP) samples.push(result);
        }
        phases.set(page.file, samples);
      }
      await browser.addInitScript(RECORD_LONG_TASKS);
      for (let run = 0; run < LONG_TASK_RUNS; run++) {
        context.observed.without.push(await within(observedLoad(browser, hugeUrl, false), 240_000, `loading ${HUGE} without the extension`));
      }
    } finally {
      await plain.close();
    }
  } finally {
    await server.close();
  }

  const rows: BenchRow[] = [];
  for (const { page, costs, cold } of results) {
    const total = summarize(costs.map((cost) => cost.total));
    const evaluate = median(costs.map((cost) => cost.evaluate));
    const longest = summarize(costs.map(longestWorkedTask));
    const tasks = median(costs.map((cost) => cost.tasks.length));
    rows.push({
      section: SECTION,
      name: `${page.label}: reader main-thread time`,
      value: total.median,
      unit: 'ms',
      ...(page.totalTargetMs !== undefined ? { target: `≤ ${page.totalTargetMs} ms`, ok: total.median <= page.totalTargetMs } : {}),
      note:
        `${page.onTopic ? `${markCounts.get(page.file)} marks; ` : ''}median of ${total.runs} traced loads (p95 ${round(total.p95)}); of which compile + top level ${round(evaluate)} ms; ` +
        `spread over ${tasks} task(s); first load ${round(cold.total)} ms; sampled every ${round(costs[0]!.sampleInterval)} ms`,
    });
    const ownLongest = summarize(costs.map((cost) => cost.tasks.reduce((max, task) => Math.max(max, task.script), 0)));
    rows.push({
      section: SECTION,
      name: `${page.label}: longest reader work in one task`,
      value: ownLongest.max,
      unit: 'ms',
      note: `the reader's own main-thread time within one top-level task, worst of ${ownLongest.runs} loads (median ${round(ownLongest.median)})`,
    });
    // The target is on the whole task: the page's own work in a task that also runs ours (a
    // layout our reading forces, a message's microtasks) blocks the page just the same.
    rows.push({
      section: SECTION,
      name: `${page.label}: longest task with reader work`,
      value: longest.max,
      unit: 'ms',
      target: `≤ ${LONG_TASK_MS} ms`,
      ok: longest.max <= LONG_TASK_MS,
      note:
        `the whole top-level task (the page's own work in it included: a garbage collection, a layout) of every task with at least ${WORKED_MS} ms of the reader's; ` +
        `worst of ${longest.runs} loads (median ${round(longest.median)}); first load ${round(longestWorkedTask(cold))} ms; with any trace of the reader's work, ${round(Math.max(...costs.map((c) => c.longestTask)))} ms`,
    });
  }
  for (const [label, samples] of [
    ['with the extension', context.traced.with],
    ['without the extension', context.traced.without],
  ] as const) {
    rows.push({
      section: SECTION,
      name: `100,000-word article: longest main-thread task (trace), ${label}`,
      value: median(samples.map((s) => s.longest)),
      unit: 'ms',
      note: `context; median of ${samples.length} traced loads; ${median(samples.map((s) => s.long))} task(s) over 50 ms, blocking ${round(median(samples.map((s) => s.blocking)))} ms`,
    });
  }
  for (const [label, samples] of [
    ['with the extension', context.observed.with],
    ['without the extension', context.observed.without],
  ] as const) {
    rows.push({
      section: SECTION,
      name: `100,000-word article: longest task the page observes, ${label}`,
      value: median(samples.map((s) => s.longest)),
      unit: 'ms',
      note: `context, untraced; PerformanceObserver 'longtask' (buffered); ${describeLongTasks(samples)}`,
    });
  }
  for (const page of PAGES) {
    const samples = phases.get(page.file);
    if (!samples) continue;
    const first = samples[0]!;
    rows.push({
      section: SECTION,
      name: `${page.label}: the page's outline, written in the page (unminified, no extension)`,
      value: median(samples.map((s) => s.cold)),
      unit: 'ms',
      note:
        `diagnostic, median of ${samples.length} fresh loads; again, warm: ${round(median(samples.map((s) => s.warm)))} ms; ` +
        `${first.nodes.toLocaleString('en-US')} nodes, message ${Math.round(first.characters / 1000)} k characters`,
    });
  }
  rows.push(machineLoadRow(SECTION, load0));
  return rows;
}
