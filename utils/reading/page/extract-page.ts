/**
 * The content script's part of reading a page: what it shows of being an article, and the
 * article's text block by block, to send to the background, which judges whether it is an
 * article, whether it is about the story, and reads its numbers and dates (so the content script
 * carries neither the verdict's weights, nor the story, nor those readers).
 */
import { isRealDay, READING_LIMITS } from '../../constants';
import type { ExtractedPage } from '../../schema';
import { anatomySteps } from './anatomy';
import { measureArticleSteps } from './article-features';
import { extractArticleSteps, type ArticleBlock } from './extract';
import { drain, never, sliceOf, type Due } from './slicing';

export type Extracted = { page: ExtractedPage; blocks: ArticleBlock[] };

/**
 * The steps of `extractPage`, with a pause between the expensive ones (the survey and the passes
 * of extraction), so that the content script can hand the main thread back to the page.
 */
export function* extractPageSteps(doc: Document, due: Due = never): Generator<void, Extracted> {
  const anatomy = yield* anatomySteps(doc, due);
  const features = yield* measureArticleSteps(anatomy, due);
  yield;
  const extracted = yield* extractArticleSteps(doc, anatomy, due);
  let budget = READING_LIMITS.pageText;
  const blocks = extracted.blocks.slice(0, READING_LIMITS.blocks).filter((block) => {
    budget -= Math.min(block.text.length, READING_LIMITS.blockText);
    return budget >= 0;
  });
  const page: ExtractedPage = {
    features,
    title: extracted.title?.slice(0, 500) ?? null,
    outlet: extracted.outlet?.slice(0, 200) ?? null,
    publishedAt: extracted.publishedAt && isRealDay(extracted.publishedAt) ? extracted.publishedAt : null,
    language: extracted.language?.slice(0, 20) ?? null,
    blocks: blocks.map((block) => ({ role: block.role, text: block.text.slice(0, READING_LIMITS.blockText) })),
  };
  return { page, blocks };
}

/**
 * The content script's part: measures and extraction, with the blocks' text to send.
 * The blocks (elements of the page) stay behind for the highlighter.
 */
export function extractPage(doc: Document): Extracted {
  return drain(extractPageSteps(doc));
}

/**
 * The same, yielding the main thread between its steps and, with `sliceMs`, within its passes
 * over the page whenever one has run that long (a 100,000-word page takes ~100 ms).
 */
export async function extractPageGently(
  doc: Document,
  pause: () => Promise<void> = () => new Promise((done) => setTimeout(done, 0)),
  sliceMs?: number,
): Promise<Extracted> {
  const steps = extractPageSteps(doc, sliceMs === undefined ? never : sliceOf(sliceMs));
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
