/**
 * A page's outline: what the extraction reads of its document (elements, text nodes, the
 * attributes it looks at), flat, in document order. The reader writes it in one walk over the
 * page (`content/outline.ts`) and the background reads the article out of it
 * (`reading/background/outline-document.ts`), so the page carries none of the extraction's code.
 * Bounded, because a hostile page decides what is in it.
 */
import { z } from 'zod/mini';
import { OUTLINE_ATTRIBUTES, OUTLINE_LIMITS, READING_LIMITS } from '../constants';

const ATTRIBUTE_SET: ReadonlySet<string> = new Set(OUTLINE_ATTRIBUTES);

export interface PageOutline {
  /** Per node: its parent's index, -1 for the root (`<html>`). Parents come before their children. */
  parents: number[];
  /** Per node: an element's tag name as the DOM gives it, or '' for a text node. */
  tags: string[];
  /** Per node: a text node's data, '' for an element. */
  texts: string[];
  /** Per element with any of `OUTLINE_ATTRIBUTES`: its index, then name and value pairs. */
  attributes: (number | string)[][];
  /** Whether the page had more than the outline holds. */
  truncated: boolean;
}

const index = z.int().check(z.gte(-1), z.lt(OUTLINE_LIMITS.nodes));

export const pageOutline = z
  .strictObject({
    parents: z.array(index).check(z.maxLength(OUTLINE_LIMITS.nodes)),
    tags: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(OUTLINE_LIMITS.nodes)),
    texts: z.array(z.string().check(z.maxLength(OUTLINE_LIMITS.text))).check(z.maxLength(OUTLINE_LIMITS.nodes)),
    attributes: z
      .array(z.array(z.union([index, z.string().check(z.maxLength(OUTLINE_LIMITS.attribute))])).check(z.minLength(3), z.maxLength(1 + 2 * OUTLINE_ATTRIBUTES.length)))
      .check(z.maxLength(OUTLINE_LIMITS.nodes)),
    truncated: z.boolean(),
  })
  .check(z.refine(wellFormed, 'the outline must be one tree in document order, its texts at most the page text limit, its attributes those extraction reads'));
export type PageOutlineInput = z.infer<typeof pageOutline>;

/** One tree, parents before children, text nodes without children, only known attributes. */
function wellFormed(outline: PageOutline): boolean {
  const { parents, tags, texts, attributes } = outline;
  const n = parents.length;
  if (tags.length !== n || texts.length !== n) return false;
  if (n > 0 && parents[0] !== -1) return false;
  let text = 0;
  for (let i = 1; i < n; i++) {
    const parent = parents[i]!;
    if (parent < 0 || parent >= i || tags[parent] === '') return false;
    text += texts[i]!.length;
  }
  if (text > READING_LIMITS.pageText) return false;
  for (const entry of attributes) {
    const at = entry[0];
    if (typeof at !== 'number' || at < 0 || at >= n || tags[at] === '' || entry.length % 2 !== 1) return false;
    for (let k = 1; k < entry.length; k += 2) if (typeof entry[k] !== 'string' || !ATTRIBUTE_SET.has(entry[k] as string) || typeof entry[k + 1] !== 'string') return false;
  }
  return true;
}
