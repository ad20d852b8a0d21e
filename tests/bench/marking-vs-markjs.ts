/**
 * Our marking against mark.js, in the same Chromium, on the same long page, for the same spans.
 *
 * The page: a generated 100,000-word on-topic article dense with figures (`denseArticleHtml`,
 * as the pipeline section uses). In the page, `extractArticle` gives the blocks, and the spans
 * are the numbers in the blocks' text (a regex), as many as the content script ever marks
 * (READING_LIMITS.figures) — FoundFigure-like objects with block, start, end, text, id. Both
 * take that as given (untimed), and both mark exactly those spans:
 *
 * - ours: `buildMarks` (a DOM Range per span from the block's text offsets) and `paintMarks`
 *   (one CSS Custom Highlight), from `utils/content/marks.ts`, bundled unminified with rolldown;
 * - mark.js: `new Mark(article).markRanges(ranges)`, the same spans as character ranges in
 *   mark.js's own text (every text node under the article, concatenated), mapped through the
 *   same Text nodes, so each range covers the same characters. It wraps each in a <mark>.
 *   A second mark.js figure marks block by block (one Mark per block), the way a careful user
 *   would keep its per-range cost (it rescans its whole text for each range) small.
 *
 * Timed inside the page with performance.now(): the marking call and a forced layout
 * (`document.body.offsetHeight`), and, separately, until the next frame is rendered (a task
 * posted from the next requestAnimationFrame runs after that frame's style, layout and paint,
 * so painting the highlights or the <mark>s is in it; it includes up to a frame of waiting).
 * Every run is a fresh load of the page; the two alternate; medians.
 *
 * A diagnostic on the same page: the content script also places an invisible focus target over
 * every mark (`createOverlay(...).setTargets`, utils/content/overlay.ts). Timed as it is (each
 * target's rectangle read right after the previous target's style was written, which forces a
 * layout per target) and as a read-all-then-write-all placement of the same buttons would be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { READING_LIMITS } from '../../utils/constants';
import { ROOT } from './build';
import { ensureChromium, launchPlain, loadNote, machineLoadRow, servePages, within } from './chromium';
import { describeTiming, round, summarize, type Timing } from './measure';
import { bundlePageCode } from './page-code';
import { denseArticleHtml } from './pipeline';
import type { BenchRow } from './types';

const SECTION = 'marking-vs-markjs';
const PAGE = 'bench-dense-100k.html';
const WORDS = 100_000;
const SPANS = READING_LIMITS.figures;
const WARMUP = 1;
const RUNS = 7;
const RATIO_TARGET = 1;
const PLACE_RUNS = 3;

type Method = 'ours' | 'markjs' | 'markjs-blocks';
const METHODS: Method[] = ['ours', 'markjs', 'markjs-blocks'];

interface Result {
  /** Marking + forced layout, ms. */
  sync: number;
  /** Marking until the next frame has been rendered, ms. */
  frame: number;
  /** Spans asked for, and marks made (ranges for ours, ranges mark.js reported done). */
  spans: number;
  marked: number;
  /** <mark> elements mark.js inserted (a range across Text nodes makes several). */
  elements: number;
}

/**
 * Page-world setup, untimed: the blocks, the spans, and mark.js ranges for the same characters.
 * A string: tsx would compile a function with helpers the page does not have.
 */
const PREPARE = (limit: number) => `(() => {
  const B = window.__crosscheckBench;
  const blocks = B.extractArticle(document).blocks;
  // Our marks find their text nodes by their index in the page's outline, as the reader's do.
  const nodes = B.outlinePage(document).nodes;
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const spans = [];
  const number = /\\d[\\d,.]*\\d%?|\\d%?/g;
  for (let index = 0; index < blocks.length && spans.length < ${limit}; index++) {
    for (const match of blocks[index].text.matchAll(number)) {
      if (spans.length >= ${limit}) break;
      spans.push({ id: 'f' + spans.length, block: index, start: match.index, end: match.index + match[0].length, text: match[0], metric: 'bench' });
    }
  }
  // mark.js's text: every Text node under the context not inside script/style/title/head/html.
  const context = blocks[0].element.closest('article') || document.body;
  const starts = new Map();
  let all = '';
  const walker = document.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentNode.matches('script, style, title, head, html')) continue;
    starts.set(node, all.length);
    all += node.textContent;
  }
  const collected = new Map();
  const ranges = [];
  const byBlock = new Map();
  for (const span of spans) {
    const block = blocks[span.block];
    if (!collected.has(span.block)) collected.set(span.block, B.readBlock(block.element));
    const text = collected.get(span.block);
    const first = B.locateOffset(text, span.start);
    const last = B.locateOffset(text, span.end - 1);
    span.at = [indexOf.get(first.node), first.offset, indexOf.get(last.node), last.offset + 1];
    const start = starts.get(first.node) + first.offset;
    const end = starts.get(last.node) + last.offset + 1;
    if (all.slice(start, end) !== span.text) throw new Error('mark.js range ' + start + '-' + end + ' reads "' + all.slice(start, end) + '", not "' + span.text + '"');
    ranges.push({ start, length: end - start });
    // The same span in the block's own mark.js text (its Text nodes from the block's first).
    if (!byBlock.has(span.block)) {
      const own = new Map();
      let length = 0;
      const inner = document.createTreeWalker(block.element, NodeFilter.SHOW_TEXT);
      for (let node = inner.nextNode(); node; node = inner.nextNode()) {
        if (node.parentNode.matches('script, style, title, head, html')) continue;
        own.set(node, length);
        length += node.textContent.length;
      }
      byBlock.set(span.block, { element: block.element, starts: own, ranges: [] });
    }
    const entry = byBlock.get(span.block);
    const blockStart = entry.starts.get(first.node) + first.offset;
    entry.ranges.push({ start: blockStart, length: end - start });
  }
  window.__bench = { blocks, nodes, spans, context, ranges, byBlock: [...byBlock.values()] };
  return { spans: spans.length, blocks: blocks.length, characters: all.length };
})()`;

/** Page-world: one marking, timed; resolves after the next frame. */
const MARK = (method: Method) => `new Promise((resolve, reject) => {
  const B = window.__crosscheckBench;
  const { nodes, spans, context, ranges, byBlock } = window.__bench;
  let marked = 0;
  const start = performance.now();
  if (${JSON.stringify(method)} === 'ours') {
    const marks = B.buildMarks(nodes, spans, document);
    B.paintMarks(marks, 'underline', window);
    marked = marks.length;
  } else if (${JSON.stringify(method)} === 'markjs') {
    new B.Mark(context).markRanges(ranges, { done: (count) => { marked = count; } });
  } else {
    for (const entry of byBlock) new B.Mark(entry.element).markRanges(entry.ranges, { done: (count) => { marked += count; } });
  }
  document.body.offsetHeight;
  const sync = performance.now() - start;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve({ sync, frame: performance.now() - start, spans: spans.length, marked, elements: document.querySelectorAll('mark[data-markjs]').length });
    channel.port2.postMessage(null);
  });
  setTimeout(() => reject(new Error('no frame within 60 s after marking')), 60000);
})`;

/**
 * Page-world: focus targets for every mark, placed by `overlay.setTargets` as shipped, or the
 * same buttons placed reading every rectangle first and writing every style after. Then the
 * placement once more after a reflow moved every mark (the reader re-places on scroll and
 * resize; after a plain window scroll nothing moves in document coordinates, the writes change
 * nothing and both ways are quick). Resolves with both times, in ms.
 */
const PLACE = (batched: boolean, css: string) => `(() => {
  const B = window.__crosscheckBench;
  const { nodes, spans } = window.__bench;
  const marks = B.buildMarks(nodes, spans, document);
  B.paintMarks(marks, 'underline', window);
  const overlay = B.createOverlay(document, ${JSON.stringify(css)});
  const label = (mark) => mark.figure.text + '. Compare with other sources';
  document.body.offsetHeight;
  let buttons = [];
  const placeBatched = () => {
    const rects = marks.map((mark) => mark.range.getClientRects()[0]);
    const x = window.scrollX, y = window.scrollY;
    buttons.forEach((button, i) => {
      const rect = rects[i];
      if (!rect) { button.style.display = 'none'; return; }
      button.style.display = '';
      button.style.left = (rect.left + x - 1) + 'px';
      button.style.top = (rect.top + y - 1) + 'px';
      button.style.width = (rect.width + 2) + 'px';
      button.style.height = (rect.height + 2) + 'px';
    });
  };
  let start = performance.now();
  if (${batched}) {
    const layer = overlay.card.parentNode;
    buttons = marks.map((mark) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cc-target';
      button.dataset.figureId = mark.figure.id;
      button.setAttribute('aria-label', label(mark));
      button.setAttribute('aria-haspopup', 'dialog');
      layer.insertBefore(button, overlay.card);
      return button;
    });
    placeBatched();
  } else {
    buttons = overlay.setTargets(marks, label);
  }
  document.body.offsetHeight;
  const first = performance.now() - start;
  // Again after a reflow (the text grows a little, as a font loading or a resize does): every
  // target moves. The page's own relayout is done before the clock starts.
  document.documentElement.style.fontSize = '17px';
  document.body.offsetHeight;
  start = performance.now();
  if (${batched}) placeBatched();
  else overlay.placeTargets();
  document.body.offsetHeight;
  const again = performance.now() - start;
  return { first, again, targets: buttons.length };
})()`;

/** Both look alike: the extension's highlight rules, and the same underline for mark.js's <mark>. */
function styles(): string {
  const marks = readFileSync(join(ROOT, 'entrypoints/marks.css'), 'utf8');
  return `${marks}\nmark[data-markjs] { background: none; color: inherit; text-decoration: underline dotted #c0392b 2px; text-underline-offset: 3px; }`;
}

async function loadPrepared(page: Page, url: string, code: string, css: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addStyleTag({ content: css });
  await page.addScriptTag({ content: code });
  const prepared = (await page.evaluate(PREPARE(SPANS))) as { spans: number };
  if (prepared.spans < SPANS) throw new Error(`the page has ${prepared.spans} spans, fewer than ${SPANS}`);
}

interface Placement {
  first: number;
  again: number;
  targets: number;
}

async function placeOnce(page: Page, url: string, code: string, css: string, cardCss: string, batched: boolean): Promise<Placement> {
  await loadPrepared(page, url, code, css);
  return (await within(page.evaluate(PLACE(batched, cardCss)), 120_000, 'placing the focus targets')) as Placement;
}

async function markOnce(page: Page, url: string, code: string, css: string, method: Method): Promise<Result> {
  await loadPrepared(page, url, code, css);
  // Let the page settle (its first frames, the scripts' parsing) before the clock runs.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)))');
  return (await within(page.evaluate(MARK(method)), 120_000, `marking with ${method}`)) as Result;
}

const label: Record<Method, string> = {
  ours: 'ours (Ranges + CSS highlight)',
  markjs: 'mark.js markRanges on the article',
  'markjs-blocks': 'mark.js markRanges block by block',
};

export async function run(): Promise<BenchRow[]> {
  ensureChromium();
  const before = loadNote();
  const code = await bundlePageCode();
  const css = styles();
  const server = await servePages({ [PAGE]: denseArticleHtml(WORDS) });
  const results = new Map<Method, Result[]>(METHODS.map((method) => [method, []]));
  const placements = { shipped: [] as Placement[], batched: [] as Placement[] };
  const cardCss = ['components/card/card.css', 'components/comparison.css'].map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
  try {
    const plain = await launchPlain();
    try {
      const context = await plain.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      for (let run = 0; run < WARMUP + RUNS; run++) {
        // Alternate which goes first, so that neither always meets a warmer browser.
        const order = run % 2 === 0 ? METHODS : [...METHODS].reverse();
        for (const method of order) {
          const result = await markOnce(page, server.url(PAGE), code, css, method);
          if (run >= WARMUP) results.get(method)!.push(result);
        }
      }
      for (let run = 0; run < WARMUP + PLACE_RUNS; run++) {
        for (const batched of run % 2 === 0 ? [false, true] : [true, false]) {
          const result = await placeOnce(page, server.url(PAGE), code, css, cardCss, batched);
          if (run >= WARMUP) placements[batched ? 'batched' : 'shipped'].push(result);
        }
      }
    } finally {
      await plain.close();
    }
  } finally {
    await server.close();
  }

  const timing = (method: Method, key: 'sync' | 'frame'): Timing => summarize(results.get(method)!.map((result) => result[key]));
  const first = (method: Method) => results.get(method)![0]!;
  const rows: BenchRow[] = [];
  for (const method of METHODS) {
    const sync = timing(method, 'sync');
    const frame = timing(method, 'frame');
    const { marked, elements, spans } = first(method);
    rows.push({
      section: SECTION,
      name: `${label[method]}: mark ${spans} spans + forced layout`,
      value: sync.median,
      unit: 'ms',
      note: `${marked} marked${method === 'ours' ? '' : ` (${elements} <mark> elements)`}; ${describeTiming(sync)}`,
    });
    rows.push({
      section: SECTION,
      name: `${label[method]}: mark ${spans} spans until the next frame is rendered`,
      value: frame.median,
      unit: 'ms',
      note: `style, layout and paint of the marks included; ${describeTiming(frame)}`,
    });
  }
  for (const [other, what] of [
    ['markjs', 'the article'],
    ['markjs-blocks', 'block by block'],
  ] as const) {
    for (const key of ['sync', 'frame'] as const) {
      const ratio = timing(other, key).median / timing('ours', key).median;
      rows.push({
        section: SECTION,
        name: `speed ratio, mark.js (${what}) ÷ ours, ${key === 'sync' ? 'mark + layout' : 'until next frame'}`,
        value: ratio,
        unit: '×',
        ...(other === 'markjs' ? { target: `> ${RATIO_TARGET}`, ok: ratio > RATIO_TARGET } : {}),
        note: `> 1: ours faster; medians ${round(timing(other, key).median)} ÷ ${round(timing('ours', key).median)} ms`,
      });
    }
  }
  for (const [key, what] of [
    ['shipped', 'as overlay.ts places them (read, write, read…)'],
    ['batched', 'read every rectangle, then write (proposed)'],
  ] as const) {
    const first = summarize(placements[key].map((p) => p.first));
    const again = summarize(placements[key].map((p) => p.again));
    const targets = placements[key][0]!.targets;
    rows.push({
      section: SECTION,
      name: `diagnostic: focus targets for ${targets} marks, ${what}`,
      value: first.median,
      unit: 'ms',
      note: `creating and placing them + forced layout; ${describeTiming(first)}`,
    });
    rows.push({
      section: SECTION,
      name: `diagnostic: placing ${targets} focus targets again after a reflow, ${what}`,
      value: again.median,
      unit: 'ms',
      note: describeTiming(again),
    });
  }
  rows.push(machineLoadRow(SECTION, before));
  return rows;
}
