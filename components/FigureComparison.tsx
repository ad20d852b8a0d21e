import { formatStatement, groupStatements, POSITION_WORDS, type ComparedFigure, type Comparison, type Statement } from '../utils/core/compare';
import { impliedInterval } from '../utils/core/interval';
import type { Figure, Metric, Source } from '../utils/schema';
import { formatPublished, sourceName } from './format';
import { ValueAxis, type AxisItem } from './ValueAxis';

export interface FigureComparisonProps {
  metric: Metric;
  /** The figure being compared, as the page writes it, with where it stands. */
  subject: Statement & { text: string };
  comparison: Comparison;
  /** The heading level of the metric's name in the surrounding page. */
  headingLevel?: 2 | 3 | 4;
  /** Off where the surrounding page already names the metric (the side panel's sections). */
  showHeading?: boolean;
}

/** Units counted in whole steps: their axis has no "1.5" tick. */
export const WHOLE_UNITS: ReadonlySet<Metric['unit']> = new Set(['rank', 'days', 'hours']);

const RELATION_WORDS = { same: 'same', consistent: 'fits', differs: 'differs' } as const;
const ORDER = { differs: 0, consistent: 1, same: 2 } as const;

/** One figure next to every other source's figure for the same metric: used by the hover card and the panel. */
export function FigureComparison({ metric, subject, comparison, headingLevel = 3, showHeading = true }: FigureComparisonProps) {
  const Heading = `h${headingLevel}` as 'h3';
  const rows = [...comparison.rows].sort((a, b) => ORDER[a.relation] - ORDER[b.relation]);
  const sources = new Map(comparison.rows.flatMap((row) => (row.source ? [[row.source.id, row.source] as const] : [])));
  const groups = groupStatements(comparison.rows.map((row) => row.figure), sources);
  const subjectText = formatStatement(subject);
  const items: AxisItem[] = [
    { label: `This article: ${subject.text}`, value: subject.value, interval: subject.interval ?? impliedInterval(subject.value, subject.qualifier), subject: true },
    ...groups.map((group) => ({ label: group.statement, value: group.figures[0]!.value, interval: group.figures[0]!.interval, count: group.figures.length })),
  ];
  const description = `Values on one axis. This article: ${subjectText}. ${groups.map((g) => `${g.statement}: ${g.figures.length} statement${g.figures.length === 1 ? '' : 's'}`).join('. ')}.`;
  return (
    <section class="cc-comparison" data-testid="figure-comparison" data-metric={metric.id}>
      {showHeading ? <Heading class="cc-metric"><bdi>{metric.label}</bdi></Heading> : null}
      <p class="cc-subject">
        This article: <strong data-testid="card-subject" dir="auto">{subject.text}</strong>
        {subject.position && subject.position !== 'body' ? <span class="cc-muted"> ({POSITION_WORDS[subject.position]})</span> : null}
      </p>
      <p class={`cc-verdict cc-${comparison.verdict}`} data-testid="card-verdict">
        <span class="cc-badge">{comparison.verdict === 'consistent' ? 'Consistent' : 'Differs'}</span> {comparison.summary}
      </p>
      {comparison.rows.length ? <ValueAxis items={items} description={description} whole={WHOLE_UNITS.has(metric.unit)} /> : null}
      <ol class="cc-sources" aria-label={`What ${comparison.rows.length} other statements say`}>
        {rows.map((row) => (
          <SourceRow row={row} key={row.figure.id} />
        ))}
      </ol>
    </section>
  );
}

function SourceRow({ row }: { row: ComparedFigure }) {
  const { figure, source } = row;
  return (
    <li class={`cc-source cc-${row.relation}`} data-testid="card-source">
      <p class="cc-source-head">
        <span class="cc-value">{formatStatement(figure)}</span>
        <span class={`cc-relation cc-relation-${row.relation}`}>{RELATION_WORDS[row.relation]}</span>
      </p>
      <SourceCitation figure={figure} source={source} />
      {row.reasons.length ? <p class="cc-reasons">{row.reasons.join('; ')}</p> : null}
      {source?.url ? (
        <a class="cc-link" href={source.url} target="_blank" rel="noreferrer noopener">
          Read at <bdi>{hostOf(source.url)}</bdi>
        </a>
      ) : null}
    </li>
  );
}

/** Who said it, when, where in the article, in which words: the same in the card and the panel. */
export function SourceCitation({ figure, source }: { figure: Figure; source: Source | undefined }) {
  return (
    <>
      <p class="cc-source-meta">
        <cite dir="auto">{source ? sourceName(source) : figure.sourceId}</cite>
        {source ? <> · {formatPublished(source.published)}</> : null} · {POSITION_WORDS[figure.position]}
        {figure.period ? <> · <bdi>{figure.period.text}</bdi></> : null}
      </p>
      <blockquote class="cc-quote">“<bdi>{figure.quote}</bdi>”</blockquote>
      {figure.attribution ? <p class="cc-muted">Attributed to <bdi>{figure.attribution}</bdi></p> : null}
    </>
  );
}

/**
 * The host a link really goes to, as its text: "reuters.com", never the outlet's name, so that a
 * link cannot read as one outlet and lead to another.
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Source lookup helper for callers that hold plain arrays. */
export const sourcesById = (sources: readonly Source[]) => new Map(sources.map((source) => [source.id, source]));
