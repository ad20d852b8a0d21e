import { version as BUNDLED_VERSION } from '../../assets/dataset.json';
import type { DatasetMeta } from '../../utils/storage/db';
import { bundledOffer } from '../../utils/storage/dataset-load';

/**
 * An update of Crosscheck brought a newer bundled dataset while the reader's imported one is
 * cached: the import is kept, and this says so, with one click to load the bundle instead.
 */
export function BundledOffer({ meta, onLoad, busy, bundledVersion = BUNDLED_VERSION }: { meta: DatasetMeta | null; onLoad: () => void; busy: boolean; bundledVersion?: string }) {
  const offered = bundledOffer(meta, bundledVersion);
  if (!offered || !meta) return null;
  return (
    <div class="notice" role="status" data-testid="bundled-offer">
      <p>
        A newer bundled dataset (version <bdi>{offered}</bdi>) came with an update of Crosscheck. Your imported dataset (version <bdi>{meta.version}</bdi>) is
        kept until you choose.
      </p>
      <button type="button" onClick={onLoad} disabled={busy} data-testid="load-bundled-offer">
        Load the bundled dataset {offered}
      </button>
    </div>
  );
}
