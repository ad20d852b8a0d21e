/**
 * A page's outline (`schema/outline.ts`) as the little of a DOM the extraction uses: nodes linked
 * by parent, child and sibling; elements with their tag name, the outline's attributes, their text,
 * `contains`, and queries by tag name and by the few selectors the extraction asks. The background
 * runs the page's extraction (`reading/page/`) on it, as Node runs it on a parsed page.
 *
 * Asking for an attribute the outline does not carry, or a selector this does not know, throws:
 * the extraction and the outline are kept in step by the tests (every fixture page read both ways
 * gives the same result), not by hope.
 */
import { OUTLINE_ATTRIBUTES } from '../../constants';
import type { PageOutline } from '../../schema/outline';
import { never, SLICE_EVERY, type Due } from '../page/slicing';

const CARRIED: ReadonlySet<string> = new Set(OUTLINE_ATTRIBUTES);

class OutlineNode {
  parentNode: OutlineElement | null = null;
  firstChild: OutlineNode | null = null;
  lastChild: OutlineNode | null = null;
  nextSibling: OutlineNode | null = null;
  previousSibling: OutlineNode | null = null;
  constructor(
    /** Its index in the outline (the page's node of the same index is the one it stands for). */
    readonly index: number,
    readonly ownerDocument: OutlineDocument,
  ) {}
  get parentElement(): OutlineElement | null {
    return this.parentNode;
  }
  get isConnected(): boolean {
    return true;
  }
}

export class OutlineText extends OutlineNode {
  readonly nodeType = 3;
  constructor(index: number, doc: OutlineDocument, readonly data: string) {
    super(index, doc);
  }
  get textContent(): string {
    return this.data;
  }
}

type Matcher = (el: OutlineElement) => boolean;

/** `h1`, `[itemprop="headline"]` and lists of them: all the extraction asks. */
function compile(selectors: string): Matcher {
  const tests = selectors.split(',').map((part): Matcher => {
    const selector = part.trim();
    if (/^[a-z][a-z0-9-]*$/i.test(selector)) {
      const tag = selector.toUpperCase();
      return (el) => el.upperTag === tag;
    }
    const attribute = /^\[([a-z-]+)="([^"]*)"\]$/i.exec(selector);
    if (attribute && CARRIED.has(attribute[1]!)) {
      const [, name, value] = attribute;
      return (el) => el.getAttribute(name!) === value;
    }
    throw new Error(`the outline cannot answer the selector "${selector}"`);
  });
  return (el) => tests.some((test) => test(el));
}

export class OutlineElement extends OutlineNode {
  readonly nodeType = 1;
  readonly upperTag: string;
  /** The index of its last descendant. */
  end: number;
  attributes: Map<string, string> | null = null;
  constructor(index: number, doc: OutlineDocument, readonly tagName: string) {
    super(index, doc);
    this.upperTag = tagName.toUpperCase();
    this.end = index;
  }
  get localName(): string {
    return this.tagName.toLowerCase();
  }
  get firstElementChild(): OutlineElement | null {
    let child = this.firstChild;
    while (child && !(child instanceof OutlineElement)) child = child.nextSibling;
    return child;
  }
  get nextElementSibling(): OutlineElement | null {
    let next = this.nextSibling;
    while (next && !(next instanceof OutlineElement)) next = next.nextSibling;
    return next;
  }
  getAttribute(name: string): string | null {
    if (!CARRIED.has(name)) throw new Error(`the outline does not carry the attribute "${name}"`);
    return this.attributes?.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
  get textContent(): string {
    return this.ownerDocument.textBetween(this.index + 1, this.end);
  }
  contains(other: OutlineNode | null): boolean {
    return !!other && other.ownerDocument === this.ownerDocument && other.index >= this.index && other.index <= this.end;
  }
  getElementsByTagName(tag: string): OutlineElement[] {
    return this.querySelectorAll(tag);
  }
  querySelector(selectors: string): OutlineElement | null {
    return this.ownerDocument.find(compile(selectors), this.index + 1, this.end, 1)[0] ?? null;
  }
  querySelectorAll(selectors: string): OutlineElement[] {
    return this.ownerDocument.find(compile(selectors), this.index + 1, this.end);
  }
}

export class OutlineDocument {
  readonly nodeType = 9;
  documentElement: OutlineElement | null = null;
  readonly nodes: OutlineNode[] = [];
  get body(): OutlineElement | null {
    return this.childOfRoot('BODY');
  }
  get head(): OutlineElement | null {
    return this.childOfRoot('HEAD');
  }
  get title(): string {
    return (this.getElementsByTagName('title')[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  private childOfRoot(tag: string): OutlineElement | null {
    for (let child = this.documentElement?.firstElementChild ?? null; child; child = child.nextElementSibling) if (child.upperTag === tag) return child;
    return null;
  }
  /** The text of the text nodes from index `from` to `to`, in order. */
  textBetween(from: number, to: number): string {
    let text = '';
    for (let i = from; i <= to; i++) {
      const node = this.nodes[i];
      if (node instanceof OutlineText) text += node.data;
    }
    return text;
  }
  /** The elements from index `from` to `to` that match, at most `most`. */
  find(matches: Matcher, from: number, to: number, most = Number.POSITIVE_INFINITY): OutlineElement[] {
    const found: OutlineElement[] = [];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: finding more than `most` changes no answer (querySelector takes the first); the stop only saves the walk
    for (let i = from; i <= to && found.length < most; i++) {
      const node = this.nodes[i];
      if (node instanceof OutlineElement && matches(node)) found.push(node);
    }
    return found;
  }
  getElementsByTagName(tag: string): OutlineElement[] {
    return this.querySelectorAll(tag);
  }
  querySelector(selectors: string): OutlineElement | null {
    // Stryker disable next-line ArithmeticOperator: past the last node there is no element to find
    return this.find(compile(selectors), 0, this.nodes.length - 1, 1)[0] ?? null;
  }
  querySelectorAll(selectors: string): OutlineElement[] {
    // Stryker disable next-line ArithmeticOperator: past the last node there is no element to find
    return this.find(compile(selectors), 0, this.nodes.length - 1);
  }
}

/**
 * Builds the outline's document, yielding every `SLICE_EVERY` nodes when `due` says its slice has
 * used its time (a hostile page's outline holds hundreds of thousands of nodes). The outline is
 * one already checked by `pageOutline` (one tree, parents first).
 */
export function* outlineDocumentSteps(outline: PageOutline, due: Due = never): Generator<void, OutlineDocument> {
  const doc = new OutlineDocument();
  const { parents, tags, texts } = outline;
  const { nodes } = doc;
  for (let i = 0; i < parents.length; i++) {
    if (i % SLICE_EVERY === SLICE_EVERY - 1 && due()) yield;
    const tag = tags[i]!;
    const node = tag === '' ? new OutlineText(i, doc, texts[i]!) : new OutlineElement(i, doc, tag);
    nodes.push(node);
    const parent = nodes[parents[i]!];
    if (!(parent instanceof OutlineElement)) {
      doc.documentElement ??= node instanceof OutlineElement ? node : null;
      continue;
    }
    node.parentNode = parent;
    if (parent.lastChild) {
      parent.lastChild.nextSibling = node;
      node.previousSibling = parent.lastChild;
    } else {
      parent.firstChild = node;
    }
    parent.lastChild = node;
  }
  for (const [at, ...pairs] of outline.attributes) {
    const el = nodes[at as number];
    if (!(el instanceof OutlineElement)) continue;
    el.attributes = new Map();
    for (let k = 0; k + 1 < pairs.length; k += 2) el.attributes.set(pairs[k] as string, pairs[k + 1] as string);
  }
  // Each element's last descendant: children come after their parents, so one pass backwards.
  // Stryker disable next-line EqualityOperator: the root (0) has no parent to pass its end to
  for (let i = nodes.length - 1; i > 0; i--) {
    const node = nodes[i]!;
    const end = node instanceof OutlineElement ? node.end : i;
    // Stryker disable next-line EqualityOperator: setting an equal end again changes nothing
    if (node.parentNode && node.parentNode.end < end) node.parentNode.end = end;
  }
  return doc;
}
