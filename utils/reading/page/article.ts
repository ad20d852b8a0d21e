/**
 * Is this page a news article, and could it be about the TikTok/RedNote story at all?
 *
 * `mightBeRelevant` runs on every page the content script sees, so it reads only the head and
 * the first few KB of text. `detectArticle` runs on the few pages that pass, and weighs the
 * signals reader modes use: structured data, Open Graph, semantic markup and text density,
 * against the marks of home pages, listings, shops and documentation.
 */
import { groupDigits } from '../../constants';
import { ENOUGH_PARAGRAPHS, linkTextLength, paragraphStats } from './density';
import { furnitureAncestry, isFurniture, pageRoot } from './furniture';
import { DOCS_TYPES, LISTING_TYPES, readStructuredData, SHOP_TYPES } from './structured-data';
import { collectText, squash } from './text';

export interface ArticleVerdict {
  isArticle: boolean;
  score: number;
  /** Plain words explaining the decision, strongest first as found. */
  signals: string[];
}

const ARTICLE_THRESHOLD = 3;
const BUY_BUTTON = /^(?:add to (?:cart|bag|basket)|buy now|buy it now|add to wishlist|checkout|in den warenkorb|加入购物车)$/i;
const PRICE = /(?:[$€£¥]\s?\d{1,4}(?:[.,]\d{2})\b)|(?:\b\d{1,4}[.,]\d{2}\s?(?:USD|EUR|GBP)\b)/g;
/** "Posted on January 14, 2025", "Published Jan. 14, 2025", "发布时间：2025年1月15日". */
const DATE_PHRASE =
  /\b(?:posted|published)\s+(?:on\s+)?(?:\w+day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|(?:发布|發布|發佈)(?:时间|時間|于|於)?[:：]?\s*\d{4}\s*(?:年|-)/i;
const DOCS_GENERATOR = /docusaurus|sphinx|mkdocs|gitbook|vitepress|docsify|read the docs|docsy|nextra|starlight|redoc|swagger/i;

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = el?.getAttribute('content');
  return content ? squash(content) : null;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`;
}

/** Decides whether `doc` is a single news article (not a front, listing, shop or docs page). */
export function detectArticle(doc: Document): ArticleVerdict {
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, signal: string) => {
    score += points;
    signals.push(signal);
  };

  // Structured data and Open Graph: what the publisher says the page is.
  const data = readStructuredData(doc);
  if (data.article) add(4, `structured data calls it a ${data.article.type}`);
  if (data.types.some((t) => SHOP_TYPES.has(t))) add(-5, 'structured data describes a product for sale');
  if (data.types.some((t) => LISTING_TYPES.has(t))) add(-3, 'structured data describes a list of pages');
  if (data.types.some((t) => DOCS_TYPES.has(t))) add(-2, 'structured data describes technical documentation');
  if (data.malformed > 0) signals.push('some structured data is broken and was ignored');

  const ogType = meta(doc, 'og:type')?.toLowerCase() ?? null;
  if (ogType === 'article' || ogType?.startsWith('article')) add(2, 'Open Graph type is "article"');
  else if (ogType?.startsWith('product')) add(-4, `Open Graph type is "${ogType}"`);
  else if (ogType === 'website') add(-1, 'Open Graph type is "website"');

  if (meta(doc, 'article:published_time') || doc.querySelector('[itemprop="datePublished"]')) {
    add(1.5, 'has a publication time');
  }

  // Semantic markup.
  const microdata = Array.from(doc.querySelectorAll('[itemtype]')).some((el) => {
    const type = el.getAttribute('itemtype') ?? '';
    return /schema\.org\/\w*(?:Article|BlogPosting)\b/i.test(type);
  });
  if (microdata) add(2, 'microdata marks an article');
  const articles = doc.querySelectorAll('article').length;
  if (articles === 1) add(1, 'has one <article> element');
  else if (articles >= 3) add(-1, `has ${articles} <article> elements, as a list of teasers does`);
  const times = doc.querySelectorAll('time[datetime]').length;
  if (times >= 1 && times <= 3) add(0.5, 'shows a dated <time>');
  if (doc.querySelector('[rel~="author"], [itemprop~="author"], [class*="byline"], meta[name="author"]')) {
    add(0.5, 'has a byline');
  }

  // Text density, the way reader modes judge it.
  const inFurniture = furnitureAncestry();
  const prose = paragraphStats(doc, inFurniture);
  const proseSignal = `${prose.substantial >= ENOUGH_PARAGRAPHS ? 'at least ' : ''}${plural(prose.substantial, 'substantial paragraph')} (${groupDigits(Math.round(prose.characters))} characters)`;
  if (prose.substantial >= 5 && prose.characters >= 1000) add(2, `${proseSignal} of running text`);
  else if (prose.substantial >= 3 && prose.characters >= 500) add(1, `${proseSignal}: a short text`);
  else if (prose.substantial < 2) add(-2, `little running text: ${proseSignal}`);

  let teasers = 0;
  for (const heading of Array.from(doc.querySelectorAll('h2, h3, h4'))) {
    if (inFurniture(heading)) continue;
    const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
    if (link && squash(link.textContent ?? '').length >= 15) teasers++;
  }
  if (teasers >= 6 && teasers >= prose.substantial) add(-3, `looks like a listing: ${teasers} linked headlines`);

  const root = pageRoot(doc);
  if (root) {
    const allText = (root.textContent ?? '').length;
    const density = linkTextLength(root) / Math.max(allText, 1);
    if (density > 0.5) add(-2, `mostly links (${Math.round(density * 100)}% of the text)`);
    else if (density < 0.2 && prose.substantial >= 3) signals.push(`few links in the text (${Math.round(density * 100)}%)`);
  }

  // Shops and documentation mention the story too, but are not reporting.
  const buyButton = Array.from(doc.querySelectorAll('button, input[type="submit"], a[role="button"], [class*="add-to-cart"]')).some(
    (el) => BUY_BUTTON.test(squash(el.textContent || el.getAttribute('value') || '')) || /add-to-cart/i.test(el.getAttribute('class') ?? ''),
  );
  if (buyButton) add(-3, 'has an add-to-cart button');
  const priceMarkup = doc.querySelector('[itemprop="price"], meta[property="product:price:amount"], meta[property="og:price:amount"]');
  const leadingText = root ? collectText(root, undefined, 20_000).text : '';
  if (DATE_PHRASE.test(leadingText)) add(1, 'states when it was published');
  const prices = leadingText.match(PRICE)?.length ?? 0;
  if (priceMarkup || prices >= 3) add(-2, priceMarkup ? 'marks up a price' : `shows ${prices} prices`);

  const codeBlocks = doc.querySelectorAll('pre').length;
  const codeSpans = doc.querySelectorAll('code').length;
  if (codeBlocks >= 2 || codeSpans >= 6) add(-3, `looks like documentation: ${plural(codeBlocks, 'code block')}, ${plural(codeSpans, 'code span')}`);
  const generator = meta(doc, 'generator');
  if (generator && DOCS_GENERATOR.test(generator)) add(-2, `built with a documentation generator (${generator})`);

  score = Math.round(score * 10) / 10;
  const isArticle = score >= ARTICLE_THRESHOLD;
  signals.unshift(isArticle ? `counts as an article (score ${score})` : `not an article (score ${score})`);
  return { isArticle, score, signals };
}

// ---------------------------------------------------------------------------------------------
// mightBeRelevant

/** Names of the story's actors; one hit is enough to look closer. */
export const STORY_KEYWORDS =
  /tik\s?tok|red\s?note|xiaohongshu|little red book|小红书|小紅書|lemon\s?8|bytedance|字节跳动|字節跳動/i;
const LEADING_TEXT_LIMIT = 6_000;

/**
 * Cheap first look for the content script: the title, description, keywords, Open Graph title,
 * the first `<h1>` and the first few KB of the main text (menus and footers skipped, where
 * "Follow us on TikTok" lives). False on almost every page.
 */
export function mightBeRelevant(doc: Document): boolean {
  const head = [
    doc.querySelector('title')?.textContent,
    meta(doc, 'description'),
    meta(doc, 'keywords'),
    meta(doc, 'news_keywords'),
    meta(doc, 'og:title'),
    meta(doc, 'og:description'),
    meta(doc, 'twitter:title'),
    doc.querySelector('h1')?.textContent,
  ];
  if (head.some((text) => text && STORY_KEYWORDS.test(text))) return true;
  // Not `article`: on a front page the first one is a teaser card.
  const region = doc.querySelector('main, [role="main"]') ?? pageRoot(doc);
  if (!region) return false;
  const { text } = collectText(region, isFurniture, LEADING_TEXT_LIMIT);
  return STORY_KEYWORDS.test(text);
}
