/**
 * Timing for the benchmark sections: warm-up runs that are thrown away (the JIT, caches and lazy
 * imports settle), then repeated runs summarised by their median and 95th percentile. With few
 * runs the p95 is the slowest run, and the notes say how many runs there were.
 */

export interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
}

/** Nearest-rank percentile of samples (any order). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): Timing {
  return {
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    samples: [...samples],
  };
}

export interface TimeOptions<T> {
  warmup: number;
  runs: number;
  /** Untimed preparation of each run's input (a fresh Document, say). */
  setup?: () => T | Promise<T>;
}

/**
 * Times `task` in milliseconds. `setup` runs before every run, outside the timing, so that a
 * run never sees state a previous run left behind.
 */
export async function time<T = undefined>(task: (input: T) => unknown, { warmup, runs, setup }: TimeOptions<T>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const input = (setup ? await setup() : undefined) as T;
    const start = performance.now();
    const result = task(input);
    if (result instanceof Promise) await result;
    const elapsed = performance.now() - start;
    if (i >= warmup) samples.push(elapsed);
  }
  return summarize(samples);
}

/** "p95 1.2 ms, 30 runs" for a note. */
export function describeTiming(timing: Timing, unit = 'ms'): string {
  return `median of ${timing.runs} runs; p95 ${round(timing.p95)} ${unit}, min ${round(timing.min)} ${unit}`;
}

export const round = (value: number): string =>
  Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);

export const KIB = 1024;
