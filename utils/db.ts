/**
 * The local cache: one Dexie database in the extension's origin (background and extension
 * pages). A content script's IndexedDB belongs to the page it runs in, so content scripts never
 * open this database: they ask the background by message.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Figure, Metric, Source, StoryEvent } from './schema';

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
  counts: { sources: number; metrics: number; figures: number; events: number };
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

export type CrosscheckDb = Dexie & {
  sources: EntityTable<Source, 'id'>;
  metrics: EntityTable<Metric, 'id'>;
  figures: EntityTable<Figure, 'id'>;
  events: EntityTable<StoryEvent, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** The tables a dataset load replaces, all in one transaction. */
export const DATA_TABLES = ['sources', 'metrics', 'figures', 'events', 'meta'] as const;

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
        .table<Metric, string>('metrics')
        .toCollection()
        .modify((metric) => {
          metric.signals = [...new Set(metric.signals.map((signal) => signal.toLowerCase()))];
        });
    });
  return db;
}

let shared: CrosscheckDb | undefined;

/** The database of this extension context, opened once. */
export function getDb(): CrosscheckDb {
  shared ??= openDb();
  return shared;
}
