/**
 * Where the article's body is, from the survey of the page: publisher markup first when it holds
 * prose, else the container that scores best the way Readability scores them (each paragraph
 * gives points to its parent and, less, to its ancestors), widened to an ancestor that holds much
 * more of the page's prose (a live blog's updates, a body split around ads) and to siblings that
 * score nearly as well.
 */
import type { PageMarks } from './marks';
import { drain, never, SLICE_EVERY, type Due } from './slicing';
import { isProse, type Survey } from './survey';

/**
 * The scorer's weights. Levels and dividers are Readability's (parent 1, grandparent 2, then
 * 3 per level); the rest was set on the fixture pages and the evaluation's structures:
 * - `markedProse`: a publisher's body container counts once it holds a short paragraph or two;
 * - `widen`: an ancestor with 40% more prose than the best container holds the same article
 *   (live blogs put each update in its own box; sites split bodies around ads); less than that
 *   is usually a comment box or teasers next to the body;
 * - `repeat*`: the live-blog structure's updates hold one to three paragraphs each, and one update
 *   can hold most of the prose (a long court ruling), so widening alone misses the others;
 * - `sibling`: a sibling box scoring a fifth of the best, with few links, is more of the body.
 */
export const WEIGHTS = {
  levels: 5,
  divider: (level: number) => (level === 0 ? 1 : level === 1 ? 2 : level * 3),
  pointsPerHundred: 1,
  maxLengthPoints: 3,
  candidates: 5,
  markedProse: 150,
  widen: 1.4,
  widenMaxLinks: 0.3,
  /** Another box like the best one's (or its parent's, or grandparent's), each with prose. */
  repeatLevels: 3,
  repeatSiblings: 1,
  sibling: { share: 0.2, minimum: 10, ownProse: 80, maxLinks: 0.25 },
} as const;

const linkShare = (survey: Survey, el: Element) => {
  const s = survey.stats.get(el);
  return s && s.chars > 0 ? s.links / s.chars : 0;
};

/** Keeps the innermost of nested candidates (the body, not the page around it), if it holds prose. */
function innermost(survey: Survey, elements: Element[]): Element[] {
  const list = elements.slice(0, 50);
  return list.filter((el) => !list.some((other) => other !== el && el.contains(other)) && (survey.stats.get(el)?.prose ?? 0) >= WEIGHTS.markedProse);
}

const signature = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

/**
 * A live blog's updates (or a story told in numbered cards) are boxes of one kind side by side,
 * each with its own prose: the best box is one of them, and the article is their container.
 */
function repeatedContainer(survey: Survey, chosen: Element): Element {
  let box: Element | null = chosen;
  for (let level = 0; box && box !== survey.root && level < WEIGHTS.repeatLevels; level++, box = box.parentElement) {
    const parent: Element | null = box.parentElement;
    if (!parent || !survey.stats.has(parent)) break;
    const mine = signature(box);
    let alike = 0;
    for (let sibling: Element | null = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling !== box && signature(sibling) === mine && (survey.stats.get(sibling)?.prose ?? 0) > 0) alike++;
    }
    if (alike >= WEIGHTS.repeatSiblings && linkShare(survey, parent) <= WEIGHTS.widenMaxLinks) return parent;
  }
  return chosen;
}

/** The element(s) holding the body text, in document order; empty when the page has no prose. */
export function findContentRoots(survey: Survey, marks: PageMarks): Element[] {
  return drain(contentRootsSteps(survey, marks));
}

/** The same in slices: scoring walks every text block of the page, and yields when `due`. */
export function* contentRootsSteps(survey: Survey, marks: PageMarks, due: Due = never): Generator<void, Element[]> {
  for (const candidates of [marks.markedBodies, marks.namedBodies]) {
    const marked = innermost(survey, candidates);
    if (marked.length > 0) return marked;
  }

  const scores = new Map<Element, number>();
  let steps = 0;
  for (const leaf of survey.leaves) {
    if (++steps % SLICE_EVERY === 0 && due()) yield;
    const s = survey.stats.get(leaf)!;
    if (!isProse(s)) continue;
    const points = 1 + s.commas + Math.min(Math.floor(s.chars / 100) * WEIGHTS.pointsPerHundred, WEIGHTS.maxLengthPoints);
    let ancestor = leaf.parentElement;
    for (let level = 0; ancestor && level < WEIGHTS.levels && survey.stats.has(ancestor); level++) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + points / WEIGHTS.divider(level));
      ancestor = ancestor.parentElement;
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, WEIGHTS.candidates);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [candidate, score] of ranked) {
    const adjusted = score * (1 - linkShare(survey, candidate));
    if (adjusted > bestScore) [best, bestScore] = [candidate, adjusted];
  }
  if (!best) return [];

  // Widen to an ancestor that holds much more prose, with few links.
  let chosen = best;
  for (let ancestor = best.parentElement; ancestor && survey.stats.has(ancestor); ancestor = ancestor.parentElement) {
    const prose = survey.stats.get(ancestor)!.prose;
    if (prose >= survey.stats.get(chosen)!.prose * WEIGHTS.widen && linkShare(survey, ancestor) <= WEIGHTS.widenMaxLinks) chosen = ancestor;
  }
  chosen = repeatedContainer(survey, chosen);
  const parent = chosen.parentElement;
  if (!parent || chosen === survey.root) return [chosen];
  const chosenScore = chosen === best ? bestScore : (scores.get(chosen) ?? 0);
  // Bodies split into chunks: siblings that score close to the best, and sibling paragraphs of
  // their own (an article's first paragraphs before a long data appendix).
  const roots: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    const s = survey.stats.get(sibling);
    if (sibling === chosen) roots.push(sibling);
    else if (s && linkShare(survey, sibling) < WEIGHTS.sibling.maxLinks) {
      const score = scores.get(sibling) ?? 0;
      if (score >= Math.max(WEIGHTS.sibling.minimum, chosenScore * WEIGHTS.sibling.share) || (s.leaf && s.prose >= WEIGHTS.sibling.ownProse)) roots.push(sibling);
    }
  }
  return roots;
}
