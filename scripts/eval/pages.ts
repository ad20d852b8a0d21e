/**
 * The evaluation's material: the five seed articles and the corpus pages in `../shared`, read at
 * evaluation time (their text is never copied into the project), each as a title and its text's
 * blocks, with the dataset's sources that cite it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../utils/schema';
import { SEED_FILES } from '../../tests/support/seeds';

export interface EvalBlock {
  text: string;
  /** A short line without a full stop between paragraphs ("RedNote: Origins"): a subheading. */
  heading: boolean;
  /** A line of the source page's own furniture that came with its text ("Edited by …", a date stamp). */
  furniture: boolean;
}

/**
 * Lines of the sources' own page furniture in the seed and corpus texts (checked by hand on all
 * 79 pages): editing credits, copyright and sign-up lines, bare date stamps. Rendered where they
 * stand, but scored as furniture: an extraction that leaves them out is right.
 */
const SOURCE_FURNITURE =
  /^(?:edited by\s|copyright\b|©|sign up for\b|published:\s*\|\s*updated:|\d{4}[-.]\d{2}[-.]\d{2}(?:\s+\d{2}:\d{2}(?::\d{2})?)?$)/i;

export interface EvalArticle {
  /** The corpus slug, or the seed's file name. */
  id: string;
  kind: 'seed' | 'corpus';
  /** On-topic reporting, or one of the corpus's tricky off-topic pages. */
  label: 'positive' | 'negative';
  url: string | null;
  title: string;
  outlet: string;
  /** YYYY-MM-DD when the page shows it. */
  date: string | null;
  language: string;
  blocks: EvalBlock[];
  /** The dataset's sources for this page (by URL, or the seeds' mapping). */
  sourceIds: string[];
}

export function sharedDir(root: string): string {
  return join(root, '..', 'shared');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Quotes and dashes as the seeds and the dataset may spell them differently. */
export const normalise = (text: string) => squash(text).replace(/[‘’`´]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-');

/** Stop words that tell the corpus's Latin-script languages apart (for the by-language table). */
const STOP_WORDS: Record<string, RegExp> = {
  en: /\b(?:the|and|of|to|is|that|for|with|was|are)\b/gi,
  pt: /\b(?:não|uma|para|com|são|como|mais|pelo|pela|dos|das|ao)\b/gi,
  es: /\b(?:el|los|las|del|para|una|por|con|que|como|más)\b/gi,
  fr: /\b(?:le|les|des|est|une|pour|dans|qui|sur|pas|aux)\b/gi,
  de: /\b(?:der|die|und|das|ist|nicht|mit|den|für|auf|sich)\b/gi,
  it: /\b(?:il|che|della|per|sono|gli|nel|una|delle|alla)\b/gi,
  id: /\b(?:yang|dan|untuk|dengan|ini|itu|dari|pada|dalam|tidak)\b/gi,
};

/** The page's language from its letters, and for Latin scripts its commonest small words. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 1;
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  if (count(/\p{Script=Devanagari}/gu) > letters * 0.2) return 'hi';
  if (count(/\p{Script=Hangul}/gu) > letters * 0.2) return 'ko';
  if (count(/[\u3040-\u30ff]/g) > letters * 0.03) return 'ja';
  if (count(/\p{Script=Han}/gu) > letters * 0.2) return 'zh';
  let best = 'en';
  let bestCount = 0;
  for (const [language, pattern] of Object.entries(STOP_WORDS)) {
    const n = count(pattern);
    if (n > bestCount) [best, bestCount] = [language, n];
  }
  return best;
}

/** Lines of text into blocks: one per non-empty line, short unpunctuated lines as headings. */
function blocksOf(lines: string[]): EvalBlock[] {
  return lines
    .map(squash)
    .filter(Boolean)
    .map((text) => ({
      text,
      heading: text.length < 70 && !/[.!?。！？:：”"»)]$/.test(text) && /\p{L}/u.test(text),
      furniture: SOURCE_FURNITURE.test(text),
    }));
}

function parseCorpusFile(path: string): { header: Record<string, string>; lines: string[] } {
  const raw = readFileSync(path, 'utf8');
  const cut = raw.indexOf('\n---\n');
  const header: Record<string, string> = {};
  for (const line of raw.slice(0, cut).split('\n')) {
    const match = /^([A-Z]+):(.*)$/.exec(line);
    if (match) header[match[1]!] = match[2]!.trim();
  }
  return { header, lines: raw.slice(cut + 5).split('\n') };
}

/** Drops the text's own first line when it repeats the title (it becomes the page's headline). */
function withoutTitle(blocks: EvalBlock[], title: string): EvalBlock[] {
  const first = blocks[0];
  return first && normalise(first.text) === normalise(title) ? blocks.slice(1) : blocks;
}

function corpusArticles(corpusDir: string, data: Dataset): EvalArticle[] {
  const sourcesByUrl = new Map<string, string[]>();
  const urlKey = (url: string) => url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '').toLowerCase();
  for (const source of data.sources) {
    if (!source.url) continue;
    const key = urlKey(source.url);
    sourcesByUrl.set(key, [...(sourcesByUrl.get(key) ?? []), source.id]);
  }
  const index = readFileSync(join(corpusDir, 'index.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  return index.map((row) => {
    const [slug, label] = row.split('\t') as [string, string];
    const { header, lines } = parseCorpusFile(join(corpusDir, 'articles', `${slug}.txt`));
    const title = squash((header.TITLE ?? slug).replace(/^\[[^\]]*\]\s*/, ''));
    const blocks = withoutTitle(blocksOf(lines), title);
    const url = header.URL ?? null;
    const sourceIds = url ? (sourcesByUrl.get(urlKey(url)) ?? []) : [];
    const cited = data.sources.find((source) => source.id === sourceIds[0]);
    return {
      id: slug,
      kind: 'corpus' as const,
      label: label === 'positive' ? ('positive' as const) : ('negative' as const),
      url,
      title,
      outlet: squash((header.OUTLET ?? '').split('(')[0]!) || 'Unknown outlet',
      date: /^\d{4}-\d{2}-\d{2}/.exec(header.DATE ?? '')?.[0] ?? null,
      language: cited?.language ?? guessLanguage(blocks.map((b) => b.text).join('\n')),
      blocks,
      sourceIds,
    };
  });
}

/**
 * The seeds are raw page text, site menus included: their article starts at the line that repeats
 * the source's title (the menus before it are the page's, not the article's).
 */
function seedArticles(seedsDir: string, data: Dataset): EvalArticle[] {
  const byFile = new Map<string, string[]>();
  for (const [sourceId, file] of Object.entries(SEED_FILES)) byFile.set(file, [...(byFile.get(file) ?? []), sourceId]);
  return [...byFile].flatMap(([file, sourceIds]) => {
    const path = join(seedsDir, file);
    const source = data.sources.find((s) => s.id === sourceIds[0]);
    if (!existsSync(path) || !source) return [];
    const lines = readFileSync(path, 'utf8').replace(/\\\$/g, '$').split('\n');
    const key = normalise(source.title);
    const start = lines.findIndex((line) => normalise(line) === key);
    const blocks = blocksOf(start >= 0 ? lines.slice(start + 1) : lines);
    return [
      {
        id: file.replace(/\.txt$/, ''),
        kind: 'seed' as const,
        label: 'positive' as const,
        url: source.url ?? null,
        title: source.title,
        outlet: source.reportedBy && /unnamed/i.test(source.outlet) ? 'Local News' : source.outlet,
        date: source.published.date,
        language: source.language,
        blocks,
        sourceIds,
      },
    ];
  });
}

/** Every seed and corpus page, or null when `../shared` is not there. */
export function loadArticles(root: string, data: Dataset): EvalArticle[] | null {
  const shared = sharedDir(root);
  const corpusDir = join(shared, 'corpus');
  const seedsDir = join(shared, 'seeds');
  if (!existsSync(join(corpusDir, 'index.tsv')) || !existsSync(seedsDir)) return null;
  return [...seedArticles(seedsDir, data), ...corpusArticles(corpusDir, data)];
}
