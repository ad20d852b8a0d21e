import { formatStatement, groupStatements, summarizeSpread } from '../../utils/core/compare';
import { describeInterval } from '../../utils/storage/panel-data';
import type { Figure, Metric, Source } from '../../utils/schema';
import { plural } from '../format';
import { SourceCitation, WHOLE_UNITS } from '../FigureComparison';
import { ValueAxis, type AxisItem } from '../ValueAxis';

interface Props {
  metric: Metric;
  figures: readonly Figure[];
  sources: ReadonlyMap<string, Source>;
  headingLevel?: 3 | 4;
}

/** The text equivalent of the axis: each statement with the range it allows. */
export function spreadDescription(metric: Metric, figures: readonly Figure[], sources: ReadonlyMap<string, Source>): string {
  const groups = groupStatements(figures, sources);
  const parts = groups.map((g) => `${g.statement} (${describeInterval(g.figures[0]!.interval, metric.unit)}): ${plural(g.figures.length, 'statement')}`);
  return `${metric.label}, on one axis. ${parts.join('. ')}.`;
}

/**
 * A metric across every source, with no article to compare: the spread in one sentence, every
 * statement on one axis (a point, a range, or a range open to one side), and who said what.
 */
export function MetricSpread({ metric, figures, sources, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as 'h3';
  const groups = groupStatements(figures, sources);
  const items: AxisItem[] = groups.map((group) => ({
    label: group.statement,
    value: group.figures[0]!.value,
    interval: group.figures[0]!.interval,
    count: group.figures.length,
  }));
  const headingId = `metric-${metric.id}-heading`;
  return (
    <section class="metric" id={`metric-${metric.id}`} aria-labelledby={headingId} data-testid="metric-spread" data-metric={metric.id}>
      <Heading id={headingId} class="metric-label">
        <bdi>{metric.label}</bdi>
      </Heading>
      <p class="metric-spread" data-testid="metric-spread-summary">
        {summarizeSpread(figures, sources)}
      </p>
      {items.length ? <ValueAxis items={items} description={spreadDescription(metric, figures, sources)} whole={WHOLE_UNITS.has(metric.unit)} /> : null}
      {figures.length ? (
        <details class="metric-sources">
          <summary>What each source says ({figures.length})</summary>
          <ol class="cc-sources">
            {groups.flatMap((group) => group.figures).map((figure) => {
              return (
                <li class="cc-source" data-testid="spread-source" key={figure.id}>
                  <p class="cc-source-head">
                    <span class="cc-value">{formatStatement(figure)}</span>
                    <span class="cc-muted range">{describeInterval(figure.interval, metric.unit)}</span>
                  </p>
                  <SourceCitation figure={figure} source={sources.get(figure.sourceId)} />
                </li>
              );
            })}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
