/**
 * What the browser tests share: a static server on 127.0.0.1 for the fixture pages, and
 * Chromium with the built extension loaded.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port; nothing outside it. */
export async function serveFixtures(root = FIXTURES): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    // The browser asks every site for its icon, logging a 404 to the page's console at a time of
    // its own: no content, so that tests comparing consoles compare what the pages did.
    if (path === '/favicon.ico') return void response.writeHead(204, { 'cache-control': 'no-store' }).end();
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** An HTTP(S) proxy on 127.0.0.1 that refuses every request and remembers it. */
export async function startRefusingProxy(): Promise<{ port: number; refused: string[]; close(): Promise<void> }> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    refused.push(`${request.method} ${request.url}`);
    response.writeHead(502, { 'content-type': 'text/plain' }).end('Crosscheck tests: no network');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, socket) => {
    refused.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    refused,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  extensionUrl(path: string): string;
  /** Requests Chromium made to anywhere but 127.0.0.1 (refused by a local proxy). */
  blockedRequests: string[];
  /** Every request made by a page, an extension page or the extension's service worker. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The flags every Chromium of the tests, the demo and the bench starts with: quiet on this
 * machine's closed network (without them Chromium floods it with attempts), and everything that
 * does leave sent to a local proxy that refuses and records it.
 */
export function chromiumFlags(proxyPort: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
  ];
}

/** Chromium (headless unless told otherwise) with the Chrome build of the extension installed. */
export async function launchWithExtension(build = CHROME_BUILD, { headless = true } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`No extension build at ${build}: run \`npm run build\` first (npm test does it for you).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`node scripts/ensure-browsers.mjs chromium\`.`);
  }
  // Everything not on this machine goes through a proxy that refuses and records it.
  const proxy = await startRefusingProxy();
  // Without this Playwright does not report the service worker's requests (the background's).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      ...chromiumFlags(proxy.port),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    blockedRequests: proxy.refused,
    requests,
    close: async () => {
      await context.close();
      await proxy.close();
    },
  };
}

/**
 * Counts the extension's cached rows (figures counted one by one, not per metric row). Runs in
 * an extension context (the service worker, an extension page), in Chromium or Firefox: pass it
 * to `evaluate`. Never creates the database: an empty one would stand in the way of Dexie's.
 */
export function countRowsInExtension(): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve({});
    open.onsuccess = () => {
      const db = open.result;
      const names = ['sources', 'metrics', 'metricFigures', 'events', 'meta'].filter((n) => db.objectStoreNames.contains(n));
      if (names.length === 0) {
        db.close();
        return resolve({});
      }
      const tx = db.transaction(names, 'readonly');
      const counts: Record<string, number> = {};
      for (const name of names) {
        if (name === 'metricFigures') {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => (counts.figures = (request.result as { figures: unknown[] }[]).reduce((sum, row) => sum + row.figures.length, 0));
        } else {
          const request = tx.objectStore(name).count();
          request.onsuccess = () => (counts[name] = request.result);
        }
      }
      tx.oncomplete = () => {
        db.close();
        resolve(counts);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Counts the extension's cached rows, read from inside the service worker. */
export function countCachedRows(worker: Worker): Promise<Record<string, number>> {
  return worker.evaluate(countRowsInExtension);
}

/** Chromium with the extension, the fixture pages served, and the bundled dataset cached. */
export async function launchReadyToRead(): Promise<{ browser: ExtensionBrowser; server: FixtureServer }> {
  const [browser, server] = await Promise.all([launchWithExtension(), serveFixtures()]);
  await eventually(async () => {
    if (!(await countCachedRows(browser.serviceWorker)).figures) throw new Error('the bundled dataset is not cached yet');
  }, 30_000);
  return { browser, server };
}

/** Polls until `check` stops throwing, or fails with its last error. */
export async function eventually<T>(check: () => Promise<T> | T, timeout = 15_000, interval = 100): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, interval));
    }
  }
}

/** The id of the tab showing `url`, from the readings the background keeps per tab. */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  return eventually(async () => {
    const all = await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, { url: string; tabId: number }>> } } } }).chrome.storage.session.get(null));
    const found = Object.values(all).find((reading) => reading.url === url);
    if (!found) throw new Error(`no reading kept for ${url}`);
    return found.tabId;
  });
}

/** The id of the tab showing `url`, whether or not it holds a reading (a page that got no reader). */
export async function tabIdByUrl(worker: Worker, url: string): Promise<number> {
  return eventually(async () => {
    const tabs = await worker.evaluate(() => (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome.tabs.query({}));
    const found = tabs.find((tab) => tab.url === url);
    if (!found) throw new Error(`no tab shows ${url}`);
    return found.id;
  });
}

/** The toolbar badge of a tab. */
export function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The content script's world of a page: a DevTools session and the extension's isolated contexts. */
interface ContentWorld {
  session: CDPSession;
  contexts: Map<number, { origin: string; frameId?: string; type?: string }>;
}
const worlds = new WeakMap<Page, Promise<ContentWorld>>();

function contentWorld(page: Page): Promise<ContentWorld> {
  let world = worlds.get(page);
  if (!world) {
    world = (async () => {
      const session = await page.context().newCDPSession(page);
      const contexts: ContentWorld['contexts'] = new Map();
      type Context = { id: number; origin: string; auxData?: { frameId?: string; type?: string } };
      session.on('Runtime.executionContextCreated', ({ context }: { context: Context }) =>
        contexts.set(context.id, { origin: context.origin, frameId: context.auxData?.frameId, type: context.auxData?.type }),
      );
      session.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => contexts.delete(executionContextId));
      session.on('Runtime.executionContextsCleared', () => contexts.clear());
      await session.send('Runtime.enable'); // reports the contexts that exist already
      return { session, contexts };
    })();
    worlds.set(page, world);
  }
  return world;
}

/**
 * Runs `fn` in the content script's own world of `page` (Chrome's isolated world for the
 * extension), with the card's closed shadow root, which only that world holds (`UI_ROOT` in
 * utils/content/overlay.ts): how the tests see what the page's scripts cannot. `fn` is sent as
 * source, like `page.evaluate`'s.
 */
export function inUi<R, A = undefined>(page: Page, fn: (root: ShadowRoot | null, arg: A) => R, arg?: A): Promise<Awaited<R>> {
  return inContentWorld(page, `(${fn.toString()})(document.querySelector('crosscheck-ui')?.crosscheckRoot ?? null, ${JSON.stringify(arg) ?? 'undefined'})`);
}

/** Evaluates `expression` in the content script's world of `page` (see `inUi`); awaits a promise. */
export async function inContentWorld<R>(page: Page, expression: string): Promise<R> {
  const { session, contexts } = await contentWorld(page);
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const id = [...contexts].reverse().find(([, c]) => c.frameId === frameTree.frame.id && c.type === 'isolated' && c.origin.startsWith('chrome-extension://'))?.[0];
  if (id === undefined) throw new Error('the content script has not run in this page');
  const reply = (await session.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true, awaitPromise: true })) as {
    result: { value: R };
    exceptionDetails?: { exception?: { description?: string }; text: string };
  };
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
  return reply.result.value;
}

/**
 * What the content script shows on a page: its marks, focus targets and card (in its closed
 * shadow root, read in the content script's world), and the page's highlights. Written with
 * plain loops: it runs in the page's world, where a hostile page may have broken
 * `Array.prototype.map` and friends.
 */
export async function pageState(page: Page) {
  const seen = await page.evaluate(() => {
    const highlights: Record<string, number> = {};
    try {
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, { size: number }> } }).CSS.highlights;
      registry?.forEach((value, key) => (highlights[key] = value.size));
    } catch {
      // A hostile page broke the main world's CSS.highlights; the content script has its own.
    }
    return { hosts: document.querySelectorAll('crosscheck-ui').length, highlights };
  });
  const ui = seen.hosts
    ? await inUi(page, (root) => {
        const card = root?.querySelector<HTMLElement>('.cc-card') ?? null;
        const found: { id: string; label: string }[] = [];
        for (const t of root?.querySelectorAll<HTMLElement>('.cc-target') ?? []) found.push({ id: t.dataset.figureId!, label: t.getAttribute('aria-label') ?? '' });
        return {
          targets: found,
          cardOpen: card?.dataset.open === 'true' && card.checkVisibility(),
          cardText: card?.dataset.open === 'true' ? card.innerText : '',
          cardRect: card?.dataset.open === 'true' ? (({ top, left, bottom, right }) => ({ top, left, bottom, right }))(card.getBoundingClientRect()) : null,
          focusedTarget: (root?.activeElement as HTMLElement | null)?.dataset?.figureId ?? null,
        };
      })
    : { targets: [], cardOpen: false, cardText: '', cardRect: null, focusedTarget: null };
  return { ...seen, ...ui };
}

/** Scrolls a mark's focus target into view and returns its centre, for the pointer. */
export async function markCenter(page: Page, figureId: string) {
  return inUi(page, (root, id) => {
    const target = root!.querySelector<HTMLElement>(`.cc-target[data-figure-id="${id}"]`)!;
    target.scrollIntoView({ block: 'center' });
    const rect = target.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, figureId);
}
