/**
 * The readable text under an element, with a map from every character back to the Text node it
 * came from, so a span found in the text can be marked on the page.
 *
 * Text nodes are copied verbatim (no whitespace folding), which keeps the map a plain offset
 * shift per node. Separators that belong to no node are added between blocks ("\n") and for
 * whitespace-only nodes between inline runs (" "). Walks siblings and parents iteratively, so a
 * page nested thousands of levels deep cannot overflow the stack.
 */

export interface TextSegment {
  node: Text;
  /** Offset in `text` where this node's data begins. */
  start: number;
}

export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never reader text. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that start a new line of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const INLINE_HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Upper-case tag name; SVG and MathML elements report theirs in lower case. */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Hidden by markup alone (no layout read): `hidden`, `aria-hidden`, inline display:none. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN_STYLE.test(style);
}

/** True for elements whose text a reader never sees: scripts, styles, hidden parts. */
export function isNeverText(el: Element): boolean {
  return NEVER_TEXT.has(tagOf(el)) || isHidden(el);
}

/**
 * The text of `root`'s text nodes in document order. `limit` stops the walk once that many
 * characters are collected (for cheap looks at the start of a page).
 */
export function collectText(
  root: Element,
  skip?: (el: Element) => boolean,
  limit: number = Number.POSITIVE_INFINITY,
): CollectedText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // The separator owed before the next text: '' none, ' ' inline gap, '\n' block boundary.
  let pending = '';
  const owe = (separator: ' ' | '\n') => {
    if (separator === '\n' || pending === '') pending = separator;
  };

  let node: Node | null = root.firstChild;
  while (node && length < limit) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!isNeverText(el) && !(skip && skip(el))) {
        const tag = tagOf(el);
        if (tag === 'BR' || BLOCK_TAGS.has(tag)) owe('\n');
        if (el.firstChild) {
          node = el.firstChild;
          continue;
        }
      }
    } else if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (/\S/.test(data)) {
        if (pending && length > 0) {
          parts.push(pending);
          length += pending.length;
        }
        pending = '';
        segments.push({ node: node as Text, start: length });
        parts.push(data);
        length += data.length;
      } else if (data.length > 0) {
        owe(' ');
      }
    }
    // `node` is done: move to its next sibling, closing the blocks we climb out of.
    let next: Node | null = null;
    let current: Node | null = node;
    while (current && current !== root) {
      if (current.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(tagOf(current as Element))) owe('\n');
      if (current.nextSibling) {
        next = current.nextSibling;
        break;
      }
      current = current.parentNode;
    }
    node = next;
  }
  return { text: parts.join(''), segments };
}

/**
 * The Text node and offset inside it for an offset into `collected.text`, or null when the
 * offset falls on a separator or outside the text.
 */
export function locateOffset(
  collected: CollectedText,
  offset: number,
): { node: Text; offset: number } | null {
  const { segments } = collected;
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found < 0) return null;
  const segment = segments[found]!;
  const inside = offset - segment.start;
  return inside < segment.node.data.length ? { node: segment.node, offset: inside } : null;
}

/**
 * True when `el`'s children hold no elements of their own: its text can be read whole at little
 * cost. A label, a button or a link is shallow; a box nested thousands of levels deep is not, and
 * reading its text once per level would be quadratic.
 */
export function isShallow(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.firstElementChild) return false;
  }
  return true;
}

/** Collapses runs of whitespace to single spaces and trims: for labels and comparisons only. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
