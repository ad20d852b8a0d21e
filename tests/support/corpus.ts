/**
 * The corpus of real pages in `../shared/corpus` (beside the repository), read at test time only:
 * its texts are never copied into the project. Each file is a header (URL, TITLE, OUTLET, DATE,
 * LABEL, NOTE), a line `---`, then the page's opening text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExtractedPage } from '../../utils/schema';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus/articles');

export interface CorpusPage {
  slug: string;
  title: string;
  outlet: string;
  /** The publication date when the header gives one as YYYY-MM-DD. */
  publishedAt: string | null;
  positive: boolean;
  text: string;
}

export const corpusAvailable = () => existsSync(CORPUS_DIR);

export function readCorpus(): CorpusPage[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(CORPUS_DIR, name), 'utf8');
      const at = raw.indexOf('\n---\n');
      const header = raw.slice(0, at);
      const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(header)?.[1]?.trim() ?? '';
      return {
        slug: name.replace(/\.txt$/, ''),
        title: field('TITLE').replace(/^\[approx\.[^\]]*\]\s*/, ''),
        outlet: field('OUTLET'),
        publishedAt: /^\d{4}-\d{2}-\d{2}/.exec(field('DATE'))?.[0] ?? null,
        positive: field('LABEL') === 'positive',
        text: raw.slice(at + 5),
      };
    });
}

/**
 * The page as the content script would hand it over, made of its paragraphs (one per line), its
 * headline first; without a declared language, as a page without `<html lang>`.
 */
export function asExtracted(page: CorpusPage, language: string | null = null): ExtractedPage {
  const paragraphs = page.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return {
    article: true,
    title: page.title,
    outlet: page.outlet,
    publishedAt: page.publishedAt,
    language,
    articleSignals: [],
    blocks: [{ role: 'headline', text: page.title }, ...paragraphs.map((text) => ({ role: 'body' as const, text }))],
  };
}
