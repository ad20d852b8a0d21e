import { useEffect, useState } from 'preact/hooks';
import { compareStatement, groupStatements } from '../../utils/core/compare';
import { spreadSentence, whereWords } from '../verdict';
import { intlLanguageName } from '../format';
import type { ArticleStatement } from '../../utils/storage/panel-data';
import type { ArticleReading, Figure, Metric, Source } from '../../utils/schema';
import { pageStatement, ROLE_POSITION } from '../card/HoverCard';
import { FigureComparison } from '../FigureComparison';
import { t } from '../i18n';

interface Props {
  metric: Metric;
  /** Every source's figures for the metric. */
  figures: readonly Figure[];
  sources: ReadonlyMap<string, Source>;
  reading: ArticleReading;
  /** What the article states of this metric, grouped by what it says. */
  statements: ArticleStatement[];
  /** The statement to show, when the reader asked for one from the article's figure list. */
  requested?: { key: string };
}

/**
 * A metric the article touches: the spread across every source in one sentence, then the
 * article's own statement against theirs (the figure card the hover card shows too). When the
 * article states the metric more than one way (a headline's "over half a million", a body's
 * "more than 700,000"), the reader picks which one to compare.
 */
export function MetricComparison({ metric, figures, sources, reading, statements, requested }: Props) {
  const [chosen, setChosen] = useState(statements[0]?.key);
  useEffect(() => {
    if (requested) setChosen(requested.key);
  }, [requested]);
  const statement = statements.find((s) => s.key === chosen) ?? statements[0];
  const figure = statement?.figures[0];
  const subject = figure ? pageStatement(figure, { metrics: [metric], reading }) : null;
  const headingId = `metric-${metric.id}-heading`;
  return (
    <section class="metric metric-touched" id={`metric-${metric.id}`} aria-labelledby={headingId} data-testid="metric-section" data-metric={metric.id} tabIndex={-1}>
      <h3 id={headingId} class="metric-label">
        <bdi>{metric.label}</bdi>
      </h3>
      <p class="metric-spread" data-testid="metric-spread-summary">
        <span class="visually-hidden">Across sources: </span>
        {spreadSentence(groupStatements(figures, sources))}
      </p>
      {statements.length > 1 ? (
        <fieldset class="statement-choice" data-testid="statement-choice">
          <legend>{t('compareWhich')}</legend>
          {statements.map((s) => {
            const first = s.figures[0]!;
            const places = [...new Set(s.figures.map((f) => whereWords(ROLE_POSITION[f.role])))].join(', ');
            return (
              <label class="choice" key={s.key}>
                <input type="radio" name={`statement-${metric.id}`} value={s.key} checked={s.key === statement?.key} onChange={() => setChosen(s.key)} />
                <span>
                  <strong>{first.text}</strong> <span class="muted">in {places}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
      ) : null}
      {subject ? (
        <FigureComparison
          metric={metric}
          subject={subject}
          comparison={compareStatement(subject, figures, sources)}
          headingLevel={4}
          showHeading={false}
          otherLanguage={intlLanguageName}
        />
      ) : null}
    </section>
  );
}
