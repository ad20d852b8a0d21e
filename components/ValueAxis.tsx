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

/** More ticks than fit on an axis are never drawn; a bound, so no input can loop. */
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

/** Where `n` sits on an axis from `min` to `max`, in percent of its width. */
const percent = (n: number, min: number, max: number) => Math.round(((n / 2 - min / 2) / (max / 2 - min / 2)) * 10_000) / 100;

/**
 * The values on one axis: a dot for a number, a bar for a range, an arrow for an open range. HTML
 * rather than a scaled SVG, so its text is the size of the text around it at any width (a
 * 300-unit SVG drew 9 px labels in a 360 px panel and 20 px ones at 600 px) and it reflows
 * down to 180 px. `whole`: ticks on whole numbers only (ranks, days, hours).
 */
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
  const at = (n: number) => percent(n, min, max);
  const ticks = niceTicks(min, max, 3, whole);
  return (
    <div class="cc-axis" role="img" aria-label={description} data-testid="value-axis">
      {items.map((item, row) => {
        const low = item.interval.low === null ? 0 : at(item.interval.low);
        const high = item.interval.high === null ? 100 : at(item.interval.high);
        const open = `${item.interval.low === null ? ' cc-open-low' : ''}${item.interval.high === null ? ' cc-open-high' : ''}`;
        return (
          <div class={`cc-axis-row${item.subject ? ' cc-axis-subject' : ''}`} key={row} data-low={low} data-high={high} data-point={at(item.value)}>
            <span class="cc-axis-label">
              {item.label}
              {item.count && item.count > 1 ? <span class="cc-axis-count"> ×{item.count}</span> : null}
            </span>
            <span class="cc-axis-track">
              {high - low > 0.5 ? <span class={`cc-axis-range${open}`} style={{ left: `${low}%`, width: `${high - low}%` }} /> : null}
              <span class="cc-axis-point" style={{ left: `${at(item.value)}%` }} />
            </span>
          </div>
        );
      })}
      <div class="cc-axis-row cc-axis-ticks">
        <span class="cc-axis-label" />
        <span class="cc-axis-track">
          {ticks.map((tick, i) => (
            // A label near an end is anchored to that end, so it never spills out sideways.
            <span key={i} class={`cc-axis-tick${at(tick) < 12 ? ' cc-tick-start' : at(tick) > 88 ? ' cc-tick-end' : ''}`} style={{ left: `${at(tick)}%` }} data-at={at(tick)}>
              {shortNumber(tick)}
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}
