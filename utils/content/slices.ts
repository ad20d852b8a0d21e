/**
 * Work done in slices: a long list is handled a part at a time, and the main thread is handed
 * back to the page whenever a slice has used its budget, so that no task of the reader's runs
 * long, however many figures a page holds.
 */

/**
 * Set on the 100,000-word page dense with figures (871 marks): placing every focus target in one
 * go made a 61 ms task on this 2-core machine (a layout read per target, and 871 buttons styled);
 * slices of 8 ms keep each task far under 50 ms even when the machine is loaded and the page's
 * own work (a garbage collection, a layout) lands in the same task.
 */
export const SLICE = { budgetMs: 8 };

/**
 * Hands `items` to `handle` `step` at a time, pausing (`pause`: a task of the page's may run)
 * once a slice has taken its budget. Stops early, returning false, when `stopped` says so.
 */
export async function inSlices<T>(
  items: readonly T[],
  step: number,
  handle: (part: readonly T[]) => void,
  pause: () => Promise<void>,
  stopped: () => boolean = () => false,
): Promise<boolean> {
  let started = performance.now();
  for (let i = 0; i < items.length; i += step) {
    if (stopped()) return false;
    handle(items.slice(i, i + step));
    if (i + step < items.length && performance.now() - started > SLICE.budgetMs) {
      await pause();
      started = performance.now();
    }
  }
  return !stopped();
}
