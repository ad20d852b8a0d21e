/**
 * The articles the dataset was curated from: the corpus pages and the five seed articles, kept
 * beside the repository (`../shared`) and never part of it. Read here, at check and test time
 * only, by `npm run dataset:check`, the dataset tests and `npm run curate`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not `new URL(…)`: under happy-dom the global URL is not Node's, and Node refuses it.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Names another folder holding `corpus/` and `seeds/` (a clone elsewhere, CI). */
export const SHARED_ENV = 'CROSSCHECK_SHARED';

/**
 * Which seed article each seed source was curated from. The seeds are copies without their
 * address, so their sources carry no URL; this is the one place that ties them to their text.
 */
export const SEED_FILES: Readonly<Record<string, string>> = {
  'reuters-local-2025-01-14': '000_eb4f457596c627ee.txt',
  'rfa-2025-01-15': '001_508930b89cb79ee1.txt',
  'gbaf-reuters-2025-01-14': '002_fcc52b75774229a2.txt',
  'scmp-2025-01-17': '003_13dd2a9c0c6eaca2.txt',
  'thr-2025-01-21': '004_c5a5086faa8b6105.txt',
};

export type SharedLocation = { found: true; dir: string } | { found: false; dir: string; reason: string };

/** Where the source texts are: `$CROSSCHECK_SHARED`, else `../shared` beside the repository. */
export function locateShared(env: NodeJS.ProcessEnv = process.env, root: string = ROOT): SharedLocation {
  const named = env[SHARED_ENV]?.trim();
  const dir = named ? resolve(named) : resolve(root, '..', 'shared');
  const missing = ['corpus/articles', 'seeds'].filter((sub) => !existsSync(join(dir, sub)));
  if (missing.length === 0) return { found: true, dir };
  return {
    found: false,
    dir,
    reason: `the source texts are not in ${dir} (no ${missing.join(' and no ')}): put the project's shared folder beside the repository or set ${SHARED_ENV} to it`,
  };
}

/** Whether checks that need the texts must run: on CI a missing folder is a failure, not a skip. */
export const textsRequired = (env: NodeJS.ProcessEnv = process.env): boolean => env.CI === 'true';

/** One article: its title line and its text, as the curator read them. */
export interface ArticleText {
  /** The file, relative to the repository (for messages). */
  path: string;
  url: string | null;
  /** The headline as the header gives it, without a bracketed note ("[approx.; …]"). */
  title: string;
  /** Whether the header marks the title as approximated. */
  titleApproximate: boolean;
  /** `KEY: value` lines of the header (URL, TITLE, OUTLET, DATE, LABEL, NOTE). */
  header: Record<string, string>;
  text: string;
}

const HEADER_LINE = /^([A-Z]+):[ \t]?(.*)$/;
const TITLE_NOTE = /^\[([^\]]*)\]\s*/;

/**
 * A corpus-style file: `KEY: value` header lines, a `---` line, then the text. A file without
 * that header is all text.
 */
export function parseArticleFile(raw: string, path: string): ArticleText {
  const text = raw.replace(/\r\n?/g, '\n');
  const split = text.indexOf('\n---\n');
  const head = split < 0 ? '' : text.slice(0, split);
  const lines = head.split('\n');
  const header: Record<string, string> = {};
  if (split >= 0 && lines.every((line) => line === '' || HEADER_LINE.test(line))) {
    for (const line of lines) {
      const match = HEADER_LINE.exec(line);
      if (match) header[match[1]!] = match[2]!.trim();
    }
  }
  const hasHeader = Object.keys(header).length > 0;
  const rawTitle = header.TITLE ?? '';
  const note = TITLE_NOTE.exec(rawTitle);
  return {
    path,
    url: header.URL || null,
    title: rawTitle.replace(TITLE_NOTE, ''),
    titleApproximate: note !== null && /^approx/i.test(note[1]!),
    header,
    text: hasHeader ? text.slice(split + 5) : text,
  };
}

/** Whitespace runs as one space: line breaks and double spaces are layout, not words. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/** Whether `quote` stands, word for word, in the article's title line or its text. */
export function quoteIn(article: ArticleText, quote: string): boolean {
  const wanted = collapse(quote);
  return collapse(article.text).includes(wanted) || collapse(article.title).includes(wanted);
}

/** The articles found in a shared folder, by URL (corpus) and by seed source id. */
export interface SourceTexts {
  dir: string;
  byUrl: ReadonlyMap<string, ArticleText>;
  bySeed: ReadonlyMap<string, ArticleText>;
}

export function loadSourceTexts(dir: string, root: string = ROOT): SourceTexts {
  const byUrl = new Map<string, ArticleText>();
  const articles = join(dir, 'corpus', 'articles');
  for (const name of readdirSync(articles).filter((n) => n.endsWith('.txt')).sort()) {
    const file = join(articles, name);
    const article = parseArticleFile(readFileSync(file, 'utf8'), relative(root, file));
    if (article.url) byUrl.set(article.url, article);
  }
  const bySeed = new Map<string, ArticleText>();
  for (const [sourceId, name] of Object.entries(SEED_FILES)) {
    const file = join(dir, 'seeds', name);
    if (!existsSync(file)) continue;
    // The seeds README: seed 000 has a stray backslash before a dollar sign, an artifact of the copy.
    const article = parseArticleFile(readFileSync(file, 'utf8').replace(/\\\$/g, '$'), relative(root, file));
    bySeed.set(sourceId, article);
  }
  return { dir, byUrl, bySeed };
}

/** The article a source was curated from: by its URL, or by the seed mapping; or why not. */
export function articleFor(texts: SourceTexts, source: { id: string; url?: string }): ArticleText | string {
  if (source.url !== undefined) {
    return texts.byUrl.get(source.url) ?? `no article in ${join(texts.dir, 'corpus', 'articles')} has the URL ${source.url}`;
  }
  const seed = SEED_FILES[source.id];
  if (seed === undefined) return 'has no URL and is not one of the seed sources (scripts/lib/source-texts.ts maps those)';
  return texts.bySeed.get(source.id) ?? `seed article ${join(texts.dir, 'seeds', seed)} is missing`;
}
