/**
 * The pages of `../shared/corpus` (beside the repository, or `$CROSSCHECK_SHARED`), read at test
 * and bench time only: their texts never enter the project. Parsed by the same code as
 * `npm run dataset:check` (scripts/lib/source-texts.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateShared, parseArticleFile, textsRequired } from '../../scripts/lib/source-texts';
import { knownArticle } from '../../scripts/lib/known-article';
import type { ExtractedPage } from '../../utils/schema';

const shared = locateShared();
export const CORPUS_DIR = join(shared.dir, 'corpus/articles');

export interface CorpusPage {
  /** The file name without `.txt`. */
  slug: string;
  file: string;
  url: string;
  /** The headline as the header gives it (its "[approx.; …]" note dropped); empty when not known. */
  title: string;
  /** Whether the title is the curator's approximation (taken from the address or the text). */
  approximate: boolean;
  outlet: string;
  /** The publication date when the header gives one as YYYY-MM-DD. */
  publishedAt: string | null;
  /** Whether the page is about the story (LABEL positive) or a tricky off-topic one. */
  onTopic: boolean;
  text: string;
}

export const corpusAvailable = () => existsSync(CORPUS_DIR);

/** Every page of the corpus, or null when the corpus is not there. */
export function readCorpus(dir = CORPUS_DIR): CorpusPage[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const article = parseArticleFile(readFileSync(join(dir, file), 'utf8'), file);
      const label = article.header.LABEL ?? '';
      if (!article.url || !/^(positive|tricky-negative)$/.test(label)) throw new Error(`${file}: the header lacks a URL or a known LABEL`);
      return {
        slug: file.replace(/\.txt$/, ''),
        file,
        url: article.url,
        title: article.title,
        approximate: article.titleApproximate,
        outlet: article.header.OUTLET ?? '',
        publishedAt: /^\d{4}-\d{2}-\d{2}/.exec(article.header.DATE ?? '')?.[0] ?? null,
        onTopic: label === 'positive',
        text: article.text,
      };
    });
}

/**
 * The corpus, or a reason to skip: absent beside a developer's clone is a visible skip, absent
 * in CI (`CI=true`) a failure, since the checks that need it must run there.
 */
export function corpusOrSkip(): { pages: CorpusPage[] } | { skip: string } {
  const pages = readCorpus();
  if (pages) return { pages };
  const why = `../shared/corpus is not beside the repository (looked in ${CORPUS_DIR})`;
  if (textsRequired()) throw new Error(`${why}; CI needs it`);
  return { skip: why };
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
  const blocks: ExtractedPage['blocks'] = [{ role: 'headline', text: page.title }, ...paragraphs.map((text) => ({ role: 'body' as const, text }))];
  return { features: knownArticle(blocks), title: page.title, outlet: page.outlet, publishedAt: page.publishedAt, language, blocks };
}
