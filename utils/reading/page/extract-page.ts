/**
 * The extraction's part of reading a page: what it shows of being an article, and the article's
 * text block by block, from which the background judges whether it is an article and whether it
 * is about the story, and reads its numbers and dates. The background runs it on the page's
 * outline (`reading/background/read-outline.ts`); Node, on a parsed page.
 */
import { isRealDay, READING_LIMITS } from '../../constants';
import type { ExtractedPage } from '../../schema';
import { anatomySteps } from './anatomy';
import { measureArticleSteps } from './article-features';
import { extractArticleSteps, type ArticleBlock } from './extract';
import { drain, never, type Due } from './slicing';

export type Extracted = { page: ExtractedPage; blocks: ArticleBlock[] };

/**
 * The steps of `extractPage`, with a pause between the expensive ones (the survey and the passes
 * of extraction), and within a pass whenever `due` says its slice has used its time, so that the
 * background serves other tabs between them.
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

/** Measures and extraction in one go, with the blocks (elements of the document read) for placing figures. */
export function extractPage(doc: Document): Extracted {
  return drain(extractPageSteps(doc));
}
