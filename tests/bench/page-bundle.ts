/**
 * What the in-page benchmarks run in a page's own world: the content script's marking and
 * reading functions, unminified, and mark.js. `bundlePageCode()` (in `page-code.ts`) makes this
 * file an IIFE that sets `window.__crosscheckBench`.
 */
import Mark from 'mark.js';
import { buildMarks, clearMarks, paintMarks } from '../../utils/reader/marks';
import { createOverlay } from '../../utils/reader/overlay';
import { detectArticle, mightBeRelevant } from '../../utils/reading/article';
import { extractArticle, readBlock } from '../../utils/reading/extract';
import { extractPage } from '../../utils/reading/extract-page';
import { locateOffset } from '../../utils/reading/text';
import { assessTopic } from '../../utils/reading/topic';

export { assessTopic, buildMarks, clearMarks, createOverlay, detectArticle, extractArticle, extractPage, locateOffset, Mark, mightBeRelevant, paintMarks, readBlock };
