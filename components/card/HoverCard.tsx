import { compareStatement, type Statement } from '../../utils/core/compare';
import type { MarkedFigure, ReadingReply } from '../../utils/messages';
import type { FoundFigure, Position } from '../../utils/schema';
import { FigureComparison } from '../FigureComparison';

/** Where a page's block stands, in the dataset's words. */
export const ROLE_POSITION: Record<FoundFigure['role'], Position> = {
  headline: 'headline',
  dek: 'dek',
  summary: 'summary',
  body: 'body',
  caption: 'caption',
};

/** The statement a page's figure makes, for comparison with the dataset's. */
export function pageStatement(figure: MarkedFigure, reply: Pick<ReadingReply, 'metrics' | 'reading'>): (Statement & { text: string }) | null {
  const metric = reply.metrics.find((m) => m.id === figure.metric);
  if (!metric) return null;
  return {
    text: figure.text,
    value: figure.value,
    qualifier: figure.qualifier,
    unit: metric.unit,
    position: ROLE_POSITION[figure.role],
    asOf: reply.reading.publishedAt,
  };
}

interface Props {
  figure: MarkedFigure;
  reply: ReadingReply;
  onClose: () => void;
}

/** The hover card: this article's figure next to every other source's. */
export function HoverCard({ figure, reply, onClose }: Props) {
  const metric = reply.metrics.find((m) => m.id === figure.metric);
  const subject = pageStatement(figure, reply);
  if (!metric || !subject) return null;
  const sources = new Map(reply.sources.map((source) => [source.id, source]));
  const comparison = compareStatement(subject, reply.figures.filter((f) => f.metricId === metric.id), sources);
  return (
    <div class="cc-card-body">
      <button type="button" class="cc-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      <FigureComparison metric={metric} subject={subject} comparison={comparison} headingLevel={2} />
      <p class="cc-footer">Crosscheck · figures from {reply.sources.length} sources in your local dataset</p>
    </div>
  );
}
