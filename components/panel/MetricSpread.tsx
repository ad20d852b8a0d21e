import { groupFigures, groupStatements, reporterOf, type StatementGroup } from '../../utils/core/compare';
import { describeInterval } from '../../utils/storage/panel-data';
import type { Figure, Metric, Source } from '../../utils/schema';
import { intlLanguageName, plural } from '../format';
import { GroupRow, WHOLE_UNITS } from '../FigureComparison';
import { count, t } from '../i18n';
import { TimeSeries } from '../TimeSeries';
import { ValueAxis, type AxisItem } from '../ValueAxis';
import { datedStatement, spreadSentence } from '../verdict';

interface Props {
  metric: Metric;
  figures: readonly Figure[];
  sources: ReadonlyMap<string, Source>;
  headingLevel?: 3 | 4;
}

const labelOf = (group: StatementGroup) => (group.standing === 'other-time' ? datedStatement(group) : group.statement);

/** The text equivalent of the axis: each statement with the range it allows. */
export function spreadDescription(metric: Metric, groups: readonly StatementGroup[]): string {
  const parts = groups.map((g) => `${labelOf(g)} (${describeInterval(g.interval, metric.unit)}): ${plural(g.rows.length, 'statement')}`);
  return `${metric.label}, on one axis. ${parts.join('. ')}.`;
}

/**
 * A metric across every source, with no article to compare: the spread in one sentence, every
 * statement on one axis (a point, a range, or a range open to one side), the quantity over time
 * when its figures are about several dates, and who said what, grouped.
 */
export function MetricSpread({ metric, figures, sources, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as 'h3';
  const groups = groupStatements(figures, sources);
  const suspects = groupFigures(figures.filter((f) => f.suspect).map((figure) => ({ figure, source: sources.get(figure.sourceId), standing: 'suspect' as const, fit: 'same' as const, relation: 'same' as const })));
  const items: AxisItem[] = groups.map((group) => ({ label: labelOf(group), value: group.value, interval: group.interval, count: group.rows.length }));
  const dated = groups.filter((g) => g.asOf);
  const headingId = `metric-${metric.id}-heading`;
  const summary = spreadSentence(groups);
  return (
    <section class="metric" id={`metric-${metric.id}`} aria-labelledby={headingId} data-testid="metric-spread" data-metric={metric.id}>
      <Heading id={headingId} class="metric-label">
        <bdi>{metric.label}</bdi>
      </Heading>
      <p class="metric-spread" data-testid="metric-spread-summary">
        {summary}
      </p>
      {items.length ? <ValueAxis items={items} description={spreadDescription(metric, groups)} whole={WHOLE_UNITS.has(metric.unit)} /> : null}
      {dated.length > 1 ? <TimeSeries points={dated.map((g) => ({ asOf: g.asOf!, value: g.value, label: g.statement }))} description={summary} /> : null}
      {figures.length ? (
        <details class="metric-sources">
          <summary>{t('whatEachSourceSays', figures.length)}</summary>
          <ul class="cc-groups">
            {groups.map((group) => (
              <GroupRow group={group} key={group.key} otherLanguage={intlLanguageName} />
            ))}
            {suspects.map((group) => (
              <GroupRow group={group} key={group.key} otherLanguage={intlLanguageName} />
            ))}
          </ul>
          <p class="hint" data-testid="spread-across">
            {t('spreadAcross', figures.length, count(new Set(figures.map((f) => reporterOf(sources.get(f.sourceId), f))).size, 'outlets'), count(new Set(figures.map((f) => sources.get(f.sourceId)?.language ?? '')).size, 'languages'))}
          </p>
        </details>
      ) : null}
    </section>
  );
}
