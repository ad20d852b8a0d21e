/**
 * Where the article's body is: publisher markup first, then the container with the most
 * paragraph text and few links, the way reader modes find it.
 */
import { weightedLength } from './density';
import { BLOCK_TAGS, squash, tagOf } from './text';

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
export function hasOnlyInlineChildren(el: Element): boolean {
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
export function linkTextLength(el: Element): number {
  let total = 0;
  for (const link of Array.from(el.querySelectorAll('a'))) total += (link.textContent ?? '').length;
  return total;
}

function linkDensity(el: Element): number {
  const length = (el.textContent ?? '').length;
  return length === 0 ? 0 : linkTextLength(el) / length;
}

/** `<p>`s and text-only `<div>`s outside furniture: the running text of the page. */
export function findParagraphs(doc: Document, inFurniture: (el: Element) => boolean): Paragraph[] {
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
export function findContentRoots(doc: Document, paragraphs: Paragraph[]): Element[] {
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
