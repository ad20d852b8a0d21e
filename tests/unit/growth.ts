/**
 * How an algorithm's running time grows from one input size to four times it: about 4 when
 * linear, about 16 when quadratic. A complexity check, not a speed target (those are benchmarks):
 * each trial times both sizes back to back in CPU time, and the smallest ratio over several trials
 * is kept, so a burst of load on a shared machine during one trial does not decide the result.
 */
/**
 * This process's CPU time, in milliseconds: unlike the wall clock, it does not count the time other
 * processes on a shared machine hold the cores (each test file runs in a process of its own).
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function growthRatio<T = string>(run: (input: T) => unknown, small: T, large: T, trials = 5): number {
  const time = (input: T) => {
    const started = cpuMs();
    run(input);
    return cpuMs() - started;
  };
  time(small); // warm up the JIT
  let best = Infinity;
  for (let trial = 0; trial < trials; trial++) {
    const ratio = time(large) / Math.max(time(small), 0.5);
    best = Math.min(best, ratio);
  }
  return best;
}

/** The fastest of `trials` runs, in milliseconds (after one to warm up the JIT). */
function fastest<T>(run: (input: T) => unknown, input: T, trials: number): number {
  let best = Infinity;
  for (let trial = 0; trial <= trials; trial++) {
    const started = cpuMs();
    run(input);
    if (trial > 0) best = Math.min(best, cpuMs() - started);
  }
  return best;
}

/**
 * The worst growth ratio over each quadrupling of the input from `from` to `to` characters,
 * stopping at the first step that is not linear (ratio ≥ `limit`): a quadratic reader then fails
 * in seconds at 128 KB instead of running for hours at a megabyte. `prepare` turns a length into
 * the input (a parsed page, say), outside the timing. Each size's fastest run is compared, so a
 * garbage collection in one run does not decide the ratio; times under 5 ms count as 5 ms (a step
 * that reads a megabyte that fast is not quadratic, and timer noise would decide its ratio).
 */
export function worstGrowth<T>(
  run: (input: T) => unknown,
  prepare: (length: number) => T,
  { from = 16 * 1024, to = 1024 * 1024, limit = 8, trials = 3 } = {},
): { ratio: number; length: number } {
  let worst = { ratio: 0, length: from };
  for (let length = from; length * 4 <= to; length *= 4) {
    const small = fastest(run, prepare(length), trials);
    const ratio = fastest(run, prepare(length * 4), trials) / Math.max(small, 5);
    if (ratio > worst.ratio) worst = { ratio, length: length * 4 };
    if (ratio >= limit) break;
  }
  return worst;
}
