/**
 * Is this page a news article? The extraction measures (`reading/page/article-features.ts`);
 * this judges, as reader modes do: by how much prose there is, how dense, where the headline
 * stands, against the marks of home pages, listings, threads, shops and documentation.
 * Structured data, Open Graph and semantic markup add confidence; their absence costs nothing.
 */
import { groupDigits } from '../../constants';
import type { ArticleFeatures } from '../../schema';

export interface ArticleVerdict {
  isArticle: boolean;
  score: number;
  /** Plain words explaining the decision, strongest first as found. */
  signals: string[];
}

/**
 * The detector's weights. A page is an article from its text alone, as reader modes judge it;
 * what the publisher marks up only adds confidence. Set on the fixture pages and on the
 * evaluation (`npm run eval`: every seed and corpus page rendered into ten article structures and
 * five that are not articles):
 * - `text`: the corpus's openings as plain pages and as 120–300-word briefs (the short structure)
 *   run from about 650 characters up; a paywall's teaser shows two or three paragraphs (300+);
 *   video captions and teaser snippets stay under 300;
 * - `linkHeavy`: a page whose text is 60% links is an index; a short Japanese article beside two
 *   lists of linked headlines (the layout-table structure) is 50%;
 * - `headlineAbove`: a headline with at most a byline, a date line, a share bar and a caption
 *   between it and the text (a few hundred characters on every structure; 1,500 leaves room);
 * - `listing`: home pages, tag pages and search results put a linked headline above every
 *   snippet (1 per paragraph); an article's related links come in a box of their own, not one
 *   before each paragraph; a linked headline is a line of 15+ characters, 80% links;
 * - `discussion`: forum posts each carry Reply/Quote/Like links (4 per post of 1–2 paragraphs);
 * - metadata weights were halved from the first detector (JSON-LD 4 → 2, og:type 2 → 1), so that
 *   they add to the text's verdict rather than make it: the plain and div-soup structures must
 *   not need them, and a video page or teaser with JSON-LD must not pass on them alone;
 * - `shop`, `docs` and the negative markup weights are the first detector's, set on the shop,
 *   documentation, home-page and section-front fixtures; the evaluation did not move them.
 * What counts as a substantial paragraph, a linked headline and the room above the text is
 * set where it is measured (`MEASURE` in reading/page/article-features.ts).
 */
export const ARTICLE_WEIGHTS = {
  text: {
    long: { chars: 1_500, points: 3 },
    short: { chars: 500, points: 2 },
    teaser: { chars: 300, points: 1 },
    little: { chars: 300, points: -2 },
  },
  headlineAbove: 1,
  linkHeavy: { share: 0.6, points: -2 },
  listing: { points: -4, minTeasers: 4, perParagraph: 0.5, minHeadings: 6 },
  discussion: { points: -4, minActions: 3, perParagraph: 0.5 },
  video: -1,
  markup: {
    structuredArticle: 2, openGraphArticle: 1, publicationTime: 0.5, microdata: 1, oneArticle: 0.5, manyArticles: -1,
    datedTime: 0.5, byline: 0.5, datePhrase: 0.5,
    structuredProduct: -5, structuredListing: -3, structuredDocs: -2, structuredDiscussion: -3,
    openGraphProduct: -4, openGraphWebsite: -1, openGraphVideo: -2,
  },
  shop: { buyButton: -3, prices: -2, minPrices: 3 },
  docs: { code: -3, minBlocks: 2, minSpans: 6, generator: -2 },
  threshold: 3,
} as const;

const DOCS_GENERATOR = /docusaurus|sphinx|mkdocs|gitbook|vitepress|docsify|read the docs|docsy|nextra|starlight|redoc|swagger/i;
const SHOP_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'IndividualProduct', 'Store']);
const LISTING_TYPES = new Set(['ItemList', 'CollectionPage', 'SearchResultsPage']);
const DOCS_TYPES = new Set(['TechArticle', 'APIReference', 'WebAPI', 'SoftwareSourceCode']);
const DISCUSSION_TYPES = new Set(['DiscussionForumPosting', 'Comment', 'QAPage']);

function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`;
}

/** Decides from what the page measured whether it is a single article (not a front, listing, thread, shop or docs page). */
export function judgeArticle(page: ArticleFeatures): ArticleVerdict {
  const W = ARTICLE_WEIGHTS;
  const M = W.markup;
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, signal: string) => {
    score += points;
    signals.push(signal);
  };

  // The text, the way reader modes judge it.
  const paragraphs = `${plural(page.substantial, 'substantial paragraph')} (${groupDigits(page.prose)} characters)`;
  if (page.prose >= W.text.long.chars) add(W.text.long.points, `${paragraphs} of running text`);
  else if (page.prose >= W.text.short.chars) add(W.text.short.points, `${paragraphs}: a short text`);
  else if (page.prose >= W.text.teaser.chars) add(W.text.teaser.points, `${paragraphs}: the opening of a text`);
  else add(W.text.little.points, `little running text: ${paragraphs}`);
  if (page.headlineAbove) add(W.headlineAbove, 'a headline stands right above the text');
  const links = Math.round(page.linkShare * 100);
  if (page.linkShare > W.linkHeavy.share) add(W.linkHeavy.points, `mostly links (${links}% of the text)`);
  else if (page.linkShare < 0.2 && page.substantial >= 3) signals.push(`few links in the text (${links}%)`);

  // Pages made of other pages' headlines, and threads of posts.
  const L = W.listing;
  const headings = page.linkedHeadings;
  if ((page.teasers >= L.minTeasers && page.teasers >= page.substantial * L.perParagraph) || (headings >= L.minHeadings && headings >= page.substantial)) {
    add(L.points, `looks like a listing: ${plural(Math.max(page.teasers, headings), 'linked headline')} among ${plural(page.substantial, 'paragraph')}`);
  }
  const D = W.discussion;
  if (page.actions >= D.minActions && page.actions >= page.substantial * D.perParagraph) add(D.points, `looks like a discussion: ${plural(page.actions, 'reply or quote link')}`);
  if (page.prose < W.text.short.chars && page.video) add(W.video, 'a video with a caption');

  // What the publisher says the page is: confidence, never a requirement.
  const types = (set: Set<string>) => page.types.some((type) => set.has(type));
  if (page.structuredArticle) add(M.structuredArticle, `structured data calls it a ${page.structuredArticle}`);
  if (types(SHOP_TYPES)) add(M.structuredProduct, 'structured data describes a product for sale');
  if (types(LISTING_TYPES)) add(M.structuredListing, 'structured data describes a list of pages');
  if (types(DOCS_TYPES)) add(M.structuredDocs, 'structured data describes technical documentation');
  if (types(DISCUSSION_TYPES)) add(M.structuredDiscussion, 'structured data describes a discussion');
  if (page.malformed > 0) signals.push('some structured data is broken and was ignored');
  const ogType = page.openGraphType?.toLowerCase() ?? null;
  if (ogType?.startsWith('article')) add(M.openGraphArticle, 'Open Graph type is "article"');
  else if (ogType?.startsWith('product')) add(M.openGraphProduct, `Open Graph type is "${ogType}"`);
  else if (ogType?.startsWith('video')) add(M.openGraphVideo, `Open Graph type is "${ogType}"`);
  else if (ogType === 'website') add(M.openGraphWebsite, 'Open Graph type is "website"');
  if (page.publicationTime) add(M.publicationTime, 'has a publication time');
  if (page.microdata) add(M.microdata, 'microdata marks an article');
  if (page.articles === 1) add(M.oneArticle, 'has one <article> element');
  else if (page.articles >= 3) add(M.manyArticles, `has ${page.articles} <article> elements, as a list of teasers does`);
  if (page.times >= 1 && page.times <= 3) add(M.datedTime, 'shows a dated <time>');
  if (page.byline) add(M.byline, 'has a byline');

  // Shops and documentation mention the story too, but are not reporting.
  if (page.buyButton) add(W.shop.buyButton, 'has an add-to-cart button');
  if (page.datePhrase) add(M.datePhrase, 'states when it was published');
  if (page.priceMarkup || page.prices >= W.shop.minPrices) add(W.shop.prices, page.priceMarkup ? 'marks up a price' : `shows ${page.prices} prices`);
  if (page.codeBlocks >= W.docs.minBlocks || page.codeSpans >= W.docs.minSpans) {
    add(W.docs.code, `looks like documentation: ${plural(page.codeBlocks, 'code block')}, ${plural(page.codeSpans, 'code span')}`);
  }
  if (page.generator && DOCS_GENERATOR.test(page.generator)) add(W.docs.generator, `built with a documentation generator (${page.generator})`);

  score = Math.round(score * 10) / 10;
  const isArticle = score >= W.threshold;
  signals.unshift(isArticle ? `counts as an article (score ${score})` : `not an article (score ${score})`);
  return { isArticle, score, signals };
}
