/**
 * The reader's whole part in reading a page: one walk over the document that writes its outline
 * (elements, text nodes and the few attributes extraction reads: `schema/outline.ts`) for the
 * background, which finds the article in it. The nodes stay behind, by the same index, for the
 * marks: the background answers with each figure's text nodes and offsets.
 *
 * Iterative (a page nested thousands of levels deep cannot overflow the stack), in slices (every
 * `SLICE_EVERY` nodes it asks `due`, and yields when its slice has used its time), and bounded
 * (`OUTLINE_LIMITS`: a hostile page of millions of nodes sends the start of itself).
 */
import { isButtonInput, isDataScript, OUTLINE_ATTRIBUTES, OUTLINE_LIMITS, OUTLINE_OPAQUE, READING_LIMITS } from '../constants';
import { drain, never, SLICE_EVERY, type Due } from '../reading/page/slicing';
import type { PageOutline } from '../schema/outline';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface Outlined {
  outline: PageOutline;
  /** The outline's nodes, by index. */
  nodes: Node[];
}

export function* outlineSteps(doc: Document, due: Due = never): Generator<void, Outlined> {
  const parents: number[] = [];
  const tags: string[] = [];
  const texts: string[] = [];
  const attributes: (number | string)[][] = [];
  const nodes: Node[] = [];
  const outline: PageOutline = { parents, tags, texts, attributes, truncated: false };
  const root = doc.documentElement;
  if (!root) return { outline, nodes };
  let textLeft: number = READING_LIMITS.pageText;

  /** Adds `node` under `parent`; whether to walk into it. */
  const add = (node: Node, parent: number): boolean => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data.slice(0, Math.min(OUTLINE_LIMITS.text, textLeft));
      textLeft -= data.length;
      nodes.push(node);
      parents.push(parent);
      tags.push('');
      texts.push(data);
      // Stryker disable next-line BooleanLiteral: a text node has no first child, so walking into it walks nothing
      return false;
    }
    const el = node as Element;
    const tag = el.tagName;
    const index = nodes.length;
    nodes.push(el);
    parents.push(parent);
    tags.push(tag.slice(0, 100));
    texts.push('');
    let entry: (number | string)[] | null = null;
    const upper = tag.toUpperCase();
    for (const name of OUTLINE_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null || (name === 'value' && !(upper === 'INPUT' && isButtonInput(el.getAttribute('type'))))) continue;
      (entry ??= [index]).push(name, value.slice(0, OUTLINE_LIMITS.attribute));
    }
    if (entry) attributes.push(entry);
    if (upper === 'SCRIPT') return isDataScript(el.getAttribute('type'));
    return !OUTLINE_OPAQUE.has(upper);
  };

  // Pre-order, by first child and next sibling; `stack` holds the indices of the open elements.
  add(root, -1);
  const stack: number[] = [0];
  let node: Node | null = root.firstChild;
  let steps = 0;
  while (stack.length > 0) {
    // Stryker disable next-line UpdateOperator: counting down asks at the same steps (-256 % 256 is -0, which === 0)
    if (++steps % SLICE_EVERY === 0 && due()) yield;
    if (!node) {
      const closed = nodes[stack.pop()!]!;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: once the root is closed the loop ends, whatever its next sibling
      node = stack.length > 0 ? closed.nextSibling : null;
      continue;
    }
    const kind = node.nodeType;
    if (kind === ELEMENT_NODE || kind === TEXT_NODE) {
      if (nodes.length >= OUTLINE_LIMITS.nodes || textLeft <= 0) {
        outline.truncated = true;
        break;
      }
      if (add(node, stack.at(-1)!) && node.firstChild) {
        stack.push(nodes.length - 1);
        node = node.firstChild;
        continue;
      }
    }
    node = node.nextSibling;
  }
  return { outline, nodes };
}

/** In one go (tests, Node). */
export const outlinePage = (doc: Document): Outlined => drain(outlineSteps(doc));
