import type { AsOf } from '../utils/core/compare';
import { asOfWords } from './verdict';
import { shortNumber } from './ValueAxis';

export interface SeriesPoint {
  asOf: AsOf;
  value: number;
  /** The statement in words ("$17 billion"), for the description. */
  label: string;
  /** This article's figure (drawn in the accent colour). */
  subject?: boolean;
}

/** The middle of the days a date covers, in ms: July 2024 sits mid-July. */
function midpoint({ date, precision }: AsOf): number {
  const [y, m = '07', d = '01'] = date.split('-');
  const base = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (precision === 'day') return base;
  if (precision === 'month') return base + 15 * 86_400_000;
  return Date.UTC(Number(y), 6, 1);
}

/**
 * A quantity over time, small, beside the axis: the figures about other dates than this
 * article's, each a dot at its date and value. HTML, so its text is the body's size at any width.
 */
export function TimeSeries({ points, description }: { points: SeriesPoint[]; description: string }) {
  const sorted = [...points].sort((a, b) => midpoint(a.asOf) - midpoint(b.asOf));
  const times = sorted.map((p) => midpoint(p.asOf));
  const values = sorted.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  // Inset so that the first and last labels stay inside the box.
  const x = (time: number) => (t1 === t0 ? 50 : 8 + ((time - t0) / (t1 - t0)) * 84);
  // Up to 60% of the plot, so the highest value's label stays inside it.
  const y = (value: number) => (v1 === v0 ? 30 : 10 + ((value - v0) / (v1 - v0)) * 50);
  return (
    <div class="cc-series" role="img" aria-label={description} data-testid="time-series">
      <div class="cc-series-plot">
        {sorted.map((point, i) => (
          <span
            key={i}
            class={`cc-series-point${point.subject ? ' cc-series-subject' : ''}`}
            style={{ left: `${x(times[i]!)}%`, bottom: `${y(point.value)}%` }}
            data-date={point.asOf.date}
          >
            <span class="cc-series-value">{shortNumber(point.value)}</span>
          </span>
        ))}
      </div>
      <div class="cc-series-dates">
        {sorted.map((point, i) => (
          <span key={i} class={point.subject ? 'cc-series-subject' : undefined} style={{ left: `${x(times[i]!)}%` }}>
            {asOfWords(point.asOf).replace(/^(\d+ )?(\p{L}{3})\p{L}* (\d{4})$/u, '$2 $3')}
          </span>
        ))}
      </div>
    </div>
  );
}
