/**
 * Is this page a news article? `detectArticle` runs on the pages whose title or address names the
 * story (or that the reader asked to have read: the background's first look decides which), and
 * judges them by their text as reader modes do (how much prose, how dense, where the headline
 * stands), against the marks of home pages, listings, threads, shops and documentation;
 * structured data, Open Graph and semantic markup add confidence, and their absence costs nothing.
 */
import { groupDigits } from '../../constants';
import { readAnatomy, type PageAnatomy } from './anatomy';
import { PUBLISHED_PHRASE } from './published';
import { DOCS_TYPES, LISTING_TYPES, SHOP_TYPES } from './structured-data';
import { isProse, type Survey } from './survey';

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
 */
export const WEIGHTS = {
  text: {
    long: { chars: 1_500, points: 3 },
    short: { chars: 500, points: 2 },
    teaser: { chars: 300, points: 1 },
    little: { chars: 300, points: -2 },
    substantial: 80,
  },
  headlineAbove: { points: 1, maxGap: 1_500 },
  linkHeavy: { share: 0.6, points: -2 },
  listing: { points: -4, minTeasers: 4, perParagraph: 0.5, minHeadings: 6, linkedLine: { chars: 15, links: 0.8 } },
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

const PRICE = /(?:[$€£¥]\s?\d{1,4}(?:[.,]\d{2})\b)|(?:\b\d{1,4}[.,]\d{2}\s?(?:USD|EUR|GBP)\b)/g;
const DOCS_GENERATOR = /docusaurus|sphinx|mkdocs|gitbook|vitepress|docsify|read the docs|docsy|nextra|starlight|redoc|swagger/i;
const DISCUSSION_TYPES = new Set(['DiscussionForumPosting', 'Comment', 'QAPage']);

function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`;
}

/** The page's text blocks from the top, up to `limit` characters (for dates and prices). */
function startOfText(survey: Survey, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const leaf of survey.leaves) {
    if (length >= limit) break;
    const text = leaf.textContent ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join('\n');
}

/** The body's text as the survey measured it: its prose, paragraphs and linked lines. */
function mainText(anatomy: PageAnatomy) {
  const { survey, roots, headline } = anatomy;
  const ranges = roots.flatMap((root) => survey.stats.get(root) ?? []);
  const head = headline ? survey.stats.get(headline) : undefined;
  let prose = 0;
  let substantial = 0;
  // Linked lines each followed by a snippet of their own: a listing's teasers, not a related-links box.
  let teasers = 0;
  let linkedLine = false;
  let firstProse = -1;
  let gap = 0;
  for (const leaf of survey.leaves) {
    const s = survey.stats.get(leaf)!;
    if (head && s.order >= head.order && s.order <= head.end) continue;
    const inRoot = ranges.some((r) => s.order >= r.order && s.order <= r.end);
    if (head && firstProse < 0 && s.order > head.end && !(inRoot && isProse(s))) gap += s.chars;
    if (!inRoot) continue;
    if (s.chars >= WEIGHTS.listing.linkedLine.chars && s.links >= s.chars * WEIGHTS.listing.linkedLine.links) {
      linkedLine = true;
      continue;
    }
    if (!isProse(s)) continue;
    if (linkedLine) teasers++;
    linkedLine = false;
    if (firstProse < 0) firstProse = s.order;
    prose += s.chars;
    if (s.chars >= WEIGHTS.text.substantial) substantial++;
  }
  const headlineAbove = !!head && firstProse > head.end && gap <= WEIGHTS.headlineAbove.maxGap;
  return { prose, substantial, teasers, headlineAbove };
}

/** Decides whether `doc` is a single article (not a front, listing, thread, shop or docs page). */
export function detectArticle(doc: Document, anatomy: PageAnatomy = readAnatomy(doc)): ArticleVerdict {
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, signal: string) => {
    score += points;
    signals.push(signal);
  };
  const { data, survey, marks } = anatomy;
  const meta = (key: string) => anatomy.meta.get(key) ?? null;
  const M = WEIGHTS.markup;

  // The text, the way reader modes judge it.
  const text = mainText(anatomy);
  const chars = groupDigits(Math.round(text.prose));
  const paragraphs = `${plural(text.substantial, 'substantial paragraph')} (${chars} characters)`;
  if (text.prose >= WEIGHTS.text.long.chars) add(WEIGHTS.text.long.points, `${paragraphs} of running text`);
  else if (text.prose >= WEIGHTS.text.short.chars) add(WEIGHTS.text.short.points, `${paragraphs}: a short text`);
  else if (text.prose >= WEIGHTS.text.teaser.chars) add(WEIGHTS.text.teaser.points, `${paragraphs}: the opening of a text`);
  else add(WEIGHTS.text.little.points, `little running text: ${paragraphs}`);
  if (text.headlineAbove) add(WEIGHTS.headlineAbove.points, 'a headline stands right above the text');
  const page = survey.root ? survey.stats.get(survey.root) : undefined;
  const density = page && page.chars > 0 ? page.links / page.chars : 0;
  if (density > WEIGHTS.linkHeavy.share) add(WEIGHTS.linkHeavy.points, `mostly links (${Math.round(density * 100)}% of the text)`);
  else if (density < 0.2 && text.substantial >= 3) signals.push(`few links in the text (${Math.round(density * 100)}%)`);

  // Pages made of other pages' headlines, and threads of posts.
  const headings = marks.headings.filter((heading) => survey.stats.get(heading)!.links >= WEIGHTS.listing.linkedLine.chars).length;
  const L = WEIGHTS.listing;
  if ((text.teasers >= L.minTeasers && text.teasers >= text.substantial * L.perParagraph) || (headings >= L.minHeadings && headings >= text.substantial)) {
    add(L.points, `looks like a listing: ${plural(Math.max(text.teasers, headings), 'linked headline')} among ${plural(text.substantial, 'paragraph')}`);
  }
  const D = WEIGHTS.discussion;
  if (marks.actions >= D.minActions && marks.actions >= text.substantial * D.perParagraph) add(D.points, `looks like a discussion: ${plural(marks.actions, 'reply or quote link')}`);
  if (text.prose < WEIGHTS.text.short.chars && marks.video) add(WEIGHTS.video, 'a video with a caption');

  // What the publisher says the page is: confidence, never a requirement.
  if (data.article) add(M.structuredArticle, `structured data calls it a ${data.article.type}`);
  if (data.types.some((t) => SHOP_TYPES.has(t))) add(M.structuredProduct, 'structured data describes a product for sale');
  if (data.types.some((t) => LISTING_TYPES.has(t))) add(M.structuredListing, 'structured data describes a list of pages');
  if (data.types.some((t) => DOCS_TYPES.has(t))) add(M.structuredDocs, 'structured data describes technical documentation');
  if (data.types.some((t) => DISCUSSION_TYPES.has(t))) add(M.structuredDiscussion, 'structured data describes a discussion');
  if (data.malformed > 0) signals.push('some structured data is broken and was ignored');
  const ogType = meta('og:type')?.toLowerCase() ?? null;
  if (ogType === 'article' || ogType?.startsWith('article')) add(M.openGraphArticle, 'Open Graph type is "article"');
  else if (ogType?.startsWith('product')) add(M.openGraphProduct, `Open Graph type is "${ogType}"`);
  else if (ogType?.startsWith('video')) add(M.openGraphVideo, `Open Graph type is "${ogType}"`);
  else if (ogType === 'website') add(M.openGraphWebsite, 'Open Graph type is "website"');
  if (meta('article:published_time') || marks.datePublished || meta('datepublished')) add(M.publicationTime, 'has a publication time');
  if (marks.microdata) add(M.microdata, 'microdata marks an article');
  if (marks.articles === 1) add(M.oneArticle, 'has one <article> element');
  else if (marks.articles >= 3) add(M.manyArticles, `has ${marks.articles} <article> elements, as a list of teasers does`);
  if (marks.times.length >= 1 && marks.times.length <= 3) add(M.datedTime, 'shows a dated <time>');
  if (marks.authors.length > 0 || marks.bylines.length > 0 || meta('author')) add(M.byline, 'has a byline');

  // Shops and documentation mention the story too, but are not reporting.
  if (marks.buyButton) add(WEIGHTS.shop.buyButton, 'has an add-to-cart button');
  const priceMarkup = marks.price || meta('product:price:amount') || meta('og:price:amount') || meta('price');
  const leadingText = startOfText(survey, 20_000);
  if (PUBLISHED_PHRASE.test(leadingText)) add(M.datePhrase, 'states when it was published');
  const prices = leadingText.match(PRICE)?.length ?? 0;
  if (priceMarkup || prices >= WEIGHTS.shop.minPrices) add(WEIGHTS.shop.prices, priceMarkup ? 'marks up a price' : `shows ${prices} prices`);
  const { codeBlocks, codeSpans } = marks;
  if (codeBlocks >= WEIGHTS.docs.minBlocks || codeSpans >= WEIGHTS.docs.minSpans) {
    add(WEIGHTS.docs.code, `looks like documentation: ${plural(codeBlocks, 'code block')}, ${plural(codeSpans, 'code span')}`);
  }
  const generator = meta('generator');
  if (generator && DOCS_GENERATOR.test(generator)) add(WEIGHTS.docs.generator, `built with a documentation generator (${generator})`);

  score = Math.round(score * 10) / 10;
  const isArticle = score >= WEIGHTS.threshold;
  signals.unshift(isArticle ? `counts as an article (score ${score})` : `not an article (score ${score})`);
  return { isArticle, score, signals };
}
