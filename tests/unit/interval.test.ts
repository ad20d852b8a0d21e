import { describe, expect, it } from 'vitest';
import { describeQualifier, impliedInterval, intervalsOverlap, type Interval } from '../../utils/core/interval';
import { qualifier as qualifierSchema, type Qualifier } from '../../utils/schema';

describe('impliedInterval', () => {
  it.each<[number, Qualifier, Interval]>([
    [700_000, 'exact', { low: 700_000, high: 700_000 }],
    [3_400_000, 'about', { low: 3_230_000, high: 3_570_000 }],
    [194, 'about', { low: 184.3, high: 203.7 }],
    [700_000, 'more-than', { low: 700_000, high: null }],
    [17e9, 'over', { low: 17e9, high: null }],
    [50_000, 'at-least', { low: 50_000, high: null }],
    [300_000_000, 'plus', { low: 300_000_000, high: null }],
    [300_000_000, 'nearly', { low: 270_000_000, high: 300_000_000 }],
    [7_500_000, 'nearly', { low: 6_750_000, high: 7_500_000 }],
    [20, 'up-to', { low: null, high: 20 }],
    [24, 'less-than', { low: null, high: 24 }],
    [10_000, 'order-of', { low: 10_000, high: 100_000 }],
    [0.3, 'order-of', { low: 0.3, high: 3 }],
  ])('%d %s → %o', (value, qualifier, expected) => {
    expect(impliedInterval(value, qualifier)).toEqual(expected);
  });

  it('covers every qualifier in the schema, and each interval contains its value', () => {
    for (const q of qualifierSchema.options) {
      const { low, high } = impliedInterval(1_234_567, q);
      expect(low === null || low <= 1_234_567).toBe(true);
      expect(high === null || high >= 1_234_567).toBe(true);
    }
  });
});

describe('intervalsOverlap', () => {
  const at = (low: number | null, high: number | null): Interval => ({ low, high });
  it.each([
    [at(700_000, 700_000), at(700_000, null), true],
    [at(500_000, 500_000), at(700_000, null), false],
    [at(270e6, 300e6), at(300e6, null), true],
    [at(285e6, 315e6), at(null, 250e6), false],
    [at(null, 20), at(null, 5), true],
    [at(null, null), at(1, 1), true],
    [at(1, 2), at(3, 4), false],
    [at(3, 4), at(1, 2), false],
    [at(1, 3), at(2, 4), true],
  ])('%o and %o → %s', (a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
    expect(intervalsOverlap(b, a)).toBe(expected);
  });
});

describe('describeQualifier', () => {
  it.each<[Qualifier, string]>([
    ['exact', 'exactly'],
    ['about', 'about'],
    ['more-than', 'more than'],
    ['over', 'over'],
    ['nearly', 'nearly'],
    ['at-least', 'at least'],
    ['up-to', 'up to'],
    ['less-than', 'less than'],
    ['plus', '-plus'],
    ['order-of', 'on the order of'],
  ])('%s reads "%s"', (qualifier, words) => {
    expect(describeQualifier(qualifier)).toBe(words);
  });
});
