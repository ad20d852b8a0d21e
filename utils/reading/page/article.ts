/**
 * Is this page a news article? `detectArticle` runs on the pages whose title or address names the
 * story (or that the reader asked to have read), and weighs the signals reader modes use:
 * structured data, Open Graph, semantic markup and text density, against the marks of home pages,
 * listings, shops and documentation.
 *
 * Also home to what both detection and extraction need to know about a page's anatomy: its
 * structured data and which parts of it are furniture (navigation, ads, share bars…).
 */
import { groupDigits } from '../../constants';
import { collectText, isNeverText, squash, tagOf } from './text';

// ---------------------------------------------------------------------------------------------
// Structured data (JSON-LD)

export interface StructuredArticle {
  /** The schema.org type, e.g. "NewsArticle". */
  type: string;
  headline: string | null;
  /** As written (ISO 8601 in practice); normalise before use. */
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  inLanguage: string | null;
}

export interface StructuredData {
  /** Types of the page's entities: top level, `@graph` members and `mainEntity`. */
  types: string[];
  article: StructuredArticle | null;
  /** JSON-LD blocks that could not be parsed, even after light repair. */
  malformed: number;
}

/** schema.org types that are a piece of journalism or writing a reader reads through. */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
  'BlogPosting', 'LiveBlogPosting', 'Report', 'ScholarlyArticle', 'SocialMediaPosting',
]);
const SHOP_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'IndividualProduct', 'Store']);
const LISTING_TYPES = new Set(['ItemList', 'CollectionPage', 'SearchResultsPage']);
const DOCS_TYPES = new Set(['TechArticle', 'APIReference', 'WebAPI', 'SoftwareSourceCode']);

type JsonObject = Record<string, unknown>;

const MAX_JSON_LD_BLOCKS = 30;
const MAX_ENTITIES = 300;
const structuredCache = new WeakMap<Document, StructuredData>();

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "http://schema.org/NewsArticle" and "schema:NewsArticle" are both "NewsArticle". */
function typesOf(entity: JsonObject): string[] {
  const raw = entity['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).trim());
}

function parseJsonLd(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    // Common breakage in the wild: CDATA/comment wrappers, raw newlines in strings, trailing
    // commas. One repair attempt; anything worse is counted as malformed.
    const repaired = source
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\/\/\s*\]\]>\s*$|^\s*<!--|-->\s*$/g, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function collectEntities(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 5 || out.length >= MAX_ENTITIES) return;
  if (Array.isArray(value)) {
    for (const item of value) collectEntities(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if ('@type' in value) out.push(value);
  // Members of a list (a home page's ItemList of NewsArticles) are not the page itself, so
  // only the graph and the page's main entity are followed.
  if (Array.isArray(value['@graph'])) collectEntities(value['@graph'], out, depth + 1);
  if (isObject(value.mainEntity) || Array.isArray(value.mainEntity)) {
    collectEntities(value.mainEntity, out, depth + 1);
  }
}

function plainString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = squash(value);
  return text.length > 0 ? text : null;
}

function namesOf(value: unknown, byId: Map<string, JsonObject>, limit = 20): string[] {
  const names: string[] = [];
  const visit = (item: unknown) => {
    if (names.length >= limit) return;
    if (Array.isArray(item)) {
      item.forEach(visit);
      return;
    }
    const direct = plainString(item);
    if (direct) {
      names.push(direct);
      return;
    }
    if (!isObject(item)) return;
    const resolved = typeof item['@id'] === 'string' && !('name' in item) ? byId.get(item['@id']) : item;
    const name = resolved ? plainString(resolved.name) : null;
    if (name) names.push(name);
  };
  visit(value);
  return [...new Set(names)];
}

/** The page's JSON-LD, read once per document. Never throws on bad input. */
export function readStructuredData(doc: Document): StructuredData {
  const cached = structuredCache.get(doc);
  if (cached) return cached;
  const entities: JsonObject[] = [];
  let malformed = 0;
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]');
  const seen = new Set<Element>();
  for (const script of Array.from(scripts).slice(0, MAX_JSON_LD_BLOCKS)) {
    if (seen.has(script)) continue;
    seen.add(script);
    const parsed = parseJsonLd(script.textContent ?? '');
    if (parsed === undefined) malformed++;
    else collectEntities(parsed, entities, 0);
  }
  const byId = new Map<string, JsonObject>();
  for (const entity of entities) if (typeof entity['@id'] === 'string') byId.set(entity['@id'], entity);

  const types: string[] = [];
  let article: StructuredArticle | null = null;
  for (const entity of entities) {
    const entityTypes = typesOf(entity);
    types.push(...entityTypes);
    const type = entityTypes.find((t) => ARTICLE_TYPES.has(t));
    if (article || !type) continue;
    const publisher = namesOf(entity.publisher, byId, 1)[0] ?? null;
    article = {
      type,
      headline: plainString(entity.headline) ?? plainString(entity.name),
      datePublished: plainString(entity.datePublished) ?? plainString(entity.dateCreated),
      authors: namesOf(entity.author ?? entity.creator, byId),
      publisher,
      inLanguage: plainString(entity.inLanguage),
    };
  }
  const result: StructuredData = { types: [...new Set(types)], article, malformed };
  structuredCache.set(doc, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Page anatomy: furniture

const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'BUTTON', 'DIALOG', 'MENU', 'INPUT', 'LABEL', 'SELECT']);
const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'toolbar', 'menu',
  'menubar', 'tablist',
]);
/** One class or id token (split on space, "-" and "_") that marks furniture. */
const FURNITURE_TOKEN =
  /(?:^|[\s_-])(?:ads?|adslot|adunit|advert|advertisement|advertising|dfp|sponsor|sponsored|promo|promotion|share|sharing|sharebar|social|related|recirc|recirculation|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|comment|comments|nav|navbar|navigation|menu|footer|masthead|sidebar|widget|widgets|popular|trending|outbrain|taboola|paywall|breadcrumb|breadcrumbs|skip|sr-only|toolbar|tags|pagination|pager|disclaimer|disclosure)(?=$|[\s_-])/;
/** Furniture named by several tokens together. */
const FURNITURE_PHRASE =
  /more-?from|most-?read|read-?next|up-?next|you-?may|also-?read|read-?time|reading-?time|min-?read|comment-?count|share-?bar|social-?links|site-?header|site-?footer|global-?header|visually-?hidden|screen-?reader/;
/** Bylines and date lines: not reader text, but where authors and dates live. */
const META_TOKEN =
  /(?:^|[\s_-])(?:byline|bylines|author|authors|meta|timestamp|published|updated|date|time|posted|pubdate|kicker|eyebrow)(?=$|[\s_-])/;
const SUMMARY_CLASS =
  /key-?takeaways?|(?:^|[\s_-])takeaways(?=$|[\s_-])|key-?points|quick-?summary|summary-?box|article-?summary|story-?summary|(?:^|[\s_-])highlights(?=$|[\s_-])|tldr|at-?a-?glance|in-?brief|quick-?facts/;
/** The label a key-takeaways box opens with. */
export const SUMMARY_LABEL =
  /^(?:key takeaways|takeaways|quick summary|summary|at a glance|highlights|key points|the big picture|what to know|in brief|tl;?dr|要点|摘要|重点|要點|重點|内容提要)\s*:?$/i;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** A key-takeaways / quick-summary box (its class says so, or its first line is the label). */
export function isSummaryBox(el: Element): boolean {
  const tag = tagOf(el);
  if (!['DIV', 'ASIDE', 'SECTION', 'UL', 'OL'].includes(tag)) return false;
  if (SUMMARY_CLASS.test(classAndId(el))) return true;
  const first = el.firstElementChild;
  if (!first) return false;
  const label = first.textContent ?? '';
  return label.length < 40 && SUMMARY_LABEL.test(squash(label));
}

/**
 * Navigation, ads, share bars, related-story lists, comments and other furniture, judged by
 * the element itself (not its ancestors). Summary boxes are never furniture, even as `<aside>`.
 */
export function isFurniture(el: Element): boolean {
  const tag = tagOf(el);
  if (NEVER_FURNITURE.has(tag)) return false;
  // ASP.NET WebForms pages wrap the whole page in one <form>; a sign-up form holds no prose.
  if (tag === 'FORM') return el.querySelector('p, h1, article') === null;
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (tag === 'ASIDE' || role === 'complementary') return !isSummaryBox(el);
  // A header holding a menu is the site's masthead; an article's own header holds the headline
  // (and sometimes a breadcrumb <nav>).
  if (tag === 'HEADER') return el.querySelector('nav, [role="navigation"]') !== null && el.querySelector('h1') === null;
  const names = classAndId(el);
  if (names.length < 2) return false;
  if (SUMMARY_CLASS.test(names)) return false;
  if (!FURNITURE_TOKEN.test(names) && !FURNITURE_PHRASE.test(names)) return false;
  // Layout wrappers carry such names too ("content-sidebar-wrap", "menu-open"): a wrapper
  // around the article is not furniture.
  return !holdsArticle(el);
}

const NEVER_FURNITURE = new Set(['HTML', 'BODY', 'MAIN']);

/** Holds the headline or the marked body (not just any <article>: comments use those too). */
function holdsArticle(el: Element): boolean {
  return el.querySelector('h1, [itemprop="headline"], [itemprop="articleBody"]') !== null;
}

/** Bylines, date lines, kickers: furniture for the text, but read for authors and dates. */
export function isMetaLine(el: Element): boolean {
  const names = classAndId(el);
  return names.length > 1 && META_TOKEN.test(names);
}

/** Memoised "is this element or any ancestor furniture?", linear over the whole page. */
export function furnitureAncestry(
  judge: (el: Element) => boolean = (el) => isNeverText(el) || isFurniture(el),
): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (start: Element) => {
    const chain: Element[] = [];
    let answer = false;
    let el: Element | null = start;
    while (el) {
      const known = memo.get(el);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(el);
      if (judge(el)) {
        answer = true;
        break;
      }
      el = el.parentElement;
    }
    // Everything between the start and the answer shares it (a furniture ancestor taints all
    // below it; a clean chain up to a clean known element stays clean).
    for (const visited of chain) memo.set(visited, answer);
    return answer;
  };
}

/** The element holding the page's content: `<body>`, or the root when a parser left it empty. */
export function pageRoot(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstChild) return body;
  return doc.documentElement;
}

// ---------------------------------------------------------------------------------------------
// Text density

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Length that counts a CJK character like two and a half Latin ones (it carries a word). */
export function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + cjk * 1.5;
}

/** Characters of link text (raw lengths: cheap on a long page; ratios compare like with like). */
function linkTextLength(el: Element): number {
  let total = 0;
  for (const link of Array.from(el.querySelectorAll('a'))) total += (link.textContent ?? '').length;
  return total;
}

export interface ParagraphStats {
  /** Paragraphs of at least ~80 characters that are not mostly links. */
  substantial: number;
  /** Weighted characters in those paragraphs. */
  characters: number;
}

/** Past this many substantial paragraphs a page has plenty of running text: counting stops. */
export const ENOUGH_PARAGRAPHS = 100;

/** Reader-mode style count of running text, outside furniture (up to ENOUGH_PARAGRAPHS). */
export function paragraphStats(doc: Document, inFurniture = furnitureAncestry()): ParagraphStats {
  let substantial = 0;
  let characters = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    // Enough to decide; counting on through a book-length page would only cost the reader time.
    if (substantial >= ENOUGH_PARAGRAPHS) break;
    if (inFurniture(p)) continue;
    const text = squash(p.textContent ?? '');
    const length = weightedLength(text);
    if (length < 80) continue;
    if (linkTextLength(p) / Math.max(text.length, 1) > 0.5) continue;
    substantial++;
    characters += length;
  }
  return { substantial, characters };
}

// ---------------------------------------------------------------------------------------------
// detectArticle

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
