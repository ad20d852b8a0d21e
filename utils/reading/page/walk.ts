/**
 * The walk: the survey's text blocks from the headline to the end of the last content root, in
 * document order, each kept as headline, dek, key takeaway, caption or body, or left out.
 */
import { readBlock, type ArticleBlock, isCaption, isDek, isFurnitureLine } from './blocks';
import { isMetaLine, isSummaryBox, SUMMARY_LABEL } from './furniture';
import { normaliseDate } from './published';
import type { ElementStats, Survey } from './survey';
import { drain, never, SLICE_EVERY, type Due } from './slicing';
import { squash } from './text';

/**
 * Boxes inside the article that are furniture by what they hold, whatever their names (hashed
 * class names, plugins' own): set on the evaluation's WordPress and div-soup pages, where
 * sign-up boxes are a sentence and a form (under 500 characters) and related-post boxes are
 * mostly links. A block of text under 300 characters that is 60% links is a "Read more" line.
 * A date line is short: the portal's "2025年1月15日 来源：…" is 25 characters, a byline with a
 * date 60. A dek is a sentence, not a line of links (the div soup's share bar stands where the
 * dek would: under 30% links).
 */
export const WEIGHTS = { formBox: 500, linkBox: 0.5, linkLine: 0.6, linkLineLength: 300, dateLine: 100, dekLinks: 0.3 } as const;

export interface WalkResult {
  blocks: ArticleBlock[];
  /** Lines that hold a date, between the headline and the body ("January 15, 2025", "2025年1月15日 来源：…"). */
  dateLines: string[];
}

interface Context {
  /** Inside a byline or date line, or a box of links or a form. */
  skip: boolean;
  summary: boolean;
  /** The caption element the block belongs to. */
  caption: Element | null;
}

/** Lowest common ancestor of two elements (linear in their depth). */
export function commonAncestor(a: Element, b: Element): Element | null {
  const ancestors = new Set<Element>();
  for (let el: Element | null = a; el; el = el.parentElement) ancestors.add(el);
  for (let el: Element | null = b; el; el = el.parentElement) if (ancestors.has(el)) return el;
  return null;
}

/**
 * Blocks from the headline to the end of the last content root, in document order. Before the
 * body only the dek, summary boxes and captions are kept (the rest is bylines and badges).
 */
export function collectBlocks(survey: Survey, scope: Element, headline: Element | null, roots: Element[]): WalkResult {
  return drain(collectBlocksSteps(survey, scope, headline, roots));
}

/** The same in slices (see `slicing.ts`): yields within the walk when `due`. */
export function* collectBlocksSteps(
  survey: Survey,
  scope: Element,
  headline: Element | null,
  roots: Element[],
  due: Due = never,
): Generator<void, WalkResult> {
  const { stats } = survey;
  const blocks: ArticleBlock[] = [];
  // Date lines met on the way: the date of sites that mark nothing up.
  const dateLines: string[] = [];
  const range = stats.get(scope) ?? (survey.root ? stats.get(survey.root) : undefined);
  if (!range) return { blocks, dateLines };
  const head = headline ? stats.get(headline) : undefined;
  const rootRanges = roots.flatMap((root) => stats.get(root) ?? []);
  const lastEnd = rootRanges.length ? Math.max(...rootRanges.map((r) => r.end)) : range.end;
  const holds = (outer: ElementStats, inner: ElementStats | undefined) => !!inner && inner.order >= outer.order && inner.order <= outer.end;
  const holdsRoot = (s: ElementStats) => rootRanges.some((r) => holds(s, r));

  const contexts = new Map<Element, Context>();
  const own = (el: Element, s: ElementStats, isLeaf: boolean): Context => {
    const keeps = holdsRoot(s) || holds(s, head);
    const box = !isLeaf && s.chars > 0 && s.links > s.chars * WEIGHTS.linkBox;
    return {
      skip: !keeps && (isMetaLine(el) || (s.controls && s.chars < WEIGHTS.formBox) || box),
      summary: isSummaryBox(el),
      caption: isCaption(el) ? el : null,
    };
  };
  const contextOf = (leaf: Element): Context => {
    const chain: Element[] = [];
    let above: Context = { skip: false, summary: false, caption: null };
    for (let el: Element | null = leaf; el && el !== scope; el = el.parentElement) {
      const known = contexts.get(el);
      if (known) {
        above = known;
        break;
      }
      chain.push(el);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      const mine = own(el, stats.get(el)!, el === leaf);
      above = { skip: above.skip || mine.skip, summary: above.summary || mine.summary, caption: mine.caption ?? above.caption };
      contexts.set(el, above);
    }
    return above;
  };

  let headlineFound = false;
  let dekFound = false;
  let bodyStarted = false;
  const captions = new Set<Element>();
  const emit = (role: ArticleBlock['role'], element: Element): boolean => {
    const text = readBlock(element).text;
    if (!/\S/.test(text)) return false;
    blocks.push({ role, element, text });
    return true;
  };

  let steps = 0;
  for (const leaf of survey.leaves) {
    if (++steps % SLICE_EVERY === 0 && due()) yield;
    const s = stats.get(leaf)!;
    if (s.order < range.order) continue;
    if (s.order > range.end || s.order > lastEnd) break;
    if (headline && head && (holds(head, s) || holds(s, head))) {
      if (!headlineFound) headlineFound = emit('headline', headline);
      continue;
    }
    const inRoot = rootRanges.some((r) => holds(r, s));
    if (!inRoot && head && s.order < head.order) continue;
    const context = contextOf(leaf);
    if (context.skip) continue;
    const text = squash(leaf.textContent ?? '');
    if (!text) continue;
    if (!bodyStarted && text.length <= WEIGHTS.dateLine && normaliseDate(text) !== null) dateLines.push(text);
    if (context.caption) {
      if (!captions.has(context.caption)) emit('caption', context.caption);
      captions.add(context.caption);
    } else if (context.summary) {
      if (!SUMMARY_LABEL.test(text) && !isFurnitureLine(text)) emit('summary', leaf);
    } else if (!dekFound && !bodyStarted && s.links < s.chars * WEIGHTS.dekLinks && isDek(leaf, text, blocks.at(-1)?.role === 'headline', inRoot)) {
      // The standfirst: marked as one, or the first sentence-long line under the headline.
      dekFound = emit('dek', leaf);
    } else if (inRoot) {
      const linkLine = s.links > s.chars * WEIGHTS.linkLine && text.length < WEIGHTS.linkLineLength;
      if (!isFurnitureLine(text) && !linkLine) bodyStarted = emit('body', leaf) || bodyStarted;
    }
  }

  if (headline && !headlineFound) {
    const text = readBlock(headline).text;
    if (/\S/.test(text)) blocks.unshift({ role: 'headline', element: headline, text });
  }
  return { blocks, dateLines };
}
