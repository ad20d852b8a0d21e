/**
 * What the side panel reads from the cache and derives from it: every table in one query (so a
 * sync or an import re-renders the whole panel at once), the metrics an article touches, and
 * the words a reader types into the filter box.
 */
import { readFigures, type CrosscheckDb, type DatasetMeta } from './db';
import { readDatasetMeta } from './dataset-load';
import { formatValue } from '../core/compare';
import type { Interval } from '../core/interval';
import { wordsOf } from '../core/words';
import { buildLinkIndex } from '../reading/background/link';
import { linkReading } from '../reading/background/read';
import type { ArticleReading, Figure, FoundFigure, Metric, Source, StoryEvent, Unit } from '../schema';

export interface PanelData {
  meta: DatasetMeta | null;
  sources: Source[];
  metrics: Metric[];
  figures: Figure[];
  events: StoryEvent[];
}

/** Everything the panel shows, read in one transaction so it is never half old, half new. */
export function readPanelData(db: CrosscheckDb): Promise<PanelData> {
  return db.transaction('r', [db.meta, db.sources, db.metrics, db.metricFigures, db.events], async () => {
    const [meta, sources, metrics, figures, events] = await Promise.all([
      readDatasetMeta(db),
      db.sources.toArray(),
      db.metrics.toArray(),
      readFigures(db),
      db.events.toArray(),
    ]);
    return { meta, sources, metrics, figures, events };
  });
}

export const isEmptyDataset = (data: PanelData) => !data.meta || (data.metrics.length === 0 && data.events.length === 0);

/** A metric's figures, keyed by metric id. */
export function figuresByMetric(figures: readonly Figure[]): Map<string, Figure[]> {
  const byMetric = new Map<string, Figure[]>();
  for (const figure of figures) {
    const list = byMetric.get(figure.metricId);
    if (list) list.push(figure);
    else byMetric.set(figure.metricId, [figure]);
  }
  return byMetric;
}

/**
 * Metrics for browsing: the most reported first (the story's main numbers), then by label.
 * The cache returns them by id, which says nothing to a reader.
 */
export function metricsByCoverage(metrics: readonly Metric[], byMetric: ReadonlyMap<string, readonly Figure[]>): Metric[] {
  const sourcesOf = (metric: Metric) => new Set((byMetric.get(metric.id) ?? []).map((f) => f.sourceId)).size;
  const figuresOf = (metric: Metric) => byMetric.get(metric.id)?.length ?? 0;
  return [...metrics].sort((a, b) => sourcesOf(b) - sourcesOf(a) || figuresOf(b) - figuresOf(a) || a.label.localeCompare(b.label));
}

/**
 * The tab's reading linked again to the dataset the panel shows. The background linked it when
 * the page was read, perhaps against an older dataset (or none yet, just after install); linking
 * is cheap and deterministic, so the panel never lists a figure under a metric it cannot show.
 */
export function relinkReading(reading: ArticleReading, data: Pick<PanelData, 'meta' | 'metrics' | 'figures' | 'events'>): ArticleReading {
  if (!data.meta) return reading;
  return linkReading(reading, buildLinkIndex({ story: data.meta.story, metrics: data.metrics, figures: data.figures, events: data.events }));
}

/** The article's figures that the dataset knows, in reading order. */
export const linkedFigures = (reading: ArticleReading): FoundFigure[] => reading.figures.filter((figure) => figure.metric !== null);

/** The metrics the article touches, in the order it first states them, and the rest of the story's. */
export function splitMetrics(reading: ArticleReading | null, metrics: readonly Metric[]): { touched: Metric[]; others: Metric[] } {
  const byId = new Map(metrics.map((metric) => [metric.id, metric]));
  const touchedIds = reading ? [...new Set(linkedFigures(reading).map((figure) => figure.metric!))] : [];
  const touched = touchedIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const others = metrics.filter((metric) => !touchedIds.includes(metric.id));
  return { touched, others };
}

/** The article's statements of one metric: figures that say the same thing (value and qualifier) together. */
export interface ArticleStatement {
  key: string;
  figures: FoundFigure[];
}

export function articleStatements(reading: ArticleReading, metricId: string): ArticleStatement[] {
  const groups = new Map<string, ArticleStatement>();
  for (const figure of linkedFigures(reading)) {
    if (figure.metric !== metricId) continue;
    const key = `${figure.value}|${figure.qualifier}`;
    const group = groups.get(key) ?? { key, figures: [] };
    group.figures.push(figure);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The range a figure allows, in words: "700,000 or more", "270 million to 300 million", "exactly 194%". */
export function describeInterval({ low, high }: Interval, unit: Unit): string {
  const v = (n: number) => formatValue(n, unit);
  // A rank has a best value: "top three" is No. 1 to No. 3, not "No. 3 or less".
  if (unit === 'rank' && low === null && high !== null) low = 1;
  if (low === null && high === null) return 'any value';
  if (low === null) return `${v(high!)} or less`;
  if (high === null) return `${v(low)} or more`;
  if (low === high) return `exactly ${v(low)}`;
  return `${v(low)} to ${v(high)}`;
}

// ---------------------------------------------------------------------------------------------
// The filter box

/** Lower case, without accents: "Lemon8" and "lemon8", "Xiaohongshu" and "Xiǎohóngshū" match. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a filter; every one must match. */
export function filterWords(query: string): string[] {
  return fold(query).split(/[\s,]+/).filter(Boolean);
}

/** Everything a reader might search a metric by, folded: label, subject, signal words, what its sources wrote and who they are. */
export function metricSearchText(metric: Metric, figures: readonly Figure[], sources: ReadonlyMap<string, Source>): string {
  return fold(
    [
      metric.label,
      metric.subject,
      metric.id,
      ...wordsOf(metric.signals),
      ...figures.flatMap((figure) => [figure.quote, figure.asWritten, figure.period?.text ?? '', sources.get(figure.sourceId)?.outlet ?? '']),
    ].join('\n'),
  );
}

/** Everything a reader might search an event by, folded: its title, its sources' words and names. */
export function eventSearchText(event: StoryEvent, sources: ReadonlyMap<string, Source>): string {
  return fold(
    [event.title, event.id, ...event.reports.flatMap((report) => [report.quote, report.dateAsWritten ?? '', sources.get(report.sourceId)?.outlet ?? ''])].join('\n'),
  );
}

/** Whether folded search text holds every word of the filter. */
export const matchesWords = (searchText: string, words: readonly string[]): boolean => words.every((word) => searchText.includes(word));

export const metricMatches = (metric: Metric, figures: readonly Figure[], sources: ReadonlyMap<string, Source>, words: readonly string[]) =>
  matchesWords(metricSearchText(metric, figures, sources), words);

export const eventMatches = (event: StoryEvent, sources: ReadonlyMap<string, Source>, words: readonly string[]) =>
  matchesWords(eventSearchText(event, sources), words);
