/** Text density, the way reader modes measure it: how much running text, how many links. */
import { furnitureAncestry } from './furniture';
import { squash } from './text';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Length that counts a CJK character like two and a half Latin ones (it carries a word). */
export function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + cjk * 1.5;
}

/** Characters of link text (raw lengths: cheap on a long page; ratios compare like with like). */
export function linkTextLength(el: Element): number {
  let total = 0;
  for (const link of Array.from(el.querySelectorAll('a'))) total += (link.textContent ?? '').length;
  return total;
}

export interface ParagraphStats {
  /** Paragraphs of at least ~80 characters that are not mostly links. */
  substantial: number;
  /** Weighted characters in those paragraphs. */
  characters: number;
}

/** Past this many substantial paragraphs a page has plenty of running text: counting stops. */
export const ENOUGH_PARAGRAPHS = 100;

/** Reader-mode style count of running text, outside furniture (up to ENOUGH_PARAGRAPHS). */
export function paragraphStats(doc: Document, inFurniture = furnitureAncestry()): ParagraphStats {
  let substantial = 0;
  let characters = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    // Enough to decide; counting on through a book-length page would only cost the reader time.
    if (substantial >= ENOUGH_PARAGRAPHS) break;
    if (inFurniture(p)) continue;
    const text = squash(p.textContent ?? '');
    const length = weightedLength(text);
    if (length < 80) continue;
    if (linkTextLength(p) / Math.max(text.length, 1) > 0.5) continue;
    substantial++;
    characters += length;
  }
  return { substantial, characters };
}
