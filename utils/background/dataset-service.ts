/**
 * The background's side of the dataset: keeps the cache in step with the bundle on install and
 * update, and carries out the options page's sync, import and reset.
 */
import type { CrosscheckDb } from '../storage/db';
import { loadBundledDataset, loadDatasetText, readDatasetMeta, shouldLoadBundled, type LoadOrigin, type LoadProgress, type LoadResult } from '../storage/dataset-load';
import type { Handlers } from './dispatch';
import type { Dataset, LoadProgressMessage } from '../schema';

/**
 * The dataset shipped with this build: its version, known without reading it (every start of the
 * background compares it with the cache's), and a way to read the whole of it, which only a load
 * needs. It is a file of the package rather than part of the background's script, which every
 * start of the service worker would otherwise parse.
 */
export interface BundledDataset {
  version: string;
  read: () => Promise<Dataset>;
}

export interface DatasetServiceOptions {
  db: CrosscheckDb;
  /** The dataset shipped with this build: the build refuses one the schema rejects. */
  bundled: BundledDataset;
  /** Tells the extension's pages how a load is going. */
  broadcast: (message: LoadProgressMessage) => void;
  /** Forgets the reader's settings (reset only). */
  clearSettings: () => Promise<void>;
  /** After a load that changed the cache. */
  onLoaded?: () => Promise<void>;
}

export function createDatasetService({ db, bundled, broadcast, clearSettings, onLoaded = async () => {} }: DatasetServiceOptions) {
  const progressFor = (origin: LoadOrigin) => (progress: LoadProgress) =>
    broadcast({ type: 'load-progress', origin: origin.kind, ...progress });
  const afterLoad = async (result: LoadResult) => {
    if (result.ok) await onLoaded().catch(() => {});
    return result;
  };

  const syncBundled = (): Promise<LoadResult> => {
    return loadBundledDataset(db, bundled.read, { onProgress: progressFor({ kind: 'bundled' }) }).then(afterLoad);
  };

  /** On install, on update, and whenever the background starts with an empty cache. */
  const ensureBundled = async (): Promise<LoadResult | null> => {
    const cached = await readDatasetMeta(db);
    if (!shouldLoadBundled(cached, bundled.version)) return null;
    return syncBundled();
  };

  const handlers: Pick<Handlers, 'sync-bundled' | 'import-dataset' | 'reset'> = {
    'sync-bundled': () => syncBundled(),
    'import-dataset': ({ fileName, text }) => {
      const origin: LoadOrigin = { kind: 'import', fileName, bundledVersion: bundled.version };
      return loadDatasetText(db, text, origin, { onProgress: progressFor(origin) }).then(afterLoad);
    },
    // A sync replaces every cached row in one transaction, so a reset needs no separate clear.
    reset: async () => {
      await clearSettings();
      return syncBundled();
    },
  };

  return { handlers, ensureBundled, syncBundled };
}
