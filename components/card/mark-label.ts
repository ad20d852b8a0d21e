/**
 * A mark's accessible name, apart from the card: the background words it for every figure it
 * marks (reading-service.ts), so the page has it before (and whether or not) any card is shown
 * or its code loaded.
 */
import type { FoundFigure } from '../../utils/schema';
import type { ReadingReply } from '../../utils/messages';
import { count, t } from '../i18n';

/** What the mark says, what it counts, and how much there is to compare it with ("more than 700,000: New RedNote users in two days, 12 other statements"). */
export function markLabel(figure: Pick<FoundFigure, 'metric' | 'text'>, reply: Pick<ReadingReply, 'metrics' | 'figures'>): string {
  const metric = reply.metrics.find((m) => m.id === figure.metric);
  if (!metric) return figure.text;
  const others = reply.figures.filter((f) => f.metricId === metric.id).length;
  return t('markLabel', figure.text, metric.label, count(others, 'otherStatements'));
}
