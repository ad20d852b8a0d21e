/**
 * Passes over a page in slices. A pass over the whole page (the reader's outline of it, the
 * survey, collecting the blocks) is a generator that, every `SLICE_EVERY` nodes, asks `due`
 * whether its slice has used its time and yields if so: the reader hands the main thread back to
 * the page at each yield, the background serves other tabs. Node (the evaluation, the tests) runs
 * the same passes in one go.
 */

/** Says whether the current slice has used its time. */
export type Due = () => boolean;

/** How often a pass asks: often enough that a slice overruns by well under a millisecond. */
export const SLICE_EVERY = 256;

/** In one go: never due. */
export const never: Due = () => false;

/** Due once `budgetMs` have passed since the slice began; the slice begins again after each yield. */
export function sliceOf(budgetMs: number, now: () => number = () => performance.now()): Due {
  let started = now();
  return () => {
    const at = now();
    if (at - started < budgetMs) return false;
    started = at;
    return true;
  };
}

/** Runs a sliced pass to its end without pausing. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a sliced pass to its end, awaiting `pause` at each yield (the page's or other tabs' turn). */
export async function drainGently<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
