/**
 * The evaluation's tables and thresholds: structure × (read as article, on topic, figures found,
 * linked to the right metric), the off-topic pages read as on topic, Readability side by side,
 * and the same by language.
 */
import type { PageResult, Share } from './score';

/** Issue 8's thresholds, per page structure. */
export const THRESHOLDS = {
  /** On-topic pages read as on topic. */
  onTopic: 0.95,
  /** Off-topic pages (the corpus's tricky negatives; every page of a refusal structure) read as on topic, at most. */
  offTopicOnTopic: 1,
  /** The dataset's figures for the pages, found and linked to their metric. */
  linked: 0.85,
  /** …linked to a wrong metric, at most. */
  wrong: 0.02,
} as const;

/**
 * What the tests hold the reading to (`npm test` runs the evaluation: tests/unit/eval.test.ts):
 * the figures last measured on every structure, at or past the targets above, so that a change
 * that reads worse fails even while it still meets a target. Raise them as the reading improves.
 */
export const FLOORS = {
  /**
   * The dataset's figures for the pages linked to their metric (target: 85%): 95.4% on the live
   * blog, 95.4–98.3% on every structure at the last measurement.
   */
  linked: 0.95,
  /** Off-topic pages read as on topic, at most (target: 1): one, on every structure, at the last measurement. */
  offTopicOnTopic: 1,
} as const;

const pct = (found: number, total: number) => (total === 0 ? '–' : `${Math.round((found / total) * 100)}%`);
const sum = (shares: readonly Share[]): Share => shares.reduce((a, b) => ({ found: a.found + b.found, total: a.total + b.total }), { found: 0, total: 0 });
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};
const ms = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(1));

export interface StructureSummary {
  structure: string;
  kind: PageResult['kind'];
  positives: number;
  negatives: number;
  article: Share;
  onTopic: Share;
  offTopicOnTopic: Share;
  figures: { expected: number; found: number; linked: number; wrong: number };
  ours: { paragraphs: Share; extras: Share; furniture: Share; medianMs: number };
  readability: { readerable: Share; paragraphs: Share; extras: Share; furniture: Share; medianMs: number };
  missed: string[];
}

function count<T>(items: readonly T[], test: (item: T) => boolean): Share {
  return { found: items.filter(test).length, total: items.length };
}

export function summarise(structure: string, results: readonly PageResult[]): StructureSummary {
  const kind = results[0]?.kind ?? 'article';
  const positives = results.filter((r) => r.label === 'positive');
  const negatives = kind === 'refusal' ? results : results.filter((r) => r.label === 'negative');
  const reporting = kind === 'refusal' ? [] : positives;
  const figures = { expected: 0, found: 0, linked: 0, wrong: 0 };
  for (const r of reporting) {
    figures.expected += r.figures.expected;
    figures.found += r.figures.found;
    figures.linked += r.figures.linked;
    figures.wrong += r.figures.wrong;
  }
  const summary: StructureSummary = {
    structure,
    kind,
    positives: reporting.length,
    negatives: negatives.length,
    article: kind === 'refusal' ? count(results, (r) => r.article) : count(positives, (r) => r.article),
    onTopic: count(reporting, (r) => r.onTopic),
    offTopicOnTopic: count(negatives, (r) => r.onTopic),
    figures,
    ours: {
      paragraphs: sum(results.map((r) => r.ours.paragraphs)),
      extras: sum(results.map((r) => r.ours.extras)),
      furniture: sum(results.map((r) => r.ours.furniture)),
      medianMs: median(results.map((r) => r.ours.ms)),
    },
    readability: {
      readerable: kind === 'refusal' ? count(results, (r) => r.readability.readerable) : count(positives, (r) => r.readability.readerable),
      paragraphs: sum(results.map((r) => r.readability.paragraphs)),
      extras: sum(results.map((r) => r.readability.extras)),
      furniture: sum(results.map((r) => r.readability.furniture)),
      medianMs: median(results.map((r) => r.readability.ms)),
    },
    missed: [],
  };
  if (kind === 'article' && summary.onTopic.found < summary.onTopic.total * THRESHOLDS.onTopic) summary.missed.push(`on topic ${pct(summary.onTopic.found, summary.onTopic.total)} < 95%`);
  if (summary.offTopicOnTopic.found > THRESHOLDS.offTopicOnTopic) summary.missed.push(`${summary.offTopicOnTopic.found} off-topic pages on topic > 1`);
  if (figures.expected > 0 && figures.linked < figures.expected * THRESHOLDS.linked) summary.missed.push(`figures linked ${pct(figures.linked, figures.expected)} < 85%`);
  if (figures.expected > 0 && figures.wrong > figures.expected * THRESHOLDS.wrong) summary.missed.push(`wrong links ${pct(figures.wrong, figures.expected)} > 2%`);
  return summary;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const share = (s: Share) => `${pct(s.found, s.total)}`;
const ratio = (s: Share) => `${s.found}/${s.total}`;

export function articleTable(summaries: readonly StructureSummary[]): string {
  return table(
    ['structure', 'pages', 'article', 'on topic', 'off-topic on topic', 'figures', 'found', 'linked', 'wrong', 'verdict'],
    summaries.map((s) => [
      s.structure,
      String(s.positives),
      share(s.article),
      share(s.onTopic),
      ratio(s.offTopicOnTopic),
      String(s.figures.expected),
      pct(s.figures.found, s.figures.expected),
      pct(s.figures.linked, s.figures.expected),
      pct(s.figures.wrong, s.figures.expected),
      s.missed.length ? `MISSED: ${s.missed.join('; ')}` : 'met',
    ]),
  );
}

export function refusalTable(summaries: readonly StructureSummary[]): string {
  return table(
    ['structure (not an article)', 'pages', 'read as article', 'on topic', 'Readability: readerable', 'verdict'],
    summaries.map((s) => [s.structure, String(s.negatives), share(s.article), ratio(s.offTopicOnTopic), share(s.readability.readerable), s.missed.length ? `MISSED: ${s.missed.join('; ')}` : 'met']),
  );
}

export function readabilityTable(summaries: readonly StructureSummary[]): string {
  return table(
    ['structure', 'article: ours', 'Readability', 'paragraphs: ours', 'Readability', 'dek/captions/takeaways: ours', 'Readability', 'furniture: ours', 'Readability', 'ms: ours', 'Readability'],
    summaries.map((s) => [
      s.structure,
      share(s.article),
      share(s.readability.readerable),
      share(s.ours.paragraphs),
      share(s.readability.paragraphs),
      share(s.ours.extras),
      share(s.readability.extras),
      share(s.ours.furniture),
      share(s.readability.furniture),
      ms(s.ours.medianMs),
      ms(s.readability.medianMs),
    ]),
  );
}

/** Structure × language: on topic, figures linked, wrong links. */
export function languageTable(results: readonly PageResult[]): string {
  const articles = results.filter((r) => r.kind === 'article' && r.label === 'positive');
  const languages = [...new Set(articles.map((r) => r.language))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const structures = [...new Set(articles.map((r) => r.structure))];
  const rows = structures.map((structure) => [
    structure,
    ...languages.map((language) => {
      const cell = articles.filter((r) => r.structure === structure && r.language === language);
      const expected = cell.reduce((n, r) => n + r.figures.expected, 0);
      const linked = cell.reduce((n, r) => n + r.figures.linked, 0);
      const wrong = cell.reduce((n, r) => n + r.figures.wrong, 0);
      return `${pct(cell.filter((r) => r.onTopic).length, cell.length)} ${expected ? `${pct(linked, expected)} ${wrong}w` : '– –'}`;
    }),
  ]);
  const counts = languages.map((language) => `${language} (${articles.filter((r) => r.language === language && r.structure === structures[0]).length})`);
  return `${table(['structure \\ language (pages)', ...counts], rows)}\neach cell: on topic, figures linked, wrong links ("–": no dataset figures for those pages)`;
}
