/**
 * How an algorithm's running time grows from one input size to four times it: about 4 when
 * linear, about 16 when quadratic. A complexity check, not a speed target (those are benchmarks):
 * each trial times both sizes back to back, and the smallest ratio over several trials is kept,
 * so a burst of load on a shared machine during one trial does not decide the result.
 */
export function growthRatio(run: (input: string) => unknown, small: string, large: string, trials = 5): number {
  const time = (input: string) => {
    const started = performance.now();
    run(input);
    return performance.now() - started;
  };
  time(small); // warm up the JIT
  let best = Infinity;
  for (let trial = 0; trial < trials; trial++) {
    const ratio = time(large) / Math.max(time(small), 0.5);
    best = Math.min(best, ratio);
  }
  return best;
}
