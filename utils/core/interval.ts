/**
 * The range of values a hedged figure allows: "more than 700,000" is [700000, open), "nearly 300
 * million" is [270 million, 300 million]. Two outlets agree when their ranges overlap.
 */
import type { Qualifier } from '../schema';

/** A closed range of numbers; a null bound is open (no limit on that side). */
export interface Interval {
  low: number | null;
  high: number | null;
}

/**
 * Drops the binary floating-point noise of a multiplication (3.4e6 * 0.95 is 3229999.9999999995)
 * so stored and displayed bounds are the numbers a person would write.
 */
export const tidy = (x: number): number => Number(x.toPrecision(15));

/** The interval a number and its qualifier imply; `order-of` means "within a factor of ten above". */
export function impliedInterval(value: number, qualifier: Qualifier): Interval {
  const times = (factor: number) => tidy(value * factor);
  switch (qualifier) {
    case 'about':
      return { low: times(0.95), high: times(1.05) };
    case 'more-than':
    case 'over':
    case 'at-least':
    case 'plus':
      return { low: value, high: null };
    case 'nearly':
      return { low: times(0.9), high: value };
    case 'up-to':
    case 'less-than':
      return { low: null, high: value };
    case 'order-of':
      return { low: value, high: times(10) };
    case 'exact':
      return { low: value, high: value };
  }
}

/** Whether two intervals share at least one value; touching ends count as overlapping. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const below = (high: number | null, low: number | null) => high !== null && low !== null && high < low;
  return !below(a.high, b.low) && !below(b.high, a.low);
}

/** Whether every value of `inner` is a value of `outer`; an open bound holds only an open bound. */
export function contains(outer: Interval, inner: Interval): boolean {
  const lowOk = outer.low === null || (inner.low !== null && inner.low >= outer.low);
  const highOk = outer.high === null || (inner.high !== null && inner.high <= outer.high);
  return lowOk && highOk;
}

const WORDS: Record<Qualifier, string> = {
  exact: 'exactly',
  about: 'about',
  'more-than': 'more than',
  over: 'over',
  nearly: 'nearly',
  'at-least': 'at least',
  'up-to': 'up to',
  'less-than': 'less than',
  plus: '-plus',
  'order-of': 'on the order of',
};

/** The qualifier in the words a reader would use: "more than", "nearly", "-plus"… */
export const describeQualifier = (qualifier: Qualifier): string => WORDS[qualifier];
