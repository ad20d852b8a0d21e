/**
 * The local cache: one Dexie database in the extension's origin (background and extension
 * pages). A content script's IndexedDB belongs to the page it runs in, so content scripts never
 * open this database: they ask the background by message.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Figure, Metric, Source, Story, StoryEvent } from '../schema';

export const DB_NAME = 'crosscheck';

/** What the cache holds about the dataset as a whole (one row, key "dataset"). */
export interface DatasetMeta {
  key: 'dataset';
  version: string;
  builtAt: string;
  /** When it was written to this cache (ISO timestamp). */
  syncedAt: string;
  origin: 'bundled' | 'import';
  /** The imported file's name, for an import. */
  fileName?: string;
  /** For an import: the version of the dataset bundled with the extension when it was imported. */
  bundledVersion?: string;
  counts: { sources: number; metrics: number; figures: number; events: number };
  /** The story the dataset is about: its actors and words, which reading looks for. */
  story: Story;
}

/** The outcome of the last attempt to load a dataset (one row, key "last-load"). */
export interface LoadRecord {
  key: 'last-load';
  at: string;
  origin: 'bundled' | 'import';
  fileName?: string;
  ok: boolean;
  /** Problems in plain words, each naming where it is (`figures[12].value: expected number`). */
  problems: string[];
}

export type MetaRow = DatasetMeta | LoadRecord;

/**
 * A metric's figures, kept together in one row: every reader of figures wants all of a metric's
 * at once (the hover card, the panel, linking), and IndexedDB writes a few large rows many times
 * faster than many small ones (10,000 figures: ~25 ms against ~800 ms in Chromium here).
 */
export interface MetricFigures {
  metricId: string;
  figures: Figure[];
}

export type CrosscheckDb = Dexie & {
  sources: EntityTable<Source, 'id'>;
  metrics: EntityTable<Metric, 'id'>;
  metricFigures: EntityTable<MetricFigures, 'metricId'>;
  events: EntityTable<StoryEvent, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** The tables a dataset load replaces, all in one transaction. */
export const DATA_TABLES = ['sources', 'metrics', 'metricFigures', 'events', 'meta'] as const;

/** Groups figures by metric, keeping each metric's in dataset order. */
export function groupByMetric(figures: readonly Figure[]): MetricFigures[] {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    const group = groups.get(figure.metricId);
    if (group) group.push(figure);
    else groups.set(figure.metricId, [figure]);
  }
  return [...groups].map(([metricId, list]) => ({ metricId, figures: list }));
}

/** The figures of the given metrics (all of them when no ids are given), flattened. */
export async function readFigures(db: CrosscheckDb, metricIds?: readonly string[]): Promise<Figure[]> {
  const rows = metricIds ? await db.metricFigures.bulkGet([...metricIds]) : await db.metricFigures.toArray();
  return rows.flatMap((row) => row?.figures ?? []);
}

/**
 * Opens (creating or upgrading) the cache. Every schema version stays declared so that a
 * browser holding any older cache upgrades in place; nothing outside the database (settings
 * live in extension storage) is touched by an upgrade.
 */
export function openDb(name: string = DB_NAME): CrosscheckDb {
  // Relaxed durability: Chrome need not wait for the disk to flush before a transaction
  // completes. A load is still all-or-nothing; at worst a crash right after one loses that load,
  // and the bundle is loaded again at the next start.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as CrosscheckDb;
  // Version 1: the first development build's layout, without the lookups reading needs.
  db.version(1).stores({
    sources: 'id',
    metrics: 'id',
    figures: 'id, metricId',
    events: 'id',
    meta: 'key',
  });
  // Version 2: figures by source, metrics by signal word (multi-entry), events by date.
  db.version(2)
    .stores({
      sources: 'id',
      metrics: 'id, *signals, subject',
      figures: 'id, metricId, sourceId',
      events: 'id, date.date',
      meta: 'key',
    })
    .upgrade(async (tx) => {
      // Version 1 kept signal words as written; the multi-entry index matches lower case only.
      await tx
        .table<{ signals: string[] }, string>('metrics')
        .toCollection()
        .modify((metric) => {
          metric.signals = [...new Set(metric.signals.map((signal) => signal.toLowerCase()))];
        });
    });
  // Version 3: figures kept per metric, one row each (see MetricFigures), moved over from the
  // one-row-per-figure table; version 4 drops that table once it is empty.
  db.version(3)
    .stores({
      sources: 'id',
      metrics: 'id, *signals, subject',
      figures: 'id, metricId, sourceId',
      metricFigures: 'metricId',
      events: 'id, date.date',
      meta: 'key',
    })
    .upgrade(async (tx) => {
      const figures = await tx.table<Figure, string>('figures').toArray();
      await tx.table<MetricFigures, string>('metricFigures').bulkPut(groupByMetric(figures));
      await tx.table('figures').clear();
    });
  db.version(4).stores({ figures: null });
  // Version 5: dataset format 2, with the story in the meta row and signal words by language (no
  // longer one array to index). A format-1 cache cannot be read by this build: it is emptied, and
  // the background loads the bundled dataset again on start.
  db.version(5)
    .stores({ metrics: 'id, subject' })
    .upgrade(async (tx) => {
      await Promise.all(['sources', 'metrics', 'metricFigures', 'events'].map((name) => tx.table(name).clear()));
      await tx.table('meta').delete('dataset');
    });
  return db;
}

let shared: CrosscheckDb | undefined;

/** The database of this extension context, opened once. */
export function getDb(): CrosscheckDb {
  shared ??= openDb();
  return shared;
}
