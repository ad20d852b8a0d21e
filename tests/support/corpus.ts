/**
 * The pages of `../shared/corpus` (beside the repository) as their headers describe them: the
 * address, the title (its "[approx.; …]" note dropped) and whether the page is about the story.
 * Read by the tests and the bench only; the texts never enter the extension.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus/articles');

export interface CorpusPage {
  file: string;
  url: string;
  /** The headline as the header gives it; empty when it is not known. */
  title: string;
  /** Whether the title is the curator's approximation (taken from the address or the text). */
  approximate: boolean;
  onTopic: boolean;
}

const field = (header: string, name: string) => header.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1]?.trim() ?? '';

/** Every page of the corpus, or null when the corpus is not there. */
export function readCorpus(dir = CORPUS_DIR): CorpusPage[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const header = readFileSync(join(dir, file), 'utf8').split(/\n---\n/, 1)[0]!;
      const rawTitle = field(header, 'TITLE');
      const label = field(header, 'LABEL');
      if (!field(header, 'URL') || !/^(positive|tricky-negative)$/.test(label)) throw new Error(`${file}: the header lacks a URL or a known LABEL`);
      return {
        file,
        url: field(header, 'URL'),
        title: rawTitle.replace(/^\[[^\]]*\]\s*/, ''),
        approximate: rawTitle.startsWith('['),
        onTopic: label === 'positive',
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
  if (process.env.CI === 'true') throw new Error(`${why}; CI needs it`);
  return { skip: why };
}
