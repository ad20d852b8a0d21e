/**
 * Marks figures on the page without touching it: each figure becomes a DOM Range, and the ranges
 * are painted with the CSS Custom Highlight API. No node of the page is added, split or
 * restyled, so the page's scripts and layout see nothing (no layout shift, no broken framework
 * references to text nodes); the highlight rules live in the extension's own stylesheet.
 */
import type { ArticleBlock } from '../reading/page/extract';
import { readBlock } from '../reading/page/extract';
import { locateOffset, squash, type CollectedText } from '../reading/page/text';
import type { MarkedFigure } from '../messages';
import type { HighlightStyle } from '../schema';
import { inSlices } from './slices';

export interface Mark {
  figure: MarkedFigure;
  range: Range;
}

/** Highlight names, styled in `marks.css`; one per setting so switching restyles at once. */
export const HIGHLIGHT_NAMES: Record<HighlightStyle, string> = {
  underline: 'crosscheck-underline',
  background: 'crosscheck-background',
  outline: 'crosscheck-outline',
};
export const ACTIVE_HIGHLIGHT = 'crosscheck-active';

/** The range of one linked figure, or null when its text changed since it was read. Each block's text is collected once. */
function markBuilder(blocks: readonly ArticleBlock[], doc: Document): (figure: MarkedFigure) => Mark | null {
  const texts = new Map<number, CollectedText>();
  return (figure) => {
    const block = blocks[figure.block];
    if (!block || !block.element.isConnected) return null;
    let collected = texts.get(figure.block);
    if (!collected) texts.set(figure.block, (collected = readBlock(block.element)));
    const start = locateOffset(collected, figure.start);
    const last = locateOffset(collected, figure.end - 1);
    if (!start || !last) return null;
    const range = doc.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(last.node, last.offset + 1);
    } catch {
      return null;
    }
    return squash(range.toString()) === squash(figure.text) ? { figure, range } : null;
  };
}

/** Ranges for the linked figures; a figure whose text changed since it was read is skipped. */
export function buildMarks(blocks: readonly ArticleBlock[], figures: readonly MarkedFigure[], doc: Document = document): Mark[] {
  const build = markBuilder(blocks, doc);
  return figures.flatMap((figure) => build(figure) ?? []);
}

/** The same, in slices (slices.ts): the main thread goes back to the page between them. */
export async function buildMarksGently(
  blocks: readonly ArticleBlock[],
  figures: readonly MarkedFigure[],
  doc: Document,
  pause: () => Promise<void>,
  stopped?: () => boolean,
): Promise<Mark[]> {
  const build = markBuilder(blocks, doc);
  const marks: Mark[] = [];
  const add = (part: readonly MarkedFigure[]) => {
    for (const figure of part) {
      const mark = build(figure);
      if (mark) marks.push(mark);
    }
  };
  await inSlices(figures, 16, add, pause, stopped);
  return marks;
}

type Registry = { set(name: string, highlight: unknown): void; delete(name: string): boolean };
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function registry(win: Window): { highlights: Registry; Highlight: HighlightConstructor } | null {
  const css = (win as unknown as { CSS?: { highlights?: Registry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

/** Whether this browser can paint marks without touching the page (Chrome 105+, Firefox 140+). */
export const canHighlight = (win: Window = window): boolean => registry(win) !== null;

/** Paints the marks in the chosen style, and the active one (hovered, focused) more strongly. */
export function paintMarks(marks: readonly Mark[], style: HighlightStyle, win: Window = window): void {
  const api = registry(win);
  if (!api) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) api.highlights.delete(name);
  if (marks.length) api.highlights.set(HIGHLIGHT_NAMES[style], new api.Highlight(...marks.map((mark) => mark.range)));
}

export function paintActive(mark: Mark | null, win: Window = window): void {
  const api = registry(win);
  if (!api) return;
  if (mark) api.highlights.set(ACTIVE_HIGHLIGHT, new api.Highlight(mark.range));
  else api.highlights.delete(ACTIVE_HIGHLIGHT);
}

export function clearMarks(win: Window = window): void {
  const api = registry(win);
  if (!api) return;
  for (const name of [...Object.values(HIGHLIGHT_NAMES), ACTIVE_HIGHLIGHT]) api.highlights.delete(name);
}

/** The mark under a point (viewport coordinates), by the ranges' boxes. */
export function markAt(marks: readonly Mark[], x: number, y: number): Mark | null {
  for (const mark of marks) {
    for (const rect of mark.range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 2 && y <= rect.bottom + 2) return mark;
    }
  }
  return null;
}
