/**
 * `npm run eval`: how Crosscheck reads the story on pages built the ways real sites build them.
 *
 * Every seed and corpus page in `../shared` (read now, never copied) is rendered into each page
 * structure of `scripts/eval/structures.ts` (and the non-article ones of `refusals.ts`), read by
 * the whole pipeline with the bundled dataset and by Mozilla Readability, and scored: read as an
 * article, on topic, the dataset's figures for the page found and linked to their metric, the
 * share of the article's paragraphs recovered and of the furniture carried along, time. Prints
 * the tables, writes `eval-results/latest.json`, and exits 1 when a structure misses a threshold.
 *
 *   npm run eval                    every structure
 *   npm run eval -- plain amp       only the structures whose id contains one of these words
 *   npm run eval -- --misses        also list every page and figure that missed
 *
 * Without `../shared` it says so and exits 0, or 1 when CI=true (CI must not skip it silently).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import bundled from '../assets/dataset.json';
import { buildLinkIndex } from '../utils/reading/background/link';
import { dataset, type Dataset } from '../utils/schema';
import { loadArticles, sharedDir } from './eval/pages';
import { REFUSAL_STRUCTURES } from './eval/refusals';
import { articleTable, languageTable, readabilityTable, refusalTable, summarise, THRESHOLDS, type StructureSummary } from './eval/report';
import { evalContext, scorePage, type PageResult } from './eval/score';
import { ARTICLE_STRUCTURES } from './eval/structures';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Evaluation {
  data: Dataset;
  articles: NonNullable<ReturnType<typeof loadArticles>>;
  structures: typeof ARTICLE_STRUCTURES;
  results: PageResult[];
  summaries: StructureSummary[];
  seconds: number;
}

/**
 * Renders every page into the structures whose id contains one of `filters` (all without), reads
 * and scores them; null when the corpus and seeds are not beside the project.
 */
export function evaluate(filters: readonly string[] = []): Evaluation | null {
  const data = dataset.parse(bundled);
  const articles = loadArticles(ROOT, data);
  if (!articles) return null;
  const ctx = evalContext(data, buildLinkIndex(data));
  const structures = [...ARTICLE_STRUCTURES, ...REFUSAL_STRUCTURES].filter((s) => filters.length === 0 || filters.some((f) => s.id.includes(f)));
  const started = performance.now();
  const results: PageResult[] = [];
  for (const structure of structures) {
    for (const article of articles) {
      // Refusal pages are made of the story's reporting: the corpus's off-topic pages add nothing.
      if (structure.kind === 'refusal' && article.label === 'negative') continue;
      results.push(scorePage(ctx, structure, article, structure.render(article, articles)));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const summaries = structures.map((s) => summarise(s.id, results.filter((r) => r.structure === s.id)));
  return { data, articles, structures, results, summaries, seconds };
}

function main(args: string[]): number {
  const filters = args.filter((arg) => !arg.startsWith('--'));
  const showMisses = args.includes('--misses');
  const evaluation = evaluate(filters);
  if (!evaluation) {
    const ci = process.env.CI === 'true';
    console.log(`eval: ${ci ? 'FAILED' : 'skipped'}: the corpus and seeds are not at ${sharedDir(ROOT)} (see README, "npm run eval")`);
    return ci ? 1 : 0;
  }
  const { data, articles, structures, results, summaries, seconds } = evaluation;
  const articleSummaries = summaries.filter((s) => s.kind === 'article');
  const refusalSummaries = summaries.filter((s) => s.kind === 'refusal');
  const positives = articles.filter((a) => a.label === 'positive').length;
  const withFigures = articles.filter((a) => a.sourceIds.length > 0).length;
  console.log(
    `eval: ${articles.length} pages (${positives} on topic, ${articles.length - positives} off topic; ${withFigures} with dataset figures, dataset ${data.version}: ${data.sources.length} sources, ${data.figures.length} figures) × ${structures.length} structures, ${seconds.toFixed(1)} s\n`,
  );
  if (articleSummaries.length) {
    console.log(`${articleTable(articleSummaries)}\n`);
    console.log(`Readability side by side (paragraphs, extras and furniture over every page of the structure; median extraction time):\n${readabilityTable(articleSummaries)}\n`);
    console.log(`By language:\n${languageTable(results)}\n`);
  }
  if (refusalSummaries.length) console.log(`${refusalTable(refusalSummaries)}\n`);
  if (showMisses) printMisses(results);

  const missed = summaries.filter((s) => s.missed.length > 0);
  mkdirSync(join(ROOT, 'eval-results'), { recursive: true });
  const file = join(ROOT, 'eval-results', 'latest.json');
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), seconds, dataset: data.version, thresholds: THRESHOLDS, summaries, pages: results }, null, 1)}\n`);
  console.log(`${summaries.length - missed.length} of ${summaries.length} structures meet the thresholds${missed.length ? `; missed: ${missed.map((s) => s.structure).join(', ')}` : ''}. Written to eval-results/latest.json`);
  return missed.length ? 1 : 0;
}

function printMisses(results: readonly PageResult[]) {
  for (const r of results) {
    const wrongTopic = r.kind === 'article' && r.label === 'positive' ? !r.onTopic : r.onTopic;
    const lines: string[] = [];
    if (wrongTopic) lines.push(`  ${r.article ? 'article' : 'NOT an article'}, ${r.onTopic ? 'ON topic' : 'not on topic'}`);
    if (r.ours.paragraphs.found < r.ours.paragraphs.total) lines.push(`  paragraphs ${r.ours.paragraphs.found}/${r.ours.paragraphs.total} (Readability ${r.readability.paragraphs.found})`);
    if (r.ours.furniture.found > 0) lines.push(`  furniture carried: ${r.ours.furniture.found}`);
    for (const miss of r.figures.misses) lines.push(`  figure ${miss.figure} (${miss.metric}): ${miss.got === null ? 'found, not linked' : miss.got === 'not found' ? 'not found' : `linked to ${miss.got}`}: ${miss.quote}`);
    if (lines.length) console.log(`${r.structure} ${r.page} [${r.language}]\n${lines.join('\n')}`);
  }
}

// Run as a script (`npm run eval`), not when a test imports `evaluate`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
