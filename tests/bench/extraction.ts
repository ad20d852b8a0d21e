/**
 * Extraction time per page structure, ours beside Mozilla Readability's, on the fixture page
 * written for each structure (issue 8). Ours is `extractPage`: detection and extraction, what the
 * content script runs; Readability's is `Readability.parse()` alone (its `isProbablyReaderable`
 * check is apart and not counted). Each run gets a freshly parsed Document (untimed): Readability
 * changes the document it reads, and a reused one would flatter either side. How much of each
 * article the two recover, and the furniture they carry along, is `npm run eval`'s matrix, on the
 * corpus rendered into the same structures.
 */
import { Readability } from '@mozilla/readability';
import { extractPage } from '../../utils/reading/page/extract-page';
import { loadPage } from '../unit/dom';
import { describeTiming, round, time } from './measure';
import type { BenchRow } from './types';

const SECTION = 'extraction';

const STRUCTURES: [structure: string, page: string][] = [
  ['JSON-LD, og:type, <article>', 'wire-local-news.html'],
  ['headline and <p>s, no metadata', 'plain-no-metadata.html'],
  ['div soup, hashed classes', 'div-soup-hashed.html'],
  ['<br><br> text in layout tables', 'br-table-portal.html'],
  ['WordPress with plugins', 'wordpress-plugins.html'],
  ['AMP', 'amp-article.html'],
  ['live blog', 'live-blog.html'],
  ['wire brief', 'wire-brief.html'],
  ['cookie wall and paywall', 'cookie-paywall.html'],
];

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [structure, page] of STRUCTURES) {
    const ours = await time((doc: Document) => extractPage(doc), { warmup: 20, runs: 60, setup: () => loadPage(page) });
    const theirs = await time((doc: Document) => new Readability(doc).parse(), { warmup: 20, runs: 60, setup: () => loadPage(page) });
    rows.push({
      section: SECTION,
      name: `${structure} (${page}): ours vs Readability`,
      value: ours.median / theirs.median,
      unit: '×',
      target: '< 1',
      ok: ours.median < theirs.median,
      note: `ours ${round(ours.median)} ms (${describeTiming(ours)}); Readability ${round(theirs.median)} ms (${describeTiming(theirs)})`,
    });
  }
  return rows;
}
