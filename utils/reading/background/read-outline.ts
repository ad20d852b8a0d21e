/**
 * The background's part of reading a page that used to be the page's: the article found in the
 * page's outline (`outline-document.ts` gives the extraction the little of a DOM it uses), and,
 * once its figures are linked, where each one is in the page: its first and last text node (by
 * the outline's index) and the offsets in them, so the reader's marks need no extraction code.
 */
import type { ExtractedPage } from '../../schema';
import type { PageOutline } from '../../schema/outline';
import { readBlock, type ArticleBlock } from '../page/extract';
import { extractPageSteps, type Extracted } from '../page/extract-page';
import { drain, drainGently, never, sliceOf, type Due } from '../page/slicing';
import { locateOffset, type CollectedText } from '../page/text';
import { outlineDocumentSteps, OutlineText } from './outline-document';

/** A figure's place in the page: its first text node and offset, its last and the offset just past it. */
export type PagePlace = [number, number, number, number];

function* outlineSteps(outline: PageOutline, due: Due): Generator<void, Extracted> {
  const doc = yield* outlineDocumentSteps(outline, due);
  return yield* extractPageSteps(doc as unknown as Document, due);
}

/**
 * What was read, in short (a hash of its measures, metadata and each block's role, length and
 * start): the page sends it back with its next outline, and an unchanged page is not linked and
 * marked again.
 */
export function fingerprint(page: ExtractedPage): string {
  const text = `${Object.values(page.features).join(',')}|${page.title}|${page.publishedAt}|${page.language}|${page.blocks.map((b) => `${b.role}:${b.text.length}:${b.text.slice(0, 64)}`).join('|')}`;
  // cyrb53: two 32-bit lanes, 53 bits of hash.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // Stryker disable next-line EqualityOperator: one round more (charCodeAt past the end is NaN, mixed in as 0) gives another hash, as stable and as sensitive
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // Stryker disable next-line ArithmeticOperator: the lanes told apart by subtraction are as good a key (only stability and sensitivity count)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The article in a page's outline, in one go (Node: the pipeline, the tests). */
export const extractOutlineNow = (outline: PageOutline): Extracted => drain(outlineSteps(outline, never));

/**
 * The article in a page's outline, in slices of `sliceMs` with `pause` between them (a hostile
 * page's outline holds hundreds of thousands of nodes: other tabs are served meanwhile).
 */
export async function extractOutline(
  outline: PageOutline,
  { pause = () => new Promise<void>((done) => setTimeout(done, 0)), sliceMs }: { pause?: () => Promise<void>; sliceMs?: number } = {},
): Promise<Extracted> {
  return drainGently(outlineSteps(outline, sliceMs === undefined ? never : sliceOf(sliceMs)), pause);
}

/** Where each figure is in the page, or null for one whose span falls outside its block's text nodes. */
export function placesOf(blocks: readonly ArticleBlock[]): (figure: { block: number; start: number; end: number }) => PagePlace | null {
  const texts = new Map<number, CollectedText>();
  return ({ block, start, end }) => {
    const element = blocks[block]?.element;
    if (!element || end <= start) return null;
    let collected = texts.get(block);
    // Stryker disable next-line ConditionalExpression: reading the block again gives the same text (the map only spares the work)
    if (!collected) texts.set(block, (collected = readBlock(element)));
    const first = locateOffset(collected, start);
    const last = locateOffset(collected, end - 1);
    if (!first || !last) return null;
    return [(first.node as unknown as OutlineText).index, first.offset, (last.node as unknown as OutlineText).index, last.offset + 1];
  };
}
