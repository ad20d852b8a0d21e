/**
 * What the page side measures of a plain article: its prose and paragraphs, a headline right
 * above them, few links, nothing of a listing, thread, shop or documentation page. For text known
 * to be an article (a corpus page's paragraphs, a test's blocks), so that it reaches the
 * background's readers as a page the verdict takes for an article, without rendering it.
 */
import type { ArticleFeatures, ExtractedPage } from '../../utils/schema';

export function knownArticle(blocks: ExtractedPage['blocks']): ArticleFeatures {
  const body = blocks.filter((block) => block.role !== 'headline');
  return {
    prose: body.reduce((sum, block) => sum + block.text.length, 0),
    substantial: body.filter((block) => block.text.length >= 80).length,
    teasers: 0,
    headlineAbove: blocks[0]?.role === 'headline',
    linkShare: 0,
    linkedHeadings: 0,
    actions: 0,
    video: false,
    // Known to be an article whatever its length: a wire brief of two sentences is one too.
    structuredArticle: 'NewsArticle',
    types: ['NewsArticle'],
    malformed: 0,
    openGraphType: 'article',
    publicationTime: true,
    microdata: false,
    articles: 1,
    times: 1,
    byline: true,
    datePhrase: false,
    buyButton: false,
    priceMarkup: false,
    prices: 0,
    codeBlocks: 0,
    codeSpans: 0,
    generator: null,
  };
}
