// @vitest-environment happy-dom
/**
 * A version cannot lock out updates, and an update does not throw away an import (issue 10,
 * finding 11): versions are bounded, an imported dataset is kept when a newer bundled one
 * arrives, and the options page offers the bundled one with one click.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BundledOffer } from '../../components/options/BundledOffer';
import { createDatasetService } from '../../utils/background/dataset-service';
import { validateDataset } from '../../utils/schema/dataset-input';
import { bundledOffer, readDatasetMeta } from '../../utils/storage/dataset-load';
import { openDb, type CrosscheckDb } from '../../utils/storage/db';
import { syntheticDataset } from '../support/synthetic-dataset';

let counter = 0;
const opened: CrosscheckDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});
function service(db: CrosscheckDb, bundledVersion: string) {
  return createDatasetService({ db, bundled: { version: bundledVersion, read: async () => syntheticDataset({ version: bundledVersion }) as never }, broadcast: () => {}, clearSettings: async () => {} });
}

describe('dataset versions', () => {
  it.each(['99999999999999999999.0.0', '1.0.12345', '1.0', '1.0.0-beta'])('refuses %s', (version) => {
    const result = validateDataset(syntheticDataset({ version }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain('version: must be a version like 1.2.0, each part at most 4 digits');
  });

  it('accepts parts of up to 4 digits', () => {
    expect(validateDataset(syntheticDataset({ version: '2025.1.9999' })).ok).toBe(true);
  });
});

describe('a newer bundled dataset while an import is cached', () => {
  it('keeps the import, and offers the newer bundle', async () => {
    const db = openDb(`crosscheck-offer-${++counter}`);
    opened.push(db);
    const before = service(db, '1.0.0');
    await before.ensureBundled();
    const imported = await before.handlers['import-dataset']({ type: 'import-dataset', fileName: 'mine.json', text: JSON.stringify(syntheticDataset({ version: '0.5.0' })) }, {});
    expect(imported.ok).toBe(true);
    expect(bundledOffer(await readDatasetMeta(db), '1.0.0')).toBeNull();

    // Crosscheck is updated with a newer bundle.
    expect(await service(db, '1.1.0').ensureBundled()).toBeNull();
    const meta = await readDatasetMeta(db);
    expect(meta).toMatchObject({ origin: 'import', version: '0.5.0', fileName: 'mine.json' });
    expect(bundledOffer(meta, '1.1.0')).toBe('1.1.0');
  });

  it('says so on the options page, with one click to load it', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const meta = { key: 'dataset', version: '0.5.0', builtAt: '2025-01-20', syncedAt: '2025-01-20T00:00:00Z', origin: 'import', fileName: 'mine.json', bundledVersion: '1.0.0', counts: { sources: 1, metrics: 1, figures: 1, events: 1 }, story: syntheticDataset().story } as const;
    const onLoad = vi.fn();
    render(<BundledOffer meta={meta} onLoad={onLoad} busy={false} bundledVersion="1.1.0" />, root);
    const offer = root.querySelector('[data-testid=bundled-offer]')!;
    expect(offer.textContent).toContain('A newer bundled dataset (version 1.1.0) came with an update of Crosscheck. Your imported dataset (version 0.5.0) is kept');
    await act(() => (root.querySelector('[data-testid=load-bundled-offer]') as HTMLButtonElement).click());
    expect(onLoad).toHaveBeenCalledOnce();
    // Nothing to offer: the same bundle as at import time, or a bundled dataset cached.
    render(<BundledOffer meta={meta} onLoad={onLoad} busy={false} bundledVersion="1.0.0" />, root);
    expect(root.querySelector('[data-testid=bundled-offer]')).toBeNull();
    render(<BundledOffer meta={{ ...meta, origin: 'bundled' }} onLoad={onLoad} busy={false} bundledVersion="1.1.0" />, root);
    expect(root.querySelector('[data-testid=bundled-offer]')).toBeNull();
    render(null, root);
    root.remove();
  });
});
