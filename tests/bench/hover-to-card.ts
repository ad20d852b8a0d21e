/**
 * From a mark to its card: the built extension in headless Chromium on `wire-local-news.html`,
 * once its marks are painted. Measured inside the page, on the page's clock:
 *
 * - hover: the mouse moves in one step from an empty corner onto the middle of a mark (its
 *   focus target lies exactly over it). The clock starts at that pointermove's `timeStamp` (a
 *   capturing listener on window, armed before `page.mouse.move`) and stops when a
 *   MutationObserver sees the card (`.cc-card` in the `crosscheck-ui` shadow root) get
 *   `data-open="true"`; a second stop is the next frame after that (a task posted from its
 *   requestAnimationFrame), when the card is on screen. Between hovers the mouse goes back to
 *   the corner and the card is waited out (closed). Each hover is on a different mark, in turn.
 * - keyboard focus: `focus()` on a mark's focus target (what Tab does), timed from just before
 *   the call to the same MutationObserver, with no delay on the way.
 *
 * The reader waits on purpose before opening on hover: the pointer is looked at through a
 * 16 ms throttle timer, then a 120 ms hover-intent timer (CARD_DELAYS.openMs in card-controller.ts). Those are
 * reported apart, and the hover latency less those delays is the work (plus timer lateness).
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/harness';
import { ensureChromeBuild } from './build';
import { ensureChromium, loadNote, machineLoadRow, servePages, within } from './chromium';
import { describeTiming, round, summarize } from './measure';
import type { BenchRow } from './types';

const SECTION = 'hover-to-card';
const PAGE = 'wire-local-news.html';
/** CARD_DELAYS.openMs (card-controller.ts), and the pointer throttle's timer (page-events.ts). */
const INTENT_DELAY_MS = 120;
const POINTER_THROTTLE_MS = 16;
const HOVERS = 20;
const FOCUSES = 20;
const WARMUP = 2;
const AWAY = { x: 3, y: 3 };

/** Page-world helpers: the card, a target by index, and whether the card is open. */
const HELPERS = `
  const root = document.querySelector('crosscheck-ui').shadowRoot;
  const card = root.querySelector('.cc-card');
  const targets = root.querySelectorAll('.cc-target');
`;

/** Scrolls target `index` to the middle of the viewport; its centre, once the overlay follows. */
const CENTRE = (index: number) => `new Promise((resolve) => {
  ${HELPERS}
  const target = targets[${index}];
  const before = target.getBoundingClientRect();
  window.scrollBy(0, before.top - window.innerHeight / 2);
  // The reader moves its targets after a scroll (throttled): wait until the target sits still.
  let last = null;
  const check = () => {
    const rect = target.getBoundingClientRect();
    const key = rect.left + ',' + rect.top;
    if (key === last && rect.top > 0 && rect.bottom < window.innerHeight) return resolve({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, id: target.dataset.figureId });
    last = key;
    setTimeout(check, 50);
  };
  setTimeout(check, 50);
})`;

/**
 * Arms the clock for the next hover: the first pointermove inside the target's box starts it,
 * the card opening stops it. Resolves with { open, frame } in ms, or rejects after 10 s.
 */
const ARM_HOVER = (index: number) => `
  window.__benchHover = new Promise((resolve, reject) => {
    ${HELPERS}
    const box = targets[${index}].getBoundingClientRect();
    let start = null;
    const onMove = (event) => {
      if (start === null && event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom) start = event.timeStamp;
    };
    addEventListener('pointermove', onMove, { capture: true });
    const observer = new MutationObserver(() => {
      if (card.dataset.open !== 'true' || start === null) return;
      const open = performance.now() - start;
      observer.disconnect();
      removeEventListener('pointermove', onMove, { capture: true });
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ open, frame: performance.now() - start });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(card, { attributes: true, attributeFilter: ['data-open'] });
    setTimeout(() => reject(new Error('the card did not open within 10 s of the hover')), 10000);
  });
  undefined;
`;

/** Focuses target `index`; resolves with { open, frame } in ms from just before `focus()`. */
const FOCUS = (index: number) => `new Promise((resolve, reject) => {
  ${HELPERS}
  if (card.dataset.open === 'true') return reject(new Error('the card was open before the focus'));
  let start = 0;
  const observer = new MutationObserver(() => {
    if (card.dataset.open !== 'true') return;
    const open = performance.now() - start;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ open, frame: performance.now() - start });
      channel.port2.postMessage(null);
    });
  });
  observer.observe(card, { attributes: true, attributeFilter: ['data-open'] });
  start = performance.now();
  targets[${index}].focus({ preventScroll: true });
  setTimeout(() => reject(new Error('the card did not open within 10 s of the focus')), 10000);
})`;

const CARD_CLOSED = `(() => { ${HELPERS} return card.dataset.open !== 'true'; })()`;

async function waitClosed(page: Page): Promise<void> {
  await page.waitForFunction(CARD_CLOSED, undefined, { timeout: 10_000, polling: 20 });
}

interface Latency {
  open: number;
  frame: number;
}

export async function run(): Promise<BenchRow[]> {
  const { dir } = await ensureChromeBuild();
  ensureChromium();
  const before = loadNote();
  const server = await servePages({});
  const hovers: Latency[] = [];
  const focuses: Latency[] = [];
  let marks = 0;
  try {
    const browser = await launchWithExtension(dir);
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url(PAGE), { waitUntil: 'load' });
      await page.waitForFunction(`(document.querySelector('crosscheck-ui')?.shadowRoot?.querySelectorAll('.cc-target').length ?? 0) > 0`, undefined, { timeout: 60_000, polling: 50 });
      await page.waitForTimeout(500);
      marks = (await page.evaluate(`(() => { ${HELPERS} return targets.length; })()`)) as number;

      for (let i = 0; i < WARMUP + HOVERS; i++) {
        const index = i % marks;
        await page.mouse.move(AWAY.x, AWAY.y);
        await waitClosed(page);
        const centre = (await page.evaluate(CENTRE(index))) as { x: number; y: number };
        // Let the reader see the pointer away from every mark first.
        await page.waitForTimeout(60);
        await page.evaluate(ARM_HOVER(index));
        await page.mouse.move(centre.x, centre.y);
        const latency = (await within(page.evaluate('window.__benchHover'), 15_000, `hover ${i}`)) as Latency;
        if (i >= WARMUP) hovers.push(latency);
      }
      await page.mouse.move(AWAY.x, AWAY.y);
      await waitClosed(page);

      for (let i = 0; i < WARMUP + FOCUSES; i++) {
        const index = i % marks;
        await page.evaluate(CENTRE(index));
        const latency = (await within(page.evaluate(FOCUS(index)), 15_000, `focus ${i}`)) as Latency;
        if (i >= WARMUP) focuses.push(latency);
        // Focus leaves: the card closes after its close delay.
        await page.evaluate(`(() => { ${HELPERS} targets[${index}].blur(); })()`);
        await waitClosed(page);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }

  const open = summarize(hovers.map((h) => h.open));
  const frame = summarize(hovers.map((h) => h.frame));
  const work = summarize(hovers.map((h) => h.open - INTENT_DELAY_MS));
  const bare = summarize(hovers.map((h) => h.open - INTENT_DELAY_MS - POINTER_THROTTLE_MS));
  const focusOpen = summarize(focuses.map((f) => f.open));
  const focusFrame = summarize(focuses.map((f) => f.frame));
  const over = `${hovers.length} hovers over ${Math.min(marks, hovers.length)} different marks`;
  return [
    {
      section: SECTION,
      name: 'hover → card open (data-open="true")',
      value: open.median,
      unit: 'ms',
      note: `pointermove timeStamp → MutationObserver; ${over}; ${describeTiming(open)}`,
    },
    { section: SECTION, name: 'hover → card open: p95', value: open.p95, unit: 'ms', note: `max ${round(open.max)} ms` },
    {
      section: SECTION,
      name: 'hover-intent delay (fixed, not work)',
      value: INTENT_DELAY_MS,
      unit: 'ms',
      note: `CARD_DELAYS.openMs in utils/content/card-controller.ts; the pointer is also looked at through a ${POINTER_THROTTLE_MS} ms throttle timer`,
    },
    {
      section: SECTION,
      name: 'hover → card open, less the 120 ms intent delay',
      value: work.median,
      unit: 'ms',
      note: `p95 ${round(work.p95)} ms; holds the ${POINTER_THROTTLE_MS} ms throttle timer, timer lateness and the work (hit test, render, place)`,
    },
    {
      section: SECTION,
      name: `hover → card open, less both fixed delays (${INTENT_DELAY_MS} + ${POINTER_THROTTLE_MS} ms)`,
      value: bare.median,
      unit: 'ms',
      note: `p95 ${round(bare.p95)} ms: the work plus how late the two timers fire on this machine`,
    },
    {
      section: SECTION,
      name: 'hover → card on screen (next frame rendered)',
      value: frame.median,
      unit: 'ms',
      note: describeTiming(frame),
    },
    {
      section: SECTION,
      name: 'keyboard focus → card open',
      value: focusOpen.median,
      unit: 'ms',
      note: `focus() on a mark's target → MutationObserver, no delay on the way: openCard's work; ${focuses.length} focuses; ${describeTiming(focusOpen)}`,
    },
    {
      section: SECTION,
      name: 'keyboard focus → card on screen (next frame rendered)',
      value: focusFrame.median,
      unit: 'ms',
      note: describeTiming(focusFrame),
    },
    machineLoadRow(SECTION, before),
  ];
}
