import type { Interval } from '../utils/core/interval';

export interface AxisItem {
  label: string;
  value: number;
  interval: Interval;
  /** How many statements this row stands for. */
  count?: number;
  /** The statement being compared (drawn in the accent colour). */
  subject?: boolean;
}

const WIDTH = 300;
const ROW = 22;
const PAD = 14;
/** More ticks than fit under 300 pixels are never drawn; a bound, so no input can loop. */
const MAX_TICKS = 12;

/**
 * Round tick values (1, 2 or 5 times a power of ten) across [min, max]: the coarsest step that
 * still gives `about` ticks. `whole` keeps them on whole numbers (ranks, days).
 */
export function niceTicks(min: number, max: number, about = 3, whole = false): number[] {
  const raw = (max / 2 - min / 2) / (about / 2); // halves: max - min can overflow to Infinity
  if (!(raw > 0) || !Number.isFinite(raw)) return [min];
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 5, 10, 20].map((m) => m * power).filter((step) => !whole || step >= 1);
  // Ticks by index, never by adding the step to the last tick: next to 1e17 a step of 5 is below
  // the precision of a double (1e17 + 5 === 1e17) and the sum would never advance.
  const ticksOf = (step: number) => {
    const first = Math.ceil(min / step);
    const count = Math.floor(max / step + 1e-9) - first + 1;
    if (!(count > 0) || count > MAX_TICKS) return [];
    const ticks: number[] = [];
    for (let i = 0; i < count; i++) {
      const tick = Number(((first + i) * step).toPrecision(12));
      if (Number.isFinite(tick) && tick !== ticks.at(-1)) ticks.push(tick);
    }
    return ticks;
  };
  for (const step of [...steps].reverse()) {
    const ticks = ticksOf(step);
    if (ticks.length >= about) return ticks;
  }
  const finest = ticksOf(steps[0] ?? 1);
  return finest.length ? finest : [min];
}

/** 512,000 → "512k"; 3,400,000 → "3.4M"; 17,000,000,000 → "17B". */
export function shortNumber(n: number): string {
  const abs = Math.abs(n);
  const [d, s] = abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e4 ? [1e3, 'k'] : [1, ''];
  return `${Number((n / d).toPrecision(3))}${s}`;
}

/** The values on one axis: a dot for a number, a bar for a range, an arrow for an open range. */
/** `whole`: ticks on whole numbers only (ranks, days, hours). */
export function ValueAxis({ items, description, whole = false }: { items: AxisItem[]; description: string; whole?: boolean }) {
  const bounds = items.flatMap((item) => [item.value, item.interval.low, item.interval.high]).filter((n): n is number => n !== null);
  let min = Math.min(...bounds);
  let max = Math.max(...bounds);
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  // Halves throughout: the span of two finite values (-1e308 to 1e308) can overflow to Infinity.
  const half = max / 2 - min / 2;
  min = Math.max(min - half * 0.24, -Number.MAX_VALUE);
  max = Math.min(max + half * 0.24, Number.MAX_VALUE);
  const x = (n: number) => PAD + ((n / 2 - min / 2) / (max / 2 - min / 2)) * (WIDTH - 2 * PAD);
  const height = items.length * ROW + 18;
  const ticks = niceTicks(min, max, 3, whole);
  return (
    <svg class="cc-axis" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={description} data-testid="value-axis">
      <title>{description}</title>
      {items.map((item, row) => {
        const y = row * ROW + 15;
        const low = item.interval.low === null ? PAD - 6 : x(item.interval.low);
        const high = item.interval.high === null ? WIDTH - PAD + 6 : x(item.interval.high);
        const cls = `cc-axis-row${item.subject ? ' cc-axis-subject' : ''}`;
        return (
          <g class={cls} key={row}>
            {high - low > 1 ? <line x1={low} x2={high} y1={y} y2={y} class="cc-axis-range" /> : null}
            {item.interval.high === null ? <path d={`M${high} ${y} l-6 -4 v8 z`} class="cc-axis-arrow" /> : null}
            {item.interval.low === null ? <path d={`M${low} ${y} l6 -4 v8 z`} class="cc-axis-arrow" /> : null}
            <circle cx={x(item.value)} cy={y} r={item.subject ? 4.5 : 3.5} class="cc-axis-point" />
            <text x={PAD} y={y - 6} class="cc-axis-label">
              {item.label}
              {item.count && item.count > 1 ? ` ×${item.count}` : ''}
            </text>
          </g>
        );
      })}
      <line x1={PAD} x2={WIDTH - PAD} y1={height - 9} y2={height - 9} class="cc-axis-line" />
      {ticks.map((tick, i) => (
        <text key={i} x={x(tick)} y={height - 1} class="cc-axis-tick" text-anchor="middle">
          {shortNumber(tick)}
        </text>
      ))}
    </svg>
  );
}
