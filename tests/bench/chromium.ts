/**
 * What the in-browser sections share: Chromium installed, pages served from a temporary folder
 * on 127.0.0.1 (the fixture pages plus generated ones, never written into the repository), a
 * Chromium without the extension for "without" figures, the machine's load average for the
 * notes, and a Chrome trace of one page load with the main-thread time a script's code took.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumFlags, CHROMIUM, countCachedRows, eventually, FIXTURES, launchWithExtension, serveFixtures, startRefusingProxy, type ExtensionBrowser, type FixtureServer } from '../e2e/harness';
import { ROOT } from './build';
import type { BenchRow } from './types';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  // The project's own installer (apt-get on Debian), as `npm test` uses; its output goes to stderr.
  const result = spawnSync('node', [join(ROOT, 'scripts/ensure-browsers.mjs'), 'chromium'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`Chromium is not installed at ${CHROMIUM} and could not be installed`);
}

/** The 1, 5 and 15 minute load averages, as "2.1/2.8/2.5". */
export function loadNote(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join('/');
}

/**
 * A row with the machine's load while a section measured (other tests may share the 2 cores):
 * the 1-minute load average at the end, both readings in the note.
 */
export function machineLoadRow(section: string, before: string): BenchRow {
  return {
    section,
    name: 'machine load while measuring',
    value: loadavg()[0]!,
    unit: 'load',
    note: `1/5/15-minute load average on ${availableParallelism()} cores: ${before} before, ${loadNote()} after`,
  };
}

/** The fixture pages and `generated` (file name → HTML) served from a temporary copy. */
export async function servePages(generated: Record<string, string>): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-pages-'));
  cpSync(FIXTURES, dir, { recursive: true });
  for (const [name, html] of Object.entries(generated)) writeFileSync(join(dir, name), html);
  const server = await serveFixtures(dir);
  return {
    ...server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium with the same flags as `launchWithExtension`, without the extension. */
export async function launchPlain(): Promise<{ browser: Browser; close(): Promise<void> }> {
  ensureChromium();
  const proxy = await startRefusingProxy();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', ...chromiumFlags(proxy.port)],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

/**
 * Chromium exactly as `launchWithExtension` starts it (a persistent context, the same flags and
 * viewport), with no extension: the "without" side of paired comparisons.
 */
export async function launchBare(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  ensureChromium();
  const proxy = await startRefusingProxy();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless=new', ...chromiumFlags(proxy.port)],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await proxy.close();
    },
  };
}

/**
 * Chromium with the build in `dir`, once the background has cached the bundled dataset: before
 * that no story is known, and no page gets the reader.
 */
export async function launchReady(dir: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension(dir);
  try {
    await eventually(async () => {
      if (!(await countCachedRows(browser.serviceWorker)).figures) throw new Error('the bundled dataset is not cached yet');
    }, 60_000);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * Records the script contexts an extension creates in a page (over the DevTools protocol, from
 * before the page's first navigation): its isolated worlds, whose origin is the extension's.
 */
export async function recordExtensionContexts(cdp: CDPSession, extensionOrigin: string): Promise<() => number> {
  let created = 0;
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: { origin: string } }) => {
    if (context.origin.startsWith(extensionOrigin)) created++;
  });
  await cdp.send('Runtime.enable');
  return () => created;
}

/** `promise`, or an error naming `what` after `ms`: a stuck browser must not stall the bench. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Page-world code that records the page's long tasks (PerformanceObserver 'longtask', buffered)
 * from the start of the document into `window.__benchLongTasks`. A string, for addInitScript.
 */
export const RECORD_LONG_TASKS = `
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export interface LongTasks {
  count: number;
  /** Milliseconds. */
  longest: number;
  total: number;
}

export async function longTasksOf(page: Page): Promise<LongTasks> {
  const tasks = (await page.evaluate('window.__benchLongTasks ?? []')) as { start: number; duration: number }[];
  return {
    count: tasks.length,
    longest: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    total: tasks.reduce((sum, task) => sum + task.duration, 0),
  };
}

// ---- tracing -------------------------------------------------------------------------------

/**
 * Main-thread tasks and script events (devtools.timeline) and the V8 sampling profiler at its
 * fine interval (about 0.1-0.2 ms), whose samples carry the JS stack with script URLs: the only
 * way to see a content script's promise continuations, which run as microtasks with no URL.
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> & { url?: string; cpuProfile?: CpuProfileChunk; timeDeltas?: number[]; startTime?: number } };
}

interface CpuProfileChunk {
  nodes?: { id: number; parent?: number; callFrame: { url?: string; functionName?: string } }[];
  samples?: number[];
}

/** Traces whatever `action` makes the browser do; returns every event of every process. */
export async function traceWhile(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (event: { value: object[] }) => {
    for (const item of event.value) events.push(item as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await within(complete, 60_000, 'collecting the trace');
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

export interface ScriptCost {
  /** Main-thread milliseconds running the script's code (union of its events and samples). */
  total: number;
  /** Of which compiling and running the script's top level (EvaluateScript). */
  evaluate: number;
  /** Top-level main-thread tasks that include some of the script's work. */
  tasks: { start: number; duration: number; script: number }[];
  /** The longest of those tasks, in ms (0 when there is none). */
  longestTask: number;
  /** Sampling interval seen, in ms (median; the longest gaps are much longer on a busy machine). */
  sampleInterval: number;
}

type Interval = [start: number, end: number];

function union(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const length = (intervals: Interval[]) => intervals.reduce((sum, [a, b]) => sum + (b - a), 0);

function overlap(intervals: Interval[], [start, end]: Interval): number {
  let total = 0;
  for (const [a, b] of intervals) {
    if (a >= end) break;
    if (b > start) total += Math.min(b, end) - Math.max(a, start);
  }
  return total;
}

/**
 * The main-thread time of the script whose URL contains `scriptUrl`, in the process and thread
 * where it ran: the union of (a) trace events naming the script (EvaluateScript with its
 * compile, FunctionCall) and (b) every profiler sample whose stack holds a frame of the script,
 * counted for the interval since the previous sample (at most 1 ms). DOM, style and layout work
 * the script calls synchronously is inside (b): the sample's JS stack is the script's. Rendering
 * done later in a frame of the page's own (painting the highlights) is not counted. A busy
 * machine starves the sampler (gaps of several ms between samples), so a sample stands for the
 * whole gap since the previous one, clipped to the top-level task it falls in.
 */
export function scriptCost(events: readonly TraceEvent[], scriptUrl: string): ScriptCost {
  const named = events.filter((e) => e.ph === 'X' && typeof e.args?.data?.url === 'string' && e.args.data.url.includes(scriptUrl));
  const first = named.find((e) => e.name === 'EvaluateScript') ?? named[0];
  if (!first) throw new Error(`the trace holds no event of ${scriptUrl}: the script did not run`);
  const { pid, tid } = first;
  const onThread = (e: TraceEvent) => e.pid === pid && e.tid === tid;

  const intervals: Interval[] = named.filter(onThread).map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  const evaluate = length(union(named.filter((e) => onThread(e) && e.name === 'EvaluateScript').map((e) => [e.ts, e.ts + (e.dur ?? 0)])));

  // The sampling profiler of that thread: nodes and samples arrive in chunks.
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && onThread(e)).map((e) => e.id));
  const nodes = new Map<number, { parent?: number; url: string }>();
  const samples: number[] = [];
  const deltas: number[] = [];
  let startTime = Number.NaN;
  for (const e of events) {
    if (e.name === 'Profile' && profileIds.has(e.id)) startTime = e.args?.data?.startTime ?? startTime;
    if (e.name !== 'ProfileChunk' || !profileIds.has(e.id)) continue;
    const chunk = e.args?.data;
    for (const node of chunk?.cpuProfile?.nodes ?? []) nodes.set(node.id, { parent: node.parent, url: node.callFrame.url ?? '' });
    samples.push(...(chunk?.cpuProfile?.samples ?? []));
    deltas.push(...(chunk?.timeDeltas ?? []));
  }
  const inScript = new Map<number, boolean>();
  const holdsScript = (id: number): boolean => {
    const known = inScript.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result = !!node && (node.url.includes(scriptUrl) || (node.parent !== undefined && holdsScript(node.parent)));
    inScript.set(id, result);
    return result;
  };
  let at = startTime;
  for (let i = 0; i < samples.length; i++) {
    const delta = deltas[i] ?? 0;
    at += delta;
    if (holdsScript(samples[i]!)) intervals.push([at - Math.min(Math.max(delta, 0), 50_000), at]);
  }
  const script = union(intervals);

  const tasks = topLevelTasks(events, pid, tid)
    .map((task) => ({ start: task.ts, duration: (task.dur ?? 0) / 1000, script: overlap(script, [task.ts, task.ts + (task.dur ?? 0)]) / 1000 }))
    .filter((task) => task.script > 0);
  const sortedDeltas = [...deltas].filter((d) => d > 0).sort((a, b) => a - b);
  return {
    // Only inside the thread's tasks: a sample's interval never reaches into idle time.
    total: tasks.reduce((sum, task) => sum + task.script, 0),
    evaluate: evaluate / 1000,
    tasks,
    longestTask: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    sampleInterval: (sortedDeltas[sortedDeltas.length >> 1] ?? Number.NaN) / 1000,
  };
}

/**
 * The thread's top-level tasks: RunTask events not inside another one. (A microtask checkpoint
 * run straight from an IPC message, as extension messaging does, is a RunTask too, though the
 * scheduler does not see it as a task: the Long Tasks API never reports those.)
 */
function topLevelTasks(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const runTasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const topLevel: TraceEvent[] = [];
  for (const task of runTasks) {
    const last = topLevel[topLevel.length - 1];
    if (last && task.ts < last.ts + (last.dur ?? 0)) continue;
    topLevel.push(task);
  }
  return topLevel;
}

export interface PageTasks {
  /** Milliseconds of the longest top-level main-thread task of the page's renderer. */
  longest: number;
  /** Milliseconds the renderer's main thread was busy (its top-level tasks, summed). */
  busy: number;
  /** Tasks over 50 ms. */
  long: number;
  /** Sum of their time over 50 ms each (as Total Blocking Time counts). */
  blocking: number;
}

/** Every main-thread task of the renderer that parsed `pageUrl`, from its commit on. */
export function pageTasks(events: readonly TraceEvent[], pageUrl: string): PageTasks {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === pageUrl);
  if (!parse) throw new Error(`the trace holds no parsing of ${pageUrl}`);
  const commit = events.find((e) => e.name === 'CommitLoad' && e.pid === parse.pid && e.tid === parse.tid && e.args?.data?.url === pageUrl);
  const from = commit?.ts ?? parse.ts;
  const durations = topLevelTasks(events, parse.pid, parse.tid)
    .filter((task) => task.ts + (task.dur ?? 0) >= from)
    .map((task) => (task.dur ?? 0) / 1000);
  const long = durations.filter((ms) => ms > 50);
  return {
    longest: Math.max(0, ...durations),
    busy: durations.reduce((sum, ms) => sum + ms, 0),
    long: long.length,
    blocking: long.reduce((sum, ms) => sum + ms - 50, 0),
  };
}
