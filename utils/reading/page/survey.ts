/**
 * One pass over the page that measures its text the way reader modes do, for detection and
 * extraction alike: for every element outside furniture, how much visible text it holds, how
 * much of it is link text, how much runs inline (not in a block-level child), its commas, and how
 * much prose sits under it; and the page's text blocks: the elements that read as one run of
 * text (a `<p>`, a `<div>` or `<span>` of text, a table cell broken by `<br><br>`).
 *
 * Bottom-up and iterative: every node is visited once, so the survey is linear in the page and a
 * page nested thousands of levels deep cannot overflow the stack.
 */
import { articleHolders, isFurniture } from './furniture';
import { BLOCK_TAGS, isNeverText, tagOf } from './text';
import { drain, never, SLICE_EVERY, type Due } from './slicing';

export interface ElementStats {
  /** Pre-order position among the surveyed elements, and the last position of its subtree. */
  order: number;
  end: number;
  /** Visible text, a CJK character counting 2.5 (it carries a word). */
  chars: number;
  /** Of it, inside links. */
  links: number;
  /** Of it, directly inside or in inline children (not in block-level children). */
  inline: number;
  commas: number;
  /** Text of the prose paragraphs below (text blocks of `PROSE.minimum`+ that are not mostly links). */
  prose: number;
  paragraphs: number;
  /** Has a block-level child holding text. */
  block: boolean;
  /** Holds form controls (an email box, a button): sign-up forms, share and comment tools. */
  controls: boolean;
  /** Read as one text block. */
  leaf: boolean;
}

export interface Survey {
  /** `<body>`, or the root when a parser left the body empty. */
  root: Element | null;
  stats: Map<Element, ElementStats>;
  /** The text blocks, in document order; none inside another. */
  leaves: Element[];
}

/**
 * What makes a text block prose and a container a text block. Set on the fixture pages and the
 * evaluation's structures (`npm run eval`): 25 characters keeps one-line paragraphs and drops
 * labels; a container whose text is 60% inline and 100+ characters is one text block with a box
 * in it (a `<td>` of `<br>`-separated paragraphs holding an ad), not a layout box.
 */
export const PROSE = { minimum: 25, maxLinkShare: 0.5, inlineShare: 0.6, inlineMinimum: 100, rowCell: 300 } as const;

/** Elements that break the flow of text: a container holding one is not one text block. */
const BLOCKISH = new Set([...BLOCK_TAGS, 'TABLE', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME']);
BLOCKISH.delete('BODY');
BLOCKISH.delete('HTML');
/** Always one text block, whatever they hold. */
const TEXT_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CONTROL_TAGS = new Set(['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const COMMAS = /[,，、]/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Length that counts a CJK character like two and a half Latin ones. */
export function weightedLength(text: string): number {
  return text.length + (HAS_CJK.test(text) ? (text.match(CJK)?.length ?? 0) * 1.5 : 0);
}

export const isProse = (s: ElementStats) => s.chars >= PROSE.minimum && s.links <= s.chars * PROSE.maxLinkShare;

function blank(order: number): ElementStats {
  return { order, end: order, chars: 0, links: 0, inline: 0, commas: 0, prose: 0, paragraphs: 0, block: false, controls: false, leaf: false };
}

/** A table row of short plain cells reads as one line ("Italy  No. 1"), not a block per cell. */
function isPlainRow(row: Element, stats: Map<Element, ElementStats>): boolean {
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    const s = stats.get(cell);
    if (s && (s.block || s.chars > PROSE.rowCell)) return false;
  }
  return true;
}

function isLeaf(el: Element, s: ElementStats, stats: Map<Element, ElementStats>): boolean {
  if (s.chars === 0) return false;
  const tag = tagOf(el);
  if (TEXT_TAGS.has(tag) || !s.block) return true;
  if (tag === 'TR') return isPlainRow(el, stats);
  return s.inline >= s.chars * PROSE.inlineShare && s.inline >= PROSE.inlineMinimum;
}

interface Frame {
  element: Element;
  stats: ElementStats;
  /** Text blocks found before this element: those found inside it start here. */
  leavesAt: number;
  link: boolean;
}

/**
 * Surveys the page. Furniture and what a reader never sees are left out of every count; `visit`
 * sees every element the walk meets, furniture included (not what is inside furniture).
 */
export function surveyPage(doc: Document, visit?: (el: Element, skipped: boolean) => void): Survey {
  return drain(surveySteps(doc, visit));
}

/**
 * The survey in slices: every `SLICE_EVERY` nodes it asks `due` whether its slice has taken its
 * time, and if so yields (the background serves other tabs there: one pass over a 100,000-word
 * page takes tens of milliseconds on a loaded machine).
 */
export function* surveySteps(doc: Document, visit?: (el: Element, skipped: boolean) => void, due: Due = never): Generator<void, Survey> {
  const body = doc.body;
  const root = body && body.firstChild ? body : doc.documentElement;
  const stats = new Map<Element, ElementStats>();
  const leaves: Element[] = [];
  if (!root) return { root: null, stats, leaves };

  const holds = articleHolders(doc);
  let order = 0;
  let inLink = 0;
  const stack: Frame[] = [];
  const enter = (element: Element) => {
    const s = blank(order++);
    stats.set(element, s);
    const link = tagOf(element) === 'A';
    if (link) inLink++;
    stack.push({ element, stats: s, leavesAt: leaves.length, link });
  };
  enter(root);
  let node: Node | null = root.firstChild;
  let steps = 0;
  while (stack.length > 0) {
    if (++steps % SLICE_EVERY === 0 && due()) yield;
    if (node) {
      if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        const skipped = isNeverText(el) || isFurniture(el, holds);
        visit?.(el, skipped);
        if (skipped) {
          if (CONTROL_TAGS.has(tagOf(el)) && (el.getAttribute('type') ?? '').toLowerCase() !== 'hidden') stack.at(-1)!.stats.controls = true;
          node = el.nextSibling;
          continue;
        }
        enter(el);
        node = el.firstChild;
        continue;
      }
      if (node.nodeType === TEXT_NODE) {
        const text = (node as Text).data.trim();
        if (text) {
          const s = stack.at(-1)!.stats;
          const length = weightedLength(text);
          s.chars += length;
          s.inline += length;
          if (inLink > 0) s.links += length;
          if (text.includes(',') || text.includes('，') || text.includes('、')) s.commas += text.match(COMMAS)?.length ?? 0;
        }
      }
      node = node.nextSibling;
      continue;
    }
    // The element on top is done: classify it and fold it into its parent.
    const frame = stack.pop()!;
    const { element, stats: s } = frame;
    if (frame.link) inLink--;
    s.end = order - 1;
    if (isLeaf(element, s, stats)) {
      s.leaf = true;
      leaves.length = frame.leavesAt;
      leaves.push(element);
      const prose = isProse(s);
      s.prose = prose ? s.chars : 0;
      s.paragraphs = prose ? 1 : 0;
    }
    const parent = stack.at(-1);
    if (parent) {
      const p = parent.stats;
      p.chars += s.chars;
      p.links += s.links;
      p.commas += s.commas;
      p.prose += s.prose;
      p.paragraphs += s.paragraphs;
      p.controls ||= s.controls;
      if (s.chars > 0 && (BLOCKISH.has(tagOf(element)) || s.block)) p.block = true;
      else p.inline += s.chars;
    }
    node = element === root ? null : element.nextSibling;
  }
  return { root, stats, leaves };
}

/** Whether `inner` is `outer` or inside it (both surveyed). */
export function within(stats: Map<Element, ElementStats>, inner: Element, outer: Element): boolean {
  const a = stats.get(inner);
  const b = stats.get(outer);
  return !!a && !!b && a.order >= b.order && a.order <= b.end;
}
