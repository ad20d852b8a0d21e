/**
 * The article's own words, block by block, without the page around them.
 *
 * Finds the main content the way reader modes do (publisher markup first, then the container
 * with the most paragraph text and few links), then walks from the headline to the end of that
 * content in document order, keeping the headline, the dek, key-takeaways boxes, captions and
 * body paragraphs, and dropping navigation, ads, share bars, related-story lists and the like.
 * Every block is an element of the page, so `readBlock(block.element)` gives offsets that map
 * back to Text nodes for highlighting.
 */
import {
  furnitureAncestry,
  isFurniture,
  isMetaLine,
  isSummaryBox,
  pageRoot,
  readStructuredData,
  SUMMARY_LABEL,
  weightedLength,
  type StructuredData,
} from './article';
import { isCalendarDay, isoDayOf, monthNumber, MONTH_PATTERN } from '../../core/calendar';
import { BLOCK_TAGS, collectText, isNeverText, squash, tagOf, type CollectedText } from './text';

export interface ArticleBlock {
  role: 'headline' | 'dek' | 'summary' | 'body' | 'caption';
  element: Element;
  /** Exactly `readBlock(element).text`: whitespace as on the page, so offsets map back. */
  text: string;
}

export interface ExtractedArticle {
  title: string | null;
  outlet: string | null;
  authors: string[];
  /** YYYY-MM-DD, as the publisher wrote it (no time-zone shift). */
  publishedAt: string | null;
  publishedAtFrom: 'json-ld' | 'meta' | 'time' | 'text' | null;
  /** Primary language subtag ("en", "zh"), from markup or guessed from the text. */
  language: string | null;
  /** Reading order. */
  blocks: ArticleBlock[];
  /** The blocks' text joined with "\n\n". */
  text: string;
}

/** The text of one block, skipping furniture nested inside it (a share button in a caption). */
export function readBlock(element: Element): CollectedText {
  return collectText(element, isFurniture);
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

// ---------------------------------------------------------------------------------------------
// Finding the main content

/** Class names publishers and CMSs give the body container. */
const BODY_SELECTORS = [
  '.article-body', '.article__body', '.articleBody', '.article-body-content', '.article-content',
  '.article__content', '.article-text', '.story-body', '.story-content', '.story-text',
  '.entry-content', '.post-content', '.post-body', '.post-entry', '.content-body', '.body-copy',
  '.rich-text', '.main-text', '.news-content', '.news-text', '#article-body', '#articleBody',
  '#story-body', '[data-testid="article-body"]', '[data-component="article-body"]',
].join(', ');

/** Elements that break the flow of text: a container holding one is not a paragraph. */
const BLOCKISH = new Set([...BLOCK_TAGS, 'TABLE', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME']);
BLOCKISH.delete('BODY');
BLOCKISH.delete('HTML');

interface Paragraph {
  element: Element;
  length: number;
  commas: number;
}

/** True when every child element is inline, so the element reads as one run of text. */
function hasOnlyInlineChildren(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCKISH.has(tagOf(child))) return false;
  }
  return true;
}

/** Sum of the non-blank text directly inside `el` (not in its child elements). */
function directTextLength(el: Element): number {
  let total = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) total += squash((child as Text).data).length;
  }
  return total;
}

/** Characters of link text (raw lengths: cheap, and the ratios below compare like with like). */
function linkTextLength(el: Element): number {
  let total = 0;
  for (const link of Array.from(el.querySelectorAll('a'))) total += (link.textContent ?? '').length;
  return total;
}

function linkDensity(el: Element): number {
  const length = (el.textContent ?? '').length;
  return length === 0 ? 0 : linkTextLength(el) / length;
}

/** `<p>`s and text-only `<div>`s outside furniture: the running text of the page. */
function findParagraphs(doc: Document, inFurniture: (el: Element) => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const consider = (element: Element) => {
    if (inFurniture(element)) return;
    const text = squash(element.textContent ?? '');
    const length = weightedLength(text);
    if (length < 25) return;
    if (linkTextLength(element) / Math.max(text.length, 1) > 0.5) return;
    paragraphs.push({ element, length, commas: text.match(/[,，、]/g)?.length ?? 0 });
  };
  for (const p of Array.from(doc.querySelectorAll('p'))) consider(p);
  // Sites without <p>: a div whose own text is a paragraph and whose children are all inline.
  for (const div of Array.from(doc.querySelectorAll('div, td'))) {
    if (directTextLength(div) >= 60 && hasOnlyInlineChildren(div)) consider(div);
  }
  return paragraphs;
}

/** Keeps the innermost of nested candidates (the body, not the page around it). */
function innermost(elements: Element[]): Element[] {
  const list = elements.slice(0, 50);
  return list.filter((el) => !list.some((other) => other !== el && el.contains(other)));
}

function proseInside(el: Element, paragraphs: Paragraph[]): number {
  let total = 0;
  for (const p of paragraphs) if (el.contains(p.element)) total += p.length;
  return total;
}

/**
 * The element(s) holding the body text: publisher markup when it holds prose, else the
 * readability-style best-scoring container (with siblings that score nearly as well).
 */
function findContentRoots(doc: Document, paragraphs: Paragraph[]): Element[] {
  for (const selector of ['[itemprop="articleBody"]', BODY_SELECTORS]) {
    const marked = innermost(Array.from(doc.querySelectorAll(selector))).filter(
      (el) => proseInside(el, paragraphs) >= 150,
    );
    if (marked.length > 0) return marked;
  }
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length === 1 && proseInside(articles[0]!, paragraphs) >= 500) {
    // Narrow down inside the article, below.
    paragraphs = paragraphs.filter((p) => articles[0]!.contains(p.element));
  }

  const scores = new Map<Element, number>();
  for (const paragraph of paragraphs) {
    const points = 1 + paragraph.commas + Math.min(Math.floor(paragraph.length / 100), 3);
    let ancestor = paragraph.element.parentElement;
    for (let level = 0; ancestor && level < 5; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + points / divider);
      ancestor = ancestor.parentElement;
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [candidate, score] of ranked) {
    const adjusted = score * (1 - linkDensity(candidate));
    if (adjusted > bestScore) {
      best = candidate;
      bestScore = adjusted;
    }
  }
  if (!best) return [];
  const parent = best.parentElement;
  if (!parent) return [best];
  // Bodies split into chunks around ads: take siblings that score close to the best, and
  // sibling paragraphs of their own (an article's first paragraphs before a long data appendix).
  const proseParagraphs = new Map(paragraphs.map((p) => [p.element, p.length]));
  const roots: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === best) {
      roots.push(sibling);
      continue;
    }
    const score = scores.get(sibling) ?? 0;
    const ownLength = proseParagraphs.get(sibling) ?? 0;
    if ((score >= Math.max(10, bestScore * 0.2) || ownLength >= 80) && linkDensity(sibling) < 0.25) roots.push(sibling);
  }
  return roots;
}

// ---------------------------------------------------------------------------------------------
// Headline, title, outlet, authors

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Shared words over the longer of the two texts: 1 for the same headline, lower for a
 * breadcrumb that ends with it or a title with the outlet's name appended.
 */
function similarity(candidate: string, reference: { words: Set<string>; count: number }): number {
  const mine = words(candidate);
  if (mine.length === 0 || reference.count === 0) return 0;
  const shared = mine.filter((w) => reference.words.has(w)).length;
  // A title carries " | Outlet": do not let the outlet's words count against the headline.
  return shared / Math.max(mine.length, Math.min(reference.count, mine.length + 4));
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content');
    if (content && squash(content)) return squash(content);
  }
  return null;
}

function findHeadline(
  doc: Document,
  data: StructuredData,
  roots: Element[],
  inFurniture: (el: Element) => boolean,
): Element | null {
  const references = [
    data.article?.headline,
    metaContent(doc, 'og:title', 'twitter:title'),
    doc.querySelector('title')?.textContent,
  ]
    .filter((r): r is string => !!r && squash(r).length > 0)
    .map((r) => ({ words: new Set(words(r)), count: words(r).length }));
  const judge = (candidates: Element[], minimum: number): Element | null => {
    let best: Element | null = null;
    let bestScore = 0;
    for (const candidate of candidates) {
      const text = squash(candidate.textContent ?? '');
      if (text.length < 8 || text.length > 300) continue;
      let score = references.length === 0 ? 0.6 : Math.max(...references.map((r) => similarity(text, r)));
      if (candidate.getAttribute('itemprop') === 'headline') score += 0.3;
      if (roots.some((root) => root.parentElement?.contains(candidate))) score += 0.1;
      if (score > bestScore && !inFurniture(candidate) && !candidate.closest('a')) {
        best = candidate;
        bestScore = score;
      }
    }
    return bestScore >= minimum ? best : null;
  };
  const marked = judge(Array.from(doc.querySelectorAll('[itemprop="headline"], h1')).slice(0, 20), 0.5);
  if (marked || references.length === 0) return marked;
  // Sites without an <h1>: the run of text that repeats the page title, whatever its tag.
  const lookalikes = Array.from(doc.querySelectorAll('h2, h3, div, span, p, strong, b, td'))
    .filter((el) => hasOnlyInlineChildren(el) && (el.textContent ?? '').length <= 400)
    .slice(0, 5_000);
  return judge(lookalikes, 0.8);
}

// Each alternative starts where a run of spaces does, not again inside it (linear time).
const TITLE_SEPARATOR = /(?<!\s)(?:\s+[|–—·-]\s+|\s*[|｜]\s*)/;

/** "Headline | Outlet" → ["Headline", "Outlet"] when the tail is short enough to be a name. */
function splitTitle(title: string): [string, string | null] {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return [title, null];
  const tail = parts[parts.length - 1]!.trim();
  const head = parts.slice(0, -1).join(' - ').trim();
  return tail.length <= 40 && head.length >= 15 ? [head, tail] : [title, null];
}

function findAuthors(doc: Document, data: StructuredData, bylines: string[]): string[] {
  if (data.article && data.article.authors.length > 0) return data.article.authors;
  const names: string[] = [];
  const add = (raw: string | null | undefined) => {
    if (!raw) return;
    const cleaned = squash(raw)
      .replace(/^(?:by|written by|words by|reporting by|作者[:：]?)\s*/i, '')
      .split(/(?<!\s)(?:\s+[|·•]\s+|\s+(?:posted|published|updated)\b)/i)[0]!;
    for (const part of cleaned.split(/(?<!\s)(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*、\s*)/)) {
      const name = part.trim();
      if (name.length >= 2 && name.length <= 60 && !/\d|https?:|@/.test(name)) names.push(name);
    }
  };
  add(metaContent(doc, 'author'));
  if (names.length === 0) {
    for (const el of Array.from(doc.querySelectorAll('[itemprop~="author"], [rel~="author"]')).slice(0, 10)) {
      add(el.querySelector('[itemprop="name"]')?.textContent ?? el.getAttribute('content') ?? el.textContent);
    }
  }
  if (names.length === 0) {
    const byline = doc.querySelector('[class*="byline"], [class*="author-name"], [class*="article-author"]');
    if (byline) add(byline.textContent);
  }
  if (names.length === 0) bylines.slice(0, 2).forEach(add);
  return [...new Set(names)].slice(0, 20);
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTH_NAME = `(${MONTH_PATTERN})`;
const ISO_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'i');
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** A publication date: a real day, in the years news sites have existed. */
function ymd(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || !isCalendarDay([year, month, day])) return null;
  return isoDayOf([year, month, day]);
}

/**
 * YYYY-MM-DD from the date formats publishers use: ISO 8601 (the date as written, before any
 * time-zone offset), "January 14, 2025", "Jan. 14, 2025", "14 January 2025", "2025年1月14日".
 */
export function normaliseDate(raw: string): string | null {
  const text = raw.trim();
  let match = ISO_DATE.exec(text);
  if (match && match.index <= 12) return ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  match = CJK_DATE.exec(text);
  if (match) return ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return ymd(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return ymd(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  return null;
}

const PUBLISHED_PHRASE = new RegExp(
  `(?:posted|published|first published|publication date|date)\\s*(?:on|:)?\\s*(?:\\w+day,?\\s+)?(${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `|(?:发布|發布|發佈|发表)(?:时间|時間|于|於)?[:：]?\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}-\\d{2}-\\d{2})`,
  'i',
);
const UPDATED = /updat|modif|更新|修改/i;

type DateSource = ExtractedArticle['publishedAtFrom'];

function findPublishedAt(
  doc: Document,
  data: StructuredData,
  scope: Element | null,
  inFurniture: (el: Element) => boolean,
): { date: string | null; from: DateSource } {
  const fromJsonLd = data.article?.datePublished ? normaliseDate(data.article.datePublished) : null;
  if (fromJsonLd) return { date: fromJsonLd, from: 'json-ld' };

  const fromMeta = metaContent(
    doc, 'article:published_time', 'og:article:published_time', 'published_time', 'datePublished',
    'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'DC.date.issued',
    'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
  );
  const metaDate = fromMeta ? normaliseDate(fromMeta) : null;
  if (metaDate) return { date: metaDate, from: 'meta' };

  // <time datetime>: a marked publication time first, else the first in the article that is
  // not an "updated" stamp and not in a related-stories list.
  const times = Array.from(doc.querySelectorAll('time[datetime]'))
    .slice(0, 50)
    .filter((time) => !inFurniture(time));
  const describe = (time: Element) =>
    `${time.getAttribute('itemprop') ?? ''} ${time.getAttribute('class') ?? ''} ${
      time.parentElement && (time.parentElement.textContent ?? '').length < 200 ? time.parentElement.textContent : ''
    }`;
  const marked = times.find((time) => /datePublished|publish|posted/i.test(describe(time)) || time.hasAttribute('pubdate'));
  const inScope = times.filter((time) => !scope || scope.contains(time) || scope.parentElement?.contains(time));
  const plain = (inScope.length > 0 ? inScope : times).find((time) => !UPDATED.test(describe(time)));
  for (const time of [marked, plain]) {
    const date = time ? normaliseDate(time.getAttribute('datetime') ?? '') : null;
    if (date) return { date, from: 'time' };
  }

  // Text: "Posted on January 14, 2025", then a bare date in a byline/date line.
  const root = pageRoot(doc);
  if (!root) return { date: null, from: null };
  const leading = collectText(root, (el) => isFurniture(el) && !isMetaLine(el), 30_000).text;
  const phrase = PUBLISHED_PHRASE.exec(leading);
  const phraseDate = phrase ? normaliseDate(phrase[1] ?? phrase[2] ?? '') : null;
  if (phraseDate) return { date: phraseDate, from: 'text' };
  for (const line of Array.from(doc.querySelectorAll('time, [class*="date"], [class*="time"], [class*="posted"], [class*="byline"], [class*="meta"]')).slice(0, 50)) {
    if (inFurniture(line)) continue;
    const text = squash(line.textContent ?? '');
    if (text.length > 200 || UPDATED.test(text)) continue;
    const date = normaliseDate(text);
    if (date) return { date, from: 'text' };
  }
  return { date: null, from: null };
}

// ---------------------------------------------------------------------------------------------
// Language

function primaryTag(lang: string | null | undefined): string | null {
  const tag = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  if (kana > letters * 0.05) return 'ja';
  if (hangul > letters * 0.2) return 'ko';
  if (han > letters * 0.2) return 'zh';
  const wordCount = sample.match(/\p{L}+/gu)?.length ?? 1;
  const english = sample.match(/\b(?:the|and|of|to|in|is|that|for|on|with|was|it)\b/gi)?.length ?? 0;
  return english / wordCount > 0.08 ? 'en' : null;
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** Lines that are page furniture whatever their markup. */
const FURNITURE_TEXT =
  /^(?:advertisement|advertise with us(?:\s*report ad)?|report (?:this )?ad|sponsored(?: content)?|story continues below(?: advertisement)?|leer en español|read in english|listen to (?:this )?(?:article|story).*|estimated read time:?.*|(?:\d+|one|two|three|four|five)(?:\s*[-–]\s*\d+)?\s*min(?:ute)?s?(?: read)?|\d+\s+comments?|comments?(?:\s*\(\d+\))?|share(?: this(?: article| story)?)?(?: on .*)?|related(?: stories| articles| coverage| content| news| reading)?:?|more from .{1,60}|read more:?|recommended(?: for you)?|most (?:read|popular)|you may also like|sign up for .{0,120}|subscribe to .{0,120}|follow us on .{0,120}|copyright ©?.*|all rights reserved\.?|edited by .{1,80}|(?:editorial (?:&|and) )?advertiser disclosure\b.*|disclosure: .*|广告|相关(?:新闻|阅读|文章|报道)|延伸阅读)$/i;
/** "By Ana Ruiz and Li Wei": a line of names only (so "By Tuesday, the app…" stays). */
const BYLINE_TEXT = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*\s*(?:[|,·–—-].{0,40})?$/u;
const DATE_LINE =
  /^(?:(?:posted|published|updated|last updated|first published)\b(?:\s+(?:on|by|at))?\s*[:：]?|(?:来源|來源|发布时间|發布時間|发布于|作者|记者|記者|责任编辑|責任編輯|编辑|編輯)\s*[:：\s])/i;
const DEK_CLASS =
  /(?:^|[\s_-])(?:dek|deck|standfirst|subtitle|subheadline|subhead|strapline|lede|excerpt|intro|description|summary|teaser|sub-?headline)(?=$|[\s_-])/;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|figcaption|wp-caption-text|photo-caption|image-caption)(?=$|[\s_-])/;

/** A leaf block holds text and no block-level children. */
function isLeafBlock(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'P' || /^H[1-6]$/.test(tag)) return true;
  // A table row of plain cells reads as one line ("Italy  No. 1"), not a block per cell.
  if (tag === 'TR') {
    for (let cell = el.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (!hasOnlyInlineChildren(cell)) return false;
    }
    return true;
  }
  if (!hasOnlyInlineChildren(el)) return false;
  // A container of inline elements only: read it as one run (but not an empty wrapper).
  return el.firstChild !== null;
}

function isCaption(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return true;
  if (el.getAttribute('itemprop') === 'caption') return true;
  return CAPTION_CLASS.test((el.getAttribute('class') ?? '').toLowerCase());
}

function isDekElement(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop') ?? '';
  return /description|alternativeHeadline/i.test(itemprop) || DEK_CLASS.test((el.getAttribute('class') ?? '').toLowerCase());
}

/**
 * A dek is marked as one, or (outside the body) is the first line after the headline that reads
 * like a sentence rather than a byline or date line. Inside the body only a marked dek, or a
 * subtitle heading right under the headline, counts.
 */
function isDek(element: Element, text: string, followsHeadline: boolean, inBody: boolean): boolean {
  if (isFurnitureLine(text) || text.length > 400) return false;
  if (isDekElement(element)) return true;
  const tag = tagOf(element);
  if (followsHeadline && /^H[2-4]$/.test(tag) && text.length >= 30) return true;
  if (inBody || !['P', 'H2', 'H3', 'DIV'].includes(tag)) return false;
  return weightedLength(text) >= 60 && normaliseDate(text) === null;
}

function isFurnitureLine(text: string): boolean {
  if (text.length > 200) return false;
  return FURNITURE_TEXT.test(text) || BYLINE_TEXT.test(text) || (text.length < 120 && DATE_LINE.test(text));
}

interface Frame {
  element: Element;
  inRoot: boolean;
  inSummary: boolean;
  /** Set on the marker frame pushed after a root's children: the root has been read. */
  leavesRoot?: boolean;
}

/**
 * Blocks from the headline to the end of the last content root, in document order. Before the
 * body only the dek, summary boxes and captions are kept (the rest is bylines and badges).
 */
function collectBlocks(
  scope: Element,
  headline: Element | null,
  roots: Element[],
): { blocks: ArticleBlock[]; bylines: string[] } {
  const blocks: ArticleBlock[] = [];
  // "By …" lines met on the way: the authors of sites that mark nothing up.
  const bylines: string[] = [];
  const rootSet = new Set(roots);
  let rootsLeft = roots.length;
  let afterHeadline = headline === null;
  let dekFound = false;
  let headlineFound = false;
  let bodyStarted = false;

  const emit = (role: ArticleBlock['role'], element: Element): boolean => {
    const text = readBlock(element).text;
    if (!/\S/.test(text)) return false;
    blocks.push({ role, element, text });
    return true;
  };

  const stack: Frame[] = [{ element: scope, inRoot: false, inSummary: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { element } = frame;
    if (frame.leavesRoot) {
      if (--rootsLeft === 0) break;
      continue;
    }
    if (element === headline) {
      headlineFound = emit('headline', element) || headlineFound;
      afterHeadline = true;
      continue;
    }
    const startsRoot = rootSet.has(element);
    const inRoot = frame.inRoot || startsRoot;
    if (element !== scope && !startsRoot) {
      if (isNeverText(element)) continue;
      if (isFurniture(element)) continue;
      if (isMetaLine(element) && !(headline && element.contains(headline)) && !roots.some((r) => element.contains(r))) continue;
    }
    const inSummary = frame.inSummary || (element !== scope && isSummaryBox(element));
    const reading = inRoot || afterHeadline;

    if (reading && element !== scope && (isCaption(element) || isLeafBlock(element))) {
      const text = squash(element.textContent ?? '');
      if (!text) continue;
      if (BYLINE_TEXT.test(text)) bylines.push(text);
      if (isCaption(element)) {
        emit('caption', element);
      } else if (inSummary) {
        if (!SUMMARY_LABEL.test(text) && !isFurnitureLine(text)) emit('summary', element);
      } else if (!dekFound && !bodyStarted && isDek(element, text, blocks.at(-1)?.role === 'headline', inRoot)) {
        // The standfirst: marked as one, or the first sentence-long line under the headline.
        dekFound = emit('dek', element);
      } else if (inRoot) {
        const links = linkTextLength(element) / text.length;
        if (!isFurnitureLine(text) && !(links > 0.6 && text.length < 300)) bodyStarted = emit('body', element) || bodyStarted;
      }
      continue;
    }

    if (startsRoot) stack.push({ element, inRoot: false, inSummary: false, leavesRoot: true });
    const children: Element[] = [];
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ element: children[i]!, inRoot, inSummary });
  }

  if (headline && !headlineFound) {
    const text = readBlock(headline).text;
    if (/\S/.test(text)) blocks.unshift({ role: 'headline', element: headline, text });
  }
  return { blocks, bylines };
}

/** Lowest common ancestor of two elements (linear in their depth). */
function commonAncestor(a: Element, b: Element): Element | null {
  const ancestors = new Set<Element>();
  for (let el: Element | null = a; el; el = el.parentElement) ancestors.add(el);
  for (let el: Element | null = b; el; el = el.parentElement) if (ancestors.has(el)) return el;
  return null;
}

// ---------------------------------------------------------------------------------------------

/** Reads the article on `doc`: metadata, and its text block by block in reading order. */
export function extractArticle(doc: Document): ExtractedArticle {
  const steps = extractArticleSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `extractArticle` in steps, pausing after each expensive pass over the page (finding the
 * paragraphs, scoring their containers, collecting the blocks' text), so a content script can
 * give the main thread back to the page in between.
 */
export function* extractArticleSteps(doc: Document): Generator<void, ExtractedArticle> {
  const data = readStructuredData(doc);
  const inFurniture = furnitureAncestry();
  const paragraphs = findParagraphs(doc, inFurniture);
  yield;
  const roots = findContentRoots(doc, paragraphs);
  const headline = findHeadline(doc, data, roots, inFurniture);
  yield;

  let scope: Element | null = roots[0] ?? null;
  if (scope && headline) scope = commonAncestor(scope, headline);
  else if (!scope) scope = headline;
  const { blocks, bylines } = scope ? collectBlocks(scope, headline, roots) : { blocks: [], bylines: [] };
  yield;

  const rawTitle = doc.querySelector('title')?.textContent ?? null;
  const [titleHead, titleTail] = rawTitle ? splitTitle(squash(rawTitle)) : [null, null];
  const title =
    (headline ? squash(headline.textContent ?? '') : null) ||
    data.article?.headline ||
    metaContent(doc, 'og:title', 'twitter:title') ||
    titleHead ||
    null;
  const outlet =
    data.article?.publisher ?? metaContent(doc, 'og:site_name', 'application-name', 'publisher') ?? titleTail ?? null;

  const { date, from } = findPublishedAt(doc, data, scope, inFurniture);
  const text = blocks.map((block) => block.text).join('\n\n');
  const language =
    primaryTag(doc.documentElement?.getAttribute('lang')) ??
    primaryTag(metaContent(doc, 'content-language', 'og:locale')) ??
    primaryTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    primaryTag(data.article?.inLanguage) ??
    guessLanguage(text);

  return {
    title,
    outlet,
    authors: findAuthors(doc, data, bylines),
    publishedAt: date,
    publishedAtFrom: from,
    language,
    blocks,
    text,
  };
}
