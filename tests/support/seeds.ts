/**
 * Which seed article in `../shared/seeds` each dataset source was curated from: the seeds carry
 * no address, so this mapping (kept out of the product bundle) ties a source to its page.
 */
export const SEED_FILES: Record<string, string> = {
  'reuters-local-2025-01-14': '000_eb4f457596c627ee.txt',
  'rfa-2025-01-15': '001_508930b89cb79ee1.txt',
  'gbaf-reuters-2025-01-14': '002_fcc52b75774229a2.txt',
  'scmp-2025-01-17': '003_13dd2a9c0c6eaca2.txt',
  'thr-2025-01-21': '004_c5a5086faa8b6105.txt',
};
