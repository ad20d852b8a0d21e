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

const isIndex = (value: unknown, below: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < below;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/**
 * What is wrong with an outline a page sent, with where, or null: one tree (the root first, an
 * element, and every parent an element before its children; text only in text nodes), as many tags and texts as nodes, within the
 * bounds, only the attributes extraction reads, on elements. One pass by hand, not a schema per
 * element: a hostile page's outline holds 200,000 nodes, and the background serves every tab.
 */
export function outlineProblem(value: unknown): { path: (string | number)[]; message: string } | null {
  if (typeof value !== 'object' || value === null) return { path: [], message: 'an outline must be an object' };
  const { parents, tags, texts, attributes, truncated, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) return { path: [extra], message: 'an outline holds parents, tags, texts, attributes and truncated only' };
  if (typeof truncated !== 'boolean') return { path: ['truncated'], message: 'must be true or false' };
  for (const [name, list] of [['parents', parents], ['tags', tags], ['texts', texts], ['attributes', attributes]] as const) {
    if (!Array.isArray(list)) return { path: [name], message: 'must be an array' };
    if (list.length > OUTLINE_LIMITS.nodes) return { path: [name], message: `at most ${OUTLINE_LIMITS.nodes} entries` };
  }
  const p = parents as unknown[];
  const t = tags as unknown[];
  const x = texts as unknown[];
  if (t.length !== p.length || x.length !== p.length) return { path: ['tags'], message: 'parents, tags and texts must be as long as each other' };
  if (t[0] === '') return { path: ['tags', 0], message: 'the root is an element' };
  let text = 0;
  for (let i = 0; i < p.length; i++) {
    const parent = p[i];
    if (i === 0 ? parent !== -1 : !isIndex(parent, i) || t[parent] === '') return { path: ['parents', i], message: i === 0 ? 'the root has no parent (-1)' : 'a node comes after its parent, an element' };
    if (!isText(t[i], 100)) return { path: ['tags', i], message: 'a tag name of at most 100 characters' };
    if (!isText(x[i], OUTLINE_LIMITS.text)) return { path: ['texts', i], message: `a text of at most ${OUTLINE_LIMITS.text} characters` };
    if (t[i] !== '' && x[i] !== '') return { path: ['texts', i], message: 'an element holds no text of its own (its text nodes do)' };
    text += (x[i] as string).length;
  }
  if (text > READING_LIMITS.pageText) return { path: ['texts'], message: `at most ${READING_LIMITS.pageText} characters of text in all` };
  const list = attributes as unknown[];
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (!Array.isArray(entry) || entry.length < 3 || entry.length % 2 !== 1 || entry.length > 1 + 2 * OUTLINE_ATTRIBUTES.length) {
      return { path: ['attributes', i], message: 'an element\'s index, then name and value pairs' };
    }
    if (!isIndex(entry[0], p.length) || t[entry[0]] === '') return { path: ['attributes', i, 0], message: 'the index of an element of the outline' };
    for (let k = 1; k < entry.length; k += 2) {
      if (!ATTRIBUTE_SET.has(entry[k])) return { path: ['attributes', i, k], message: `one of the attributes extraction reads (${OUTLINE_ATTRIBUTES.join(', ')})` };
      if (!isText(entry[k + 1], OUTLINE_LIMITS.attribute)) return { path: ['attributes', i, k + 1], message: `a value of at most ${OUTLINE_LIMITS.attribute} characters` };
    }
  }
  return null;
}

export const pageOutline = z.custom<PageOutline>().check(
  z.superRefine((value, ctx) => {
    const problem = outlineProblem(value);
    if (problem) ctx.issues.push({ code: 'custom', input: value, path: problem.path, message: problem.message });
  }),
);
