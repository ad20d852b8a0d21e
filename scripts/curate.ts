/**
 * Drafts an article's dataset entries for a curator: the candidate source, figures and event
 * reports in the dataset's JSON shape, each figure with the metric the linker suggests and why,
 * its qualifier, interval, date and a verbatim quote, and how it stands against the figures the
 * dataset already holds. Nothing is written: review, edit, paste, then `npm run dataset:check`.
 *
 *   npm run curate -- ../shared/corpus/articles/some-page.txt
 *   npm run curate -- tests/fixtures/pages/wire-local-news.html
 *   npm run curate -- http://127.0.0.1:4173/article.html
 *
 * Pages are read from files or from this machine only (scripts/lib/load-page.ts).
 */
import { DOMParser } from 'linkedom';
import bundled from '../assets/dataset.json';
import { buildLinkIndex } from '../utils/reading/background/link';
import { extractArticle } from '../utils/reading/page/extract';
import { readStructuredData } from '../utils/reading/page/structured-data';
import { extractPage } from '../utils/reading/page/extract-page';
import { detectArticle } from '../utils/reading/pipeline';
import { dataset, isoDay, type Dataset } from '../utils/schema';
import { curate, pageFromText, withPublished, type Curation, type CurationInput } from './lib/curate';
import { loadPage } from './lib/load-page';
import { parseArticleFile } from './lib/source-texts';

const FOUND_BY: Record<string, string> = {
  'json-ld': "the page's structured data (JSON-LD)",
  meta: "the page's meta tags",
  time: "the page's <time> element",
  text: "the page's text",
};

function authorsOf(doc: Document): string[] {
  const structured = readStructuredData(doc).article?.authors ?? [];
  if (structured.length > 0) return structured;
  const meta = doc.querySelector('meta[name="author" i]')?.getAttribute('content')?.trim();
  return meta ? [meta] : [];
}

function pageFromHtml(html: string, url: string | null): CurationInput {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const { page } = extractPage(doc);
  const article = detectArticle(doc).isArticle ? extractArticle(doc) : null;
  const declared =
    doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url" i]')?.getAttribute('content') ?? null;
  const address = url ?? (declared && /^https?:\/\//i.test(declared) ? declared : null);
  const from = article?.publishedAtFrom;
  return {
    page,
    url: address,
    titleApproximate: false,
    dateBasis: page.publishedAt && from ? `From ${FOUND_BY[from] ?? from}: ${page.publishedAt}.` : null,
    // The publisher's own list of authors (JSON-LD, else the author meta tag): the product reads
    // no authors, so the curator's draft takes them from the page's markup here.
    authors: authorsOf(doc),
  };
}

export interface CurateOptions {
  /** The publication date to read undated pages against (the curator's inference). */
  published?: string;
  write?: (text: string) => void;
  data?: Dataset;
}

/** Reads each input and drafts its entries; returns how many could not be read. */
export async function curateInputs(inputs: readonly string[], { published, write = console.log, data = dataset.parse(bundled) }: CurateOptions = {}): Promise<number> {
  const index = buildLinkIndex(data);
  let failures = 0;
  for (const input of inputs) {
    try {
      const loaded = await loadPage(input);
      const asText = /\.txt$/i.test(loaded.url ?? input) || /^text\/plain/i.test(loaded.contentType ?? '');
      const read = asText ? pageFromText(parseArticleFile(loaded.text, input)) : pageFromHtml(loaded.text, loaded.url);
      const page = published ? withPublished(read, published, `given by the curator (--published ${published})`) : read;
      const draft: Curation = curate(page, data, index);
      write(JSON.stringify({ input, ...draft }, null, 2));
    } catch (error) {
      failures++;
      write(JSON.stringify({ input, error: error instanceof Error ? error.message : String(error) }));
    }
  }
  return failures;
}

const USAGE = 'usage: npm run curate -- [--published YYYY-MM-DD] <file.txt | file.html | http://127.0.0.1 URL> [...]';

/** `--published 2025-01-20` (or `--published=…`) and the inputs; a problem as a string. */
export function parseArguments(args: readonly string[]): { inputs: string[]; published?: string } | string {
  const inputs: string[] = [];
  let published: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const flag = /^--published(?:=(.*))?$/.exec(arg);
    if (!flag) {
      inputs.push(arg);
      continue;
    }
    published = flag[1] ?? args[++i];
    if (!published || !isoDay.safeParse(published).success) return `--published takes a real date as YYYY-MM-DD, not ${published ?? 'nothing'}`;
  }
  if (inputs.length === 0) return USAGE;
  return { inputs, ...(published ? { published } : {}) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(parsed);
    process.exit(2);
  }
  curateInputs(parsed.inputs, { published: parsed.published }).then((failures) => process.exit(failures ? 1 : 0));
}
