import { compareStatement, type Statement } from '../../utils/core/compare';
import type { MarkedFigure, ReadingReply } from '../../utils/messages';
import type { FoundFigure, Position } from '../../utils/schema';
import { FigureComparison, LAYOUT } from '../FigureComparison';
import { t } from '../i18n';

/** Where a page's block stands, in the dataset's words. */
export const ROLE_POSITION: Record<FoundFigure['role'], Position> = {
  headline: 'headline',
  dek: 'dek',
  summary: 'summary',
  body: 'body',
  caption: 'caption',
};

/** The statement a page's figure makes, for comparison with the dataset's. */
export function pageStatement(figure: Omit<MarkedFigure, 'label' | 'at'>, reply: Pick<ReadingReply, 'metrics'> & { reading: Pick<ReadingReply['reading'], 'publishedAt'> }): (Statement & { text: string }) | null {
  const metric = reply.metrics.find((m) => m.id === figure.metric);
  if (!metric) return null;
  const date = reply.reading.publishedAt;
  return {
    text: figure.text,
    value: figure.value,
    qualifier: figure.qualifier,
    unit: metric.unit,
    position: ROLE_POSITION[figure.role],
    asOf: date ? { date, precision: 'day', basis: 'published' } : null,
  };
}

interface Props {
  figure: MarkedFigure;
  reply: ReadingReply;
  onClose: () => void;
}

/**
 * The hover card: this article's figure next to every other source's. Its header (the metric
 * and Close) stays in view while the rest scrolls, at any zoom.
 */
export function HoverCard({ figure, reply, onClose }: Props) {
  const metric = reply.metrics.find((m) => m.id === figure.metric);
  const subject = pageStatement(figure, reply);
  if (!metric || !subject) return null;
  const sources = new Map(reply.sources.map((source) => [source.id, source]));
  const comparison = compareStatement(subject, reply.figures.filter((f) => f.metricId === metric.id), sources);
  return (
    <div class="cc-card-body">
      <header class="cc-card-head">
        <h2 class="cc-metric" id="cc-card-title" dir="auto">
          {metric.label}
        </h2>
        <button type="button" class="cc-close" onClick={onClose} data-testid="card-close">
          <span aria-hidden="true">× </span>
          {t('close')}
        </button>
      </header>
      <div class="cc-card-scroll" data-testid="card-scroll">
        <FigureComparison metric={metric} subject={subject} comparison={comparison} showHeading={false} shown={LAYOUT.cardGroups} />
      </div>
    </div>
  );
}
