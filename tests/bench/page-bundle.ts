/**
 * What the in-page benchmarks run in a page's own world: the content script's marking and
 * reading functions, unminified, and mark.js. `bundlePageCode()` (in `page-code.ts`) makes this
 * file an IIFE that sets `window.__crosscheckBench`.
 */
import Mark from 'mark.js';
import { buildMarks, clearMarks, paintMarks } from '../../utils/content/marks';
import { outlinePage } from '../../utils/content/outline';
import { createOverlay } from '../../utils/content/overlay';
import { extractArticle, readBlock } from '../../utils/reading/page/extract';
import { extractPage } from '../../utils/reading/page/extract-page';
import { locateOffset } from '../../utils/reading/page/text';
import { detectArticle } from '../../utils/reading/pipeline';

export { buildMarks, clearMarks, createOverlay, detectArticle, extractArticle, extractPage, locateOffset, Mark, outlinePage, paintMarks, readBlock };
