/**
 * The article's own words, block by block, without the page around them.
 *
 * Finds the main content the way reader modes do (publisher markup first, then the container
 * with the most paragraph text and few links: `anatomy.ts`), then walks from the headline to the
 * end of that content in document order, keeping the headline, the dek, key-takeaways boxes, captions and
 * body paragraphs, and dropping navigation, ads, share bars, related-story lists and the like.
 * Every block is an element of the page, so `readBlock(block.element)` gives offsets that map
 * back to Text nodes for highlighting.
 */
import { anatomySteps, type PageAnatomy } from './anatomy';
import type { ArticleBlock } from './blocks';
import { splitTitle } from './headline';
import { metaContent } from './meta';
import { primaryTag } from './language';
import { findPublishedAt } from './published';
import { squash } from './text';
import { never, type Due } from './slicing';
import { collectBlocksSteps, commonAncestor } from './walk';

export { readBlock, type ArticleBlock } from './blocks';
export { normaliseDate } from './published';

export interface ExtractedArticle {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, as the publisher wrote it (no time-zone shift). */
  publishedAt: string | null;
  publishedAtFrom: 'json-ld' | 'meta' | 'time' | 'text' | null;
  /** Primary language subtag ("en", "zh") as the markup declares it; the background guesses the others from the text. */
  language: string | null;
  /** Reading order. */
  blocks: ArticleBlock[];
  /** The blocks' text joined with "\n\n". */
  text: string;
}

/** Which block an offset into `article.text` falls in, and the offset inside that block. */
export function blockAt(
  article: Pick<ExtractedArticle, 'blocks'>,
  offset: number,
): { block: ArticleBlock; offset: number } | null {
  let start = 0;
  for (const block of article.blocks) {
    if (offset < start) return null;
    if (offset < start + block.text.length) return { block, offset: offset - start };
    start += block.text.length + 2;
  }
  return null;
}

/** Reads the article on `doc`: metadata, and its text block by block in reading order. */
export function extractArticle(doc: Document, anatomy?: PageAnatomy): ExtractedArticle {
  const steps = extractArticleSteps(doc, anatomy);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `extractArticle` in steps, pausing after each expensive pass over the page (surveying its
 * text, collecting the blocks' text), so a content script can give the main thread back to the
 * page in between. `anatomy` is detection's, when it has read the page already.
 */
export function* extractArticleSteps(doc: Document, anatomy?: PageAnatomy, due: Due = never): Generator<void, ExtractedArticle> {
  const page = anatomy ?? (yield* anatomySteps(doc, due));
  const { data, survey, roots, headline, meta } = page;
  // The smallest element holding the headline and every root.
  let scope: Element | null = roots[0] ?? headline;
  for (const other of [...roots.slice(1), headline]) if (scope && other) scope = commonAncestor(scope, other);
  const { blocks, dateLines } = scope ? yield* collectBlocksSteps(survey, scope, headline, roots, due) : { blocks: [], dateLines: [] };
  yield;

  const [titleHead, titleTail] = page.title ? splitTitle(squash(page.title)) : [null, null];
  const title =
    (headline ? squash(headline.textContent ?? '') : null) ||
    data.article?.headline ||
    metaContent(meta, 'og:title', 'twitter:title') ||
    titleHead ||
    null;
  const outlet =
    data.article?.publisher ?? metaContent(meta, 'og:site_name', 'application-name', 'publisher') ?? titleTail ?? null;

  const { date, from } = findPublishedAt(page, scope, dateLines);
  const text = blocks.map((block) => block.text).join('\n\n');
  const language =
    primaryTag(doc.documentElement?.getAttribute('lang')) ??
    primaryTag(metaContent(meta, 'content-language', 'og:locale')) ??
    primaryTag(data.article?.inLanguage);

  return {
    title,
    outlet,
    publishedAt: date,
    publishedAtFrom: from,
    language,
    blocks,
    text,
  };
}
