/**
 * The content script's part of reading a page: is it an article, and the article's text block
 * by block, to send to the background, which judges whether it is about the story and reads its
 * numbers and dates (so the content script carries neither the story nor those readers).
 */
import { isRealDay, READING_LIMITS } from '../../constants';
import type { ExtractedPage } from '../../schema';
import { anatomySteps } from './anatomy';
import { detectArticle } from './article';
import { extractArticleSteps, type ArticleBlock } from './extract';

const clip = <T>(items: readonly T[], max: number) => items.slice(0, max);

type Extracted = { page: ExtractedPage; blocks: ArticleBlock[] };

/**
 * The steps of `extractPage`, with a pause between the expensive ones (detection and the passes
 * of extraction), so that the content script can hand the main thread back to the page.
 */
function* extractPageSteps(doc: Document): Generator<void, Extracted> {
  const anatomy = yield* anatomySteps(doc);
  const verdict = detectArticle(doc, anatomy);
  const empty: ExtractedPage = {
    article: verdict.isArticle,
    title: null,
    outlet: null,
    publishedAt: null,
    language: null,
    articleSignals: clip(verdict.signals, READING_LIMITS.reasons).map((s) => s.slice(0, 300)),
    blocks: [],
  };
  if (!verdict.isArticle) return { page: empty, blocks: [] };
  yield;
  const extracted = yield* extractArticleSteps(doc, anatomy);
  let budget = READING_LIMITS.pageText;
  const blocks = clip(extracted.blocks, READING_LIMITS.blocks).filter((block) => {
    budget -= Math.min(block.text.length, READING_LIMITS.blockText);
    return budget >= 0;
  });
  const page: ExtractedPage = {
    ...empty,
    title: extracted.title?.slice(0, 500) ?? null,
    outlet: extracted.outlet?.slice(0, 200) ?? null,
    publishedAt: extracted.publishedAt && isRealDay(extracted.publishedAt) ? extracted.publishedAt : null,
    language: extracted.language?.slice(0, 20) ?? null,
    blocks: blocks.map((block) => ({ role: block.role, text: block.text.slice(0, READING_LIMITS.blockText) })),
  };
  return { page, blocks };
}

/**
 * The content script's part: detection and extraction, with the blocks' text to send.
 * The blocks (elements of the page) stay behind for the highlighter.
 */
export function extractPage(doc: Document): Extracted {
  const steps = extractPageSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, yielding the main thread between its steps (a 100,000-word page takes ~100 ms). */
export async function extractPageGently(doc: Document, pause: () => Promise<void> = () => new Promise((done) => setTimeout(done, 0))): Promise<Extracted> {
  const steps = extractPageSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
