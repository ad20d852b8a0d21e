/** The article's headline element, and its title and outlet from the page's metadata. */
import type { PageAnatomy } from './anatomy';
import { metaContent } from './meta';
import { within } from './survey';
import { squash } from './text';

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Shared words over the longer of the two texts: 1 for the same headline, lower for a
 * breadcrumb that ends with it or a title with the outlet's name appended.
 */
function similarity(candidate: string, reference: { words: Set<string>; count: number }): number {
  const mine = words(candidate);
  if (mine.length === 0 || reference.count === 0) return 0;
  const shared = mine.filter((w) => reference.words.has(w)).length;
  // A title carries " | Outlet": do not let the outlet's words count against the headline.
  return shared / Math.max(mine.length, Math.min(reference.count, mine.length + 4));
}

/**
 * The headline scorer's weights, set on the fixture pages and the evaluation's structures:
 * - a marked headline (`<h1>`, `itemprop="headline"`) needs half its words in the page's title or
 *   og:title (a breadcrumb ending with it scores lower); an unmarked text block needs 80%, since
 *   any line of the page can be one (the div soup's and the portal's headlines share all theirs);
 * - with no title to compare, an `<h1>` counts as 0.6;
 * - `itemprop="headline"` +0.3, standing beside the body +0.1, to choose between look-alikes;
 * - only the page's first 5,000 text blocks, of at most 600 characters (a headline is a line).
 */
export const WEIGHTS = {
  marked: 0.5,
  unmarked: 0.8,
  noTitle: 0.6,
  itemprop: 0.3,
  besideBody: 0.1,
  lookalikes: { blocks: 5_000, maxChars: 600 },
} as const;
const LOOKALIKES = WEIGHTS.lookalikes;

export function findHeadline(page: Omit<PageAnatomy, 'roots' | 'headline'>, roots: Element[]): Element | null {
  const { survey } = page;
  const references = [page.data.article?.headline, metaContent(page.meta, 'og:title', 'twitter:title'), page.title]
    .filter((r): r is string => !!r && squash(r).length > 0)
    .map((r) => ({ words: new Set(words(r)), count: words(r).length }));
  const judge = (candidates: Element[], minimum: number): Element | null => {
    let best: Element | null = null;
    let bestScore = 0;
    for (const candidate of candidates) {
      // Not in furniture, not hidden (surveyed), not a link.
      const s = survey.stats.get(candidate);
      if (!s || s.links >= s.chars || s.chars > LOOKALIKES.maxChars) continue;
      const text = squash(candidate.textContent ?? '');
      if (text.length < 8 || text.length > 300) continue;
      let score = references.length === 0 ? WEIGHTS.noTitle : Math.max(...references.map((r) => similarity(text, r)));
      if (candidate.getAttribute('itemprop') === 'headline') score += WEIGHTS.itemprop;
      if (roots.some((root) => root.parentElement && within(survey.stats, candidate, root.parentElement))) score += WEIGHTS.besideBody;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return bestScore >= minimum ? best : null;
  };
  const marked = judge(page.marks.headlines.slice(0, 20), WEIGHTS.marked);
  if (marked || references.length === 0) return marked;
  // Sites without an <h1>: the text block that repeats the page title, whatever its tag.
  const lookalikes = survey.leaves.slice(0, LOOKALIKES.blocks).filter((leaf) => survey.stats.get(leaf)!.chars <= LOOKALIKES.maxChars);
  return judge(lookalikes, WEIGHTS.unmarked);
}

// Each alternative starts where a run of spaces does, not again inside it (linear time).
const TITLE_SEPARATOR = /(?<!\s)(?:\s+[|–—·-]\s+|\s*[|｜_]\s*)/;

/** "Headline | Outlet" → ["Headline", "Outlet"] when the tail is short enough to be a name. */
export function splitTitle(title: string): [string, string | null] {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return [title, null];
  const tail = parts[parts.length - 1]!.trim();
  const head = parts.slice(0, -1).join(' - ').trim();
  return tail.length <= 40 && head.length >= 15 ? [head, tail] : [title, null];
}
