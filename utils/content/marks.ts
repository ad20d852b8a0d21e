/**
 * Marks figures on the page without touching it: each figure becomes a DOM Range, and the ranges
 * are painted with the CSS Custom Highlight API. No node of the page is added, split or
 * restyled, so the page's scripts and layout see nothing (no layout shift, no broken framework
 * references to text nodes); the highlight rules live in the extension's own stylesheet.
 */
import { squash } from '../reading/page/text';
import type { MarkedFigure } from '../messages';
import type { HighlightStyle } from '../schema';
import { inSlices } from './slices';

const TEXT_NODE = 3;

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

/**
 * The range of one linked figure, from its place in the page (its text nodes by their index in
 * the outline the page sent, and the offsets in them), or null when the page changed since.
 */
function markBuilder(nodes: readonly Node[], doc: Document): (figure: MarkedFigure) => Mark | null {
  return (figure) => {
    const [first, start, last, end] = figure.at;
    const from = nodes[first];
    const to = nodes[last];
    if (!from || !to || from.nodeType !== TEXT_NODE || to.nodeType !== TEXT_NODE || !from.isConnected || !to.isConnected) return null;
    const range = doc.createRange();
    try {
      range.setStart(from, start);
      range.setEnd(to, end);
    } catch {
      return null;
    }
    return squash(range.toString()) === squash(figure.text) ? { figure, range } : null;
  };
}

/** Ranges for the linked figures; a figure whose text changed since it was read is skipped. */
export function buildMarks(nodes: readonly Node[], figures: readonly MarkedFigure[], doc: Document = document): Mark[] {
  const build = markBuilder(nodes, doc);
  return figures.flatMap((figure) => build(figure) ?? []);
}

/** The same, in slices (slices.ts): the main thread goes back to the page between them. */
export async function buildMarksGently(
  nodes: readonly Node[],
  figures: readonly MarkedFigure[],
  doc: Document,
  pause: () => Promise<void>,
  stopped?: () => boolean,
): Promise<Mark[]> {
  const build = markBuilder(nodes, doc);
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
