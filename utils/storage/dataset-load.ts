/**
 * Writes a dataset into the cache: validated first, then all of it or none of it, one load at a
 * time. A failed load leaves the previous data in place and records what went wrong.
 */
import type { CrosscheckDb, DatasetMeta, LoadRecord } from './db';
import { DATA_TABLES, groupByMetric } from './db';
import { parseDatasetText, validateDataset } from '../schema/dataset-input';
import type { Dataset } from '../schema';

export type LoadOrigin = { kind: 'bundled' } | { kind: 'import'; fileName: string; bundledVersion?: string };

export type LoadPhase = 'waiting' | 'validating' | 'writing' | 'done';
export interface LoadProgress {
  phase: LoadPhase;
  /** Rows written so far and in all, during "writing". */
  done: number;
  total: number;
}

export type LoadResult =
  | { ok: true; meta: DatasetMeta }
  | { ok: false; problems: string[] };

/** Rows per bulk write: large enough to be fast, small enough for progress to move. */
const CHUNK = 2_000;

type Lock = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Runs loads one after another. The Web Locks API serialises them across every extension
 * context (background, options page); where it is missing (Node under test) a promise chain
 * serialises them within the context.
 */
export function createLoadLock(name = 'crosscheck-dataset-load'): Lock {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return <T>(task: () => Promise<T>) => locks.request(name, task) as Promise<T>;
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

const defaultLock = createLoadLock();

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  lock?: Lock;
  now?: () => Date;
}

/** Loads a dataset given as a file's text (an import). */
export function loadDatasetText(db: CrosscheckDb, text: string, origin: LoadOrigin, options: LoadOptions = {}) {
  return loadValidated(db, () => parseDatasetText(text), origin, options);
}

/** Loads a dataset given as a parsed value, validating it like any other. */
export function loadDataset(db: CrosscheckDb, value: unknown, origin: LoadOrigin, options: LoadOptions = {}) {
  return loadValidated(db, () => validateDataset(value), origin, options);
}

/**
 * Loads the dataset shipped with the build, read from the extension's package, without validating
 * it again: the build refuses a bundled dataset the schema rejects (wxt.config.ts), and so do the
 * tests. Validation was a third of the first load on install (40–120 ms of 375 in the service
 * worker, measured by the bench). A file that cannot be read is a failed load like any other: it
 * is recorded with its reason and the cache keeps what it had.
 */
export function loadBundledDataset(db: CrosscheckDb, read: () => Promise<Dataset>, options: LoadOptions = {}) {
  const readBundled = async (): Promise<Checked> => {
    try {
      return { ok: true, dataset: await read() };
    } catch (error) {
      return { ok: false, problems: [`could not read the dataset bundled with Crosscheck: ${describeError(error)}`] };
    }
  };
  return loadValidated(db, readBundled, { kind: 'bundled' }, options);
}

type Checked = ReturnType<typeof validateDataset>;

async function loadValidated(
  db: CrosscheckDb,
  validate: () => Checked | Promise<Checked>,
  origin: LoadOrigin,
  { onProgress = () => {}, lock = defaultLock, now = () => new Date() }: LoadOptions,
): Promise<LoadResult> {
  onProgress({ phase: 'waiting', done: 0, total: 0 });
  return lock(async () => {
    onProgress({ phase: 'validating', done: 0, total: 0 });
    const input = await validate();
    if (!input.ok) {
      await recordLoad(db, origin, now(), input.problems);
      onProgress({ phase: 'done', done: 0, total: 0 });
      return { ok: false, problems: input.problems };
    }
    try {
      const meta = await writeDataset(db, input.dataset, origin, now(), onProgress);
      onProgress({ phase: 'done', done: 1, total: 1 });
      return { ok: true, meta };
    } catch (error) {
      const problems = [`could not write to the local cache: ${describeError(error)}; the previous data is unchanged`];
      await recordLoad(db, origin, now(), problems);
      onProgress({ phase: 'done', done: 0, total: 0 });
      return { ok: false, problems };
    }
  });
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

async function recordLoad(db: CrosscheckDb, origin: LoadOrigin, at: Date, problems: string[]) {
  const record: LoadRecord = {
    key: 'last-load',
    at: at.toISOString(),
    origin: origin.kind,
    ...(origin.kind === 'import' ? { fileName: origin.fileName } : {}),
    ok: problems.length === 0,
    problems,
  };
  try {
    await db.meta.put(record);
  } catch {
    // The cache itself is failing; the caller still gets the problems in its result.
  }
}

async function writeDataset(
  db: CrosscheckDb,
  data: Dataset,
  origin: LoadOrigin,
  at: Date,
  onProgress: (progress: LoadProgress) => void,
): Promise<DatasetMeta> {
  const meta: DatasetMeta = {
    key: 'dataset',
    version: data.version,
    builtAt: data.builtAt,
    syncedAt: at.toISOString(),
    origin: origin.kind,
    ...(origin.kind === 'import' ? { fileName: origin.fileName } : {}),
    ...(origin.kind === 'import' && origin.bundledVersion ? { bundledVersion: origin.bundledVersion } : {}),
    counts: {
      sources: data.sources.length,
      metrics: data.metrics.length,
      figures: data.figures.length,
      events: data.events.length,
    },
    story: data.story,
  };
  const figureRows = groupByMetric(data.figures);
  // Progress counts what the reader knows: sources, metrics, figures and events.
  const total = data.sources.length + data.metrics.length + data.figures.length + data.events.length;
  let done = 0;
  // One transaction over every table: if any write fails, IndexedDB rolls all of them back. Its
  // requests run in the order they are made, so every write is made at once, without waiting for
  // the one before: each wait was a round trip to the browser's IndexedDB (a fifth of the bundled
  // dataset's first load, measured by the bench).
  await db.transaction('rw', DATA_TABLES.map((name) => db.table(name)), async () => {
    const writes: Promise<unknown>[] = [db.sources.clear(), db.metrics.clear(), db.metricFigures.clear(), db.events.clear()];
    const tables = [
      [db.sources, data.sources, () => 1],
      [db.metrics, data.metrics, () => 1],
      [db.metricFigures, figureRows, (row: { figures: unknown[] }) => row.figures.length],
      [db.events, data.events, () => 1],
    ] as const;
    for (const [table, rows, weight] of tables) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        // The tables' row types differ; each pair above matches by construction.
        const written = (table as unknown as { bulkAdd(rows: readonly unknown[]): Promise<unknown> }).bulkAdd(chunk);
        writes.push(
          written.then(() => {
            done += chunk.reduce((sum: number, row) => sum + (weight as (row: unknown) => number)(row), 0);
            onProgress({ phase: 'writing', done, total });
          }),
        );
      }
    }
    const record: LoadRecord = { key: 'last-load', at: meta.syncedAt, origin: origin.kind, ok: true, problems: [] };
    if (meta.fileName) record.fileName = meta.fileName;
    writes.push(db.meta.bulkPut([meta, record]));
    await Promise.all(writes);
  });
  return meta;
}

/** What the cache holds now, or null when it is empty. */
export async function readDatasetMeta(db: CrosscheckDb): Promise<DatasetMeta | null> {
  const row = await db.meta.get('dataset');
  return row?.key === 'dataset' ? row : null;
}

/**
 * Whether the bundle should replace the cache on install or update: when the versions differ.
 * A dataset the user imported is never replaced unasked, whatever its version says (a version
 * cannot lock out updates, nor can an update silently throw away an import): the options page
 * offers the newer bundle instead (`bundledOffer`).
 */
export function shouldLoadBundled(cached: DatasetMeta | null, bundledVersion: string): boolean {
  if (!cached) return true;
  if (cached.origin === 'import') return false;
  return cached.version !== bundledVersion;
}

/**
 * The bundled dataset's version when it is newer than the one bundled when the user imported
 * theirs (an update of Crosscheck brought it), or null. Imports kept by older builds did not
 * record it: any bundled version other than the import's own is offered.
 */
export function bundledOffer(cached: DatasetMeta | null, bundledVersion: string): string | null {
  if (cached?.origin !== 'import') return null;
  const known = cached.bundledVersion;
  if (known === undefined) return bundledVersion !== cached.version ? bundledVersion : null;
  return compareVersions(bundledVersion, known) > 0 ? bundledVersion : null;
}

/** Compares `1.2.10` and `1.10.0` as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
