/**
 * The walk: from the headline to the end of the last content root, in document order, keeping
 * the headline, dek, key-takeaways boxes, captions and body paragraphs.
 */
import { readBlock, type ArticleBlock, BYLINE_TEXT, isCaption, isDek, isFurnitureLine, isLeafBlock } from './blocks';
import { linkTextLength } from './content-roots';
import { isFurniture, isMetaLine, isSummaryBox, SUMMARY_LABEL } from './furniture';
import { isNeverText, squash } from './text';

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
export function collectBlocks(
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
export function commonAncestor(a: Element, b: Element): Element | null {
  const ancestors = new Set<Element>();
  for (let el: Element | null = a; el; el = el.parentElement) ancestors.add(el);
  for (let el: Element | null = b; el; el = el.parentElement) if (ancestors.has(el)) return el;
  return null;
}
