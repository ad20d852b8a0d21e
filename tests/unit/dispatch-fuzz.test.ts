/**
 * The background's message handlers against anything (issue 10, beyond the list): any value from
 * any sender that is not one of Crosscheck's own pages is answered with a result or a refusal,
 * never a throw, and changes no other tab's state (nor the cached dataset).
 *
 * The handlers are the background's own (`utils/background/handlers.ts`, over the reading and
 * dataset services and Dexie in fake-indexeddb), with the browser's side (injection, badge) recorded.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatasetService } from '../../utils/background/dataset-service';
import { dispatch, type Handlers } from '../../utils/background/dispatch';
import { backgroundHandlers } from '../../utils/background/handlers';
import { createReadingService } from '../../utils/background/reading-service';
import { outlinePage } from '../../utils/content/outline';
import { openDb, type CrosscheckDb } from '../../utils/storage/db';
import type { TabReading } from '../../utils/storage/tab-readings';
import { syntheticDataset } from '../support/synthetic-dataset';
import bundled from '../../assets/dataset.json';
import { loadPage } from './dom';

const context = { runtimeId: 'crosscheck-id', extensionOrigin: 'chrome-extension://crosscheck-id/' };
/** The tab whose state no other sender may touch. */
const WATCHED = 1;

let db: CrosscheckDb;
const kept = new Map<number, TabReading>();
const badges = new Map<number, string>();
const injected: number[] = [];
const onDemand: number[] = [];
let handlers: Handlers;

beforeAll(async () => {
  db = openDb('crosscheck-dispatch-fuzz');
  const readings = createReadingService({
    db,
    store: {
      set: async (reading) => void kept.set(reading.tabId, structuredClone(reading)),
      remove: async (tabId) => void kept.delete(tabId),
      all: async () => [...kept.values()],
    },
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    askToReread: async () => {},
  });
  const datasets = createDatasetService({ db, bundled: { version: bundled.version, read: async () => bundled as never }, broadcast: () => {}, clearSettings: async () => {}, onLoaded: readings.relinkAll });
  // The background's own handlers, with the browser's side (injection, reading on demand) recorded.
  handlers = backgroundHandlers({
    datasets,
    readings,
    readerTabs: { readOnDemand: async (tabId) => (onDemand.push(tabId), { reading: true }) },
    injectCard: async (tabId) => void injected.push(tabId),
  });
  await datasets.ensureBundled();
  await dispatch({ type: 'read-article', url: 'https://news.example/watched', outline }, { id: context.runtimeId, url: 'https://news.example/watched', tab: { id: WATCHED } as never, frameId: 0 }, handlers, context);
}, 60_000);
afterAll(async () => {
  await db.delete();
});

/** What another sender must never change: the watched tab's reading and badge, and the cache. */
async function state() {
  return JSON.stringify([kept.get(WATCHED), badges.get(WATCHED), await db.meta.get('dataset'), await db.sources.count()]);
}

const outline = outlinePage(loadPage('wire-local-news.html')).outline;
const TYPES = ['sync-bundled', 'import-dataset', 'reset', 'read-page', 'load-card', 'read-article'] as const;

/** Senders that are not Crosscheck's own pages, some dressed up as them. */
const anySender = fc.record(
  {
    id: fc.oneof(fc.constant(context.runtimeId), fc.string()),
    url: fc.oneof(
      fc.constantFrom('https://news.example/a', 'chrome-extension://crosscheck-id.evil/options.html', 'chrome-extension://other/options.html', 'http://127.0.0.1/x', ''),
      fc.webUrl(),
    ),
    tab: fc.option(fc.record({ id: fc.integer({ min: 2, max: 50 }) }), { nil: undefined }),
    frameId: fc.option(fc.nat(5), { nil: undefined }),
    documentId: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
    documentLifecycle: fc.option(fc.constantFrom('active', 'prerender', 'cached', 'pending_deletion'), { nil: undefined }),
  },
  { requiredKeys: ['url'] },
);
/**
 * And a reader in a tab, as the browser describes it: without these weighted in, the well-formed
 * readings that get an answer were a handful a run, and the count checked below was left to chance.
 */
const tabSender = fc.record({
  id: fc.constant(context.runtimeId),
  url: fc.webUrl(),
  tab: fc.record({ id: fc.integer({ min: 2, max: 50 }) }),
  frameId: fc.constant(0),
  documentLifecycle: fc.constant('active'),
});
const sender = fc.oneof({ weight: 2, arbitrary: anySender }, { weight: 1, arbitrary: tabSender });

/** Anything, and things shaped like messages: right types with wrong fields, valid pages, huge or odd values. */
const message = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.record({ type: fc.constantFrom(...TYPES) }),
  fc.tuple(fc.dictionary(fc.string(), fc.anything()), fc.constantFrom(...TYPES)).map(([fields, type]) => ({ ...fields, type })),
  fc.record({ type: fc.constant('import-dataset'), fileName: fc.string({ minLength: 1, maxLength: 20 }), text: fc.oneof(fc.string(), fc.constant(JSON.stringify(syntheticDataset({ version: '9.0.0' })))) }),
  // Weighted up: well-formed readings are what a tab sends, and the ones that may change state,
  // so the run must hold enough of them to mean something (the count is checked below).
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('read-article'),
      url: fc.webUrl(),
      outline: fc.oneof(
        fc.constant(outline),
        fc.anything(),
        fc.constant({ ...outline, texts: outline.texts.map((text) => (text ? 'x'.repeat(300_000) : text)) }),
        fc.constant({ ...outline, attributes: [[0, 'onclick', 'alert(1)']] }),
      ),
      known: fc.option(fc.string({ maxLength: 24 }), { nil: undefined }),
    }),
  },
);

describe("the background's message handlers on any value from any sender", () => {
  it("answer with a result or a refusal, never throw, and leave other tabs' state and the cache alone", async () => {
    const before = await state();
    const answered = { value: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(message, sender, async (raw, from) => {
        const reply = await dispatch(raw, from as never, handlers, context);
        expect(reply !== null && typeof reply === 'object').toBe(true);
        expect(Object.keys(reply).length).toBe(1);
        if ('error' in reply) expect(typeof reply.error).toBe('string');
        else expect(reply).toHaveProperty('value');
        answered['error' in reply ? 'error' : 'value']++;
        expect(await state()).toBe(before);
        // Whatever a tab sent was kept (if at all) for that tab alone.
        for (const [tabId, reading] of kept) expect(reading.tabId).toBe(tabId);
      }),
      { numRuns: 300 },
    );
    // Not only refusals: tabs' own readings and reader loads went through.
    expect(answered.value).toBeGreaterThan(10);
    expect(kept.size).toBeGreaterThan(1);
  }, 120_000);
});
