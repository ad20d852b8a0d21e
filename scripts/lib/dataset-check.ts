/**
 * What `npm run dataset:check` checks, as functions the dataset tests call too: the file against
 * the schema (the same reading an import gets), every quote verbatim in its own article, and a
 * summary of what the dataset holds.
 */
import type { Dataset } from '../../utils/schema';
import { parseDatasetText } from '../../utils/schema/dataset-input';
import { articleFor, quoteIn, type ArticleText, type SourceTexts } from './source-texts';

/** `figures[12].quote: not found in …`: where the problem is, and what it is. */
export type Problem = string;

export type Validated = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** The dataset file's text against the schema, as the options page's import reads it. */
export const validateDatasetText = (text: string): Validated => parseDatasetText(text);

/**
 * Every figure's and event report's quote, and every headline not marked approximate, word for
 * word in the article its source was curated from. Whitespace may differ, nothing else.
 */
export function checkQuotes(data: Dataset, texts: SourceTexts): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map<string, ArticleText | string>();
  data.sources.forEach((source, index) => {
    const article = articleFor(texts, source);
    articles.set(source.id, article);
    if (typeof article === 'string') problems.push(`sources[${index}]: ${article}`);
    else if (!source.titleApproximate && !quoteIn(article, source.title)) {
      problems.push(`sources[${index}].title: not found in ${article.path} (mark it "titleApproximate" if the page's headline is not known)`);
    }
  });
  const check = (path: string, sourceId: string, quote: string) => {
    const article = articles.get(sourceId);
    if (article === undefined) problems.push(`${path}: unknown source "${sourceId}"`);
    else if (typeof article !== 'string' && !quoteIn(article, quote)) problems.push(`${path}: not found in ${article.path}`);
  };
  data.figures.forEach((figure, index) => check(`figures[${index}].quote`, figure.sourceId, figure.quote));
  data.events.forEach((event, index) =>
    event.reports.forEach((report, reportIndex) => check(`events[${index}].reports[${reportIndex}].quote`, report.sourceId, report.quote)),
  );
  return problems;
}

export interface DatasetSummary {
  sources: number;
  outlets: number;
  languages: Record<string, number>;
  metrics: number;
  figures: number;
  figuresByLanguage: Record<string, number>;
  events: number;
  reports: number;
}

const tally = (keys: readonly string[]) =>
  Object.fromEntries(
    [...keys.reduce((counts, key) => counts.set(key, (counts.get(key) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );

export function summarize(data: Dataset): DatasetSummary {
  const language = new Map(data.sources.map((s) => [s.id, s.language]));
  return {
    sources: data.sources.length,
    outlets: new Set(data.sources.map((s) => s.outlet)).size,
    languages: tally(data.sources.map((s) => s.language)),
    metrics: data.metrics.length,
    figures: data.figures.length,
    figuresByLanguage: tally(data.figures.map((f) => language.get(f.sourceId) ?? '?')),
    events: data.events.length,
    reports: data.events.reduce((sum, e) => sum + e.reports.length, 0),
  };
}

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function formatSummary(s: DatasetSummary): string[] {
  return [
    `${count(s.sources, 'source')} from ${count(s.outlets, 'outlet')} in ${count(Object.keys(s.languages).length, 'language')} (${list(s.languages)})`,
    `${count(s.metrics, 'metric')}, ${count(s.figures, 'figure')} (by language: ${list(s.figuresByLanguage)}), ${count(s.events, 'event')} with ${count(s.reports, 'report')}`,
  ];
}
