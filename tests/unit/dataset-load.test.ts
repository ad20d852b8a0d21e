import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, readFigures, type CrosscheckDb } from '../../utils/storage/db';
import {
  compareVersions,
  createLoadLock,
  loadBundledDataset,
  loadDataset,
  loadDatasetText,
  readDatasetMeta,
  shouldLoadBundled,
  type LoadProgress,
} from '../../utils/storage/dataset-load';
import { SYNTHETIC_STORY, syntheticDataset } from '../support/synthetic-dataset';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../utils/storage/settings-store';

let counter = 0;
const opened: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = openDb(`crosscheck-test-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const bundled = { kind: 'bundled' } as const;

describe('loading a dataset into the cache', () => {
  it('writes every table and records what it holds', async () => {
    const db = freshDb();
    const progress: LoadProgress[] = [];
    const result = await loadDataset(db, syntheticDataset({ figures: 5_000, version: '1.0.0' }), bundled, {
      onProgress: (p) => progress.push(p),
      now: () => new Date('2026-11-21T10:00:00Z'),
    });
    expect(result).toMatchObject({ ok: true, meta: { version: '1.0.0', syncedAt: '2026-11-21T10:00:00.000Z', origin: 'bundled' } });
    expect((await readFigures(db)).length).toBe(5_000);
    expect(await readFigures(db, ['synthetic-metric-3'])).toHaveLength(100);
    expect(await db.metrics.where('subject').equals('rednote').count()).toBe(50);
    expect((await db.events.orderBy('date.date').first())?.date.date).toBe('2025-01-01');
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['waiting', 'validating', 'writing', 'done']));
    const writing = progress.filter((p) => p.phase === 'writing');
    expect(writing.at(-1)).toMatchObject({ done: writing.at(-1)!.total });
    expect(writing.map((p) => p.done)).toEqual([...writing.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('replaces the previous dataset instead of merging with it', async () => {
    const db = freshDb();
    await loadDataset(db, syntheticDataset({ figures: 300, version: '1.0.0' }), bundled);
    await loadDataset(db, syntheticDataset({ figures: 40, version: '1.1.0' }), bundled);
    expect((await readFigures(db)).length).toBe(40);
    expect((await readDatasetMeta(db))?.version).toBe('1.1.0');
  });

  it('rejects an invalid dataset and leaves the cached one intact', async () => {
    const db = freshDb();
    await loadDataset(db, syntheticDataset({ figures: 200, version: '1.0.0' }), bundled);
    const broken = syntheticDataset({ figures: 200, version: '2.0.0' });
    (broken.figures[12] as Record<string, unknown>).value = 'many';
    const result = await loadDatasetText(db, JSON.stringify(broken), { kind: 'import', fileName: 'broken.json' });
    expect(result).toEqual({ ok: false, problems: ['figures[12].value: expected number, received string'] });
    expect((await readFigures(db)).length).toBe(200);
    expect((await readDatasetMeta(db))?.version).toBe('1.0.0');
    expect(await db.meta.get('last-load')).toMatchObject({ ok: false, origin: 'import', fileName: 'broken.json', problems: ['figures[12].value: expected number, received string'] });
  });

  it('is atomic: a write that fails midway rolls everything back', async () => {
    const db = freshDb();
    await loadDataset(db, syntheticDataset({ figures: 3_000, version: '1.0.0' }), bundled);
    const before = await readFigures(db);
    // Figures are written in chunks before events; the events' write fails in IndexedDB itself,
    // after the figures' writes went through: a second row with the first one's key.
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'duplicate-event',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'events') return table;
          return { ...table, mutate: (req) => table.mutate(req.type === 'add' ? { ...req, values: [...req.values, req.values[0]] } : req) };
        },
      }),
    });
    await db.open();
    const progress: LoadProgress[] = [];
    const result = await loadDataset(db, syntheticDataset({ figures: 6_000, version: '2.0.0' }), bundled, { onProgress: (p) => progress.push(p) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/could not write to the local cache: .*ConstraintError.*previous data is unchanged/);
    expect(progress.some((p) => p.phase === 'writing' && p.done >= 6_000)).toBe(true); // it did get midway
    expect(await readFigures(db)).toEqual(before);
    expect(await db.events.count()).toBe(30);
    expect((await readDatasetMeta(db))?.version).toBe('1.0.0');
    expect(await db.meta.get('last-load')).toMatchObject({ ok: false });
  });

  it('runs concurrent loads one after another, never interleaved', async () => {
    const db = freshDb();
    const log: string[] = [];
    const versions = ['1.0.0', '2.0.0', '3.0.0'];
    const results = await Promise.all(
      versions.map((version, i) =>
        loadDataset(db, syntheticDataset({ figures: 4_000 + i * 1_000, version }), bundled, {
          onProgress: (p) => p.phase !== 'waiting' && log.push(`${version}:${p.phase}`),
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    // Each load's phases form one unbroken run: no other load's step in between.
    const order = log.map((entry) => entry.split(':')[0]);
    const runs = order.filter((version, i) => version !== order[i - 1]);
    expect(runs).toEqual(versions);
    expect((await readFigures(db)).length).toBe(6_000);
    expect((await readDatasetMeta(db))?.version).toBe('3.0.0');
  });

  it('keeps serving reads of the old data while a load is under way', async () => {
    const db = freshDb();
    await loadDataset(db, syntheticDataset({ figures: 100, version: '1.0.0' }), bundled);
    const load = loadDataset(db, syntheticDataset({ figures: 20_000, version: '2.0.0' }), bundled);
    const seen = (await readFigures(db)).length;
    await load;
    expect([100, 20_000]).toContain(seen); // never a half-written table
  });
});

describe('the bundled dataset, read from the package', () => {
  it('loads what it reads, as a bundled load', async () => {
    const db = freshDb();
    const result = await loadBundledDataset(db, async () => syntheticDataset({ figures: 30, version: '2.1.0' }));
    expect(result).toMatchObject({ ok: true, meta: { version: '2.1.0', origin: 'bundled' } });
    expect((await readFigures(db)).length).toBe(30);
  });

  it.each([
    ['a missing file', new Error('/dataset.json answered 404'), 'could not read the dataset bundled with Crosscheck: /dataset.json answered 404'],
    ['a truncated file', new SyntaxError('Unexpected end of JSON input'), 'could not read the dataset bundled with Crosscheck: Unexpected end of JSON input'],
  ])('%s: says why, and the cache keeps what it had', async (_case, error, problem) => {
    const db = freshDb();
    await loadDataset(db, syntheticDataset({ figures: 12, version: '1.0.0' }), bundled);
    const result = await loadBundledDataset(db, () => Promise.reject(error));
    expect(result).toEqual({ ok: false, problems: [problem] });
    expect((await readDatasetMeta(db))?.version).toBe('1.0.0');
    expect((await readFigures(db)).length).toBe(12);
    expect(await db.meta.get('last-load')).toMatchObject({ ok: false, origin: 'bundled', problems: [problem] });
  });
});

describe('a lock that serialises tasks', () => {
  it('runs the next task even when the previous one failed', async () => {
    const lock = createLoadLock('test-lock');
    const order: number[] = [];
    const first = lock(async () => {
      order.push(1);
      throw new Error('boom');
    });
    const second = lock(async () => order.push(2));
    await expect(first).rejects.toThrow('boom');
    await second;
    expect(order).toEqual([1, 2]);
  });
});

describe('when the bundle replaces the cache', () => {
  const meta = (version: string, origin: 'bundled' | 'import') => ({
    key: 'dataset' as const, version, origin, builtAt: '2026-11-21', syncedAt: '2026-11-21T00:00:00Z',
    counts: { sources: 1, metrics: 1, figures: 1, events: 1 },
    story: SYNTHETIC_STORY,
  });
  it.each([
    [null, '1.0.0', true],
    [meta('1.0.0', 'bundled'), '1.0.0', false],
    [meta('1.0.0', 'bundled'), '1.1.0', true],
    [meta('1.2.0', 'bundled'), '1.1.0', true], // a downgraded extension brings its own data
    [meta('2.0.0', 'import'), '1.1.0', false], // a newer import is kept
    [meta('1.0.0', 'import'), '1.1.0', false], // an import is never replaced unasked: the options page offers the bundle
  ])('cached %o, bundled %s → load: %s', (cached, version, expected) => {
    expect(shouldLoadBundled(cached, version)).toBe(expected);
  });

  it.each([
    ['1.2.10', '1.10.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['1.0.0', '1.0.0', 0],
  ])('compares %s with %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe('upgrading the cache from an older schema version', () => {
  /** A format-1 dataset (before the story and languages) as the first builds cached it. */
  const formatOne = () => {
    const data = syntheticDataset({ figures: 60, version: '1.0.0' });
    return {
      sources: data.sources.map(({ language: _language, ...source }) => source),
      metrics: data.metrics.map(({ scope: _scope, ...metric }) => ({ ...metric, subject: 'RedNote', signals: ['New Users', 'Joined'] })),
      figures: data.figures.map(({ asOf: _asOf, ...figure }) => figure),
      events: data.events,
      meta: { key: 'dataset', version: '1.0.0', builtAt: '2026-11-01', syncedAt: '2026-11-01T00:00:00Z', origin: 'import', fileName: 'old.json', counts: { sources: 20, metrics: 50, figures: 60, events: 30 } },
    };
  };
  const SETTINGS = { hoverCards: false, highlightStyle: 'outline', theme: 'dark', disabledSites: ['example.com'] } as const;

  it.each([
    ['1: one row per figure, no lookups', 1, { sources: 'id', metrics: 'id', figures: 'id, metricId', events: 'id', meta: 'key' }, 'figures'],
    ['2: one row per figure, with lookups', 2, { sources: 'id', metrics: 'id, *signals, subject', figures: 'id, metricId, sourceId', events: 'id, date.date', meta: 'key' }, 'figures'],
    ['4: a row per metric', 4, { sources: 'id', metrics: 'id, *signals, subject', metricFigures: 'metricId', events: 'id, date.date', meta: 'key' }, 'metricFigures'],
  ] as const)('version %s: upgrades through every version, empties the format-1 dataset for the bundle, keeps the settings', async (_name, version, stores, figureTable) => {
    const name = `crosscheck-migration-${++counter}`;
    const old = new Dexie(name);
    // Versions 3 and 4 only ever existed after 1 and 2: declare the chain as the extension did.
    if (version === 4) {
      old.version(3).stores({ ...stores, figures: 'id, metricId, sourceId' });
      old.version(4).stores({ figures: null });
    } else old.version(version).stores(stores);
    const data = formatOne();
    await old.table('sources').bulkAdd(data.sources);
    await old.table('metrics').bulkAdd(data.metrics);
    if (figureTable === 'figures') await old.table('figures').bulkAdd(data.figures);
    else await old.table('metricFigures').bulkAdd([{ metricId: 'synthetic-metric-0', figures: data.figures }]);
    await old.table('events').bulkAdd(data.events);
    await old.table('meta').put(data.meta);
    old.close();
    await fakeBrowser.storage.local.set({ settings: SETTINGS });

    const db = openDb(name);
    opened.push(db);
    expect(await readDatasetMeta(db)).toBeNull(); // so the background loads the bundled dataset on start
    expect(await readFigures(db)).toEqual([]);
    expect(await db.sources.count()).toBe(0);
    expect(await db.metrics.count()).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'meta', 'metricFigures', 'metrics', 'sources']);
    expect(db.verno).toBe(5);
    expect((await loadSettings()).settings).toEqual(SETTINGS);
    // And the emptied cache takes a format-2 dataset as usual.
    expect(await loadDataset(db, syntheticDataset({ figures: 10, version: '2.0.0' }), bundled)).toMatchObject({ ok: true });
  });
});

