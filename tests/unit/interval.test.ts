import { describe, expect, it } from 'vitest';
import { contains, describeQualifier, impliedInterval, intervalsOverlap, type Interval } from '../../utils/core/interval';
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
    // Falls are negative changes: an open bound is no limit, not zero.
    [at(-54, -54), at(null, -17), true],
    [at(null, -54), at(null, -17), true],
    [at(-17, -17), at(null, -54), false],
  ])('%o and %o → %s', (a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
    expect(intervalsOverlap(b, a)).toBe(expected);
  });
});

describe('contains: every value of the second is a value of the first', () => {
  const of = (value: number, qualifier: Qualifier) => impliedInterval(value, qualifier);
  it.each<[string, Interval, Interval, boolean]>([
    ['"over 500,000" allows "more than 700,000"', of(500_000, 'over'), of(700_000, 'more-than'), true],
    ['"more than 700,000" does not allow "over 500,000"', of(700_000, 'more-than'), of(500_000, 'over'), false],
    ['"at least 50,000" allows 50,000 itself', of(50_000, 'at-least'), of(50_000, 'exact'), true],
    ['"nearly 300 million" allows 300 million itself', of(300e6, 'nearly'), of(300e6, 'exact'), true],
    ['"up to 20%" allows "up to 20%"', of(20, 'up-to'), of(20, 'up-to'), true],
    ['"up to 20%" allows 12%', of(20, 'up-to'), of(12, 'exact'), true],
    ['"up to 20%" does not allow "less than 35%"', of(20, 'up-to'), of(35, 'less-than'), false],
    ['"about 3.4 million" does not allow "more than 3.3 million" (no ceiling)', of(3_400_000, 'about'), of(3_300_000, 'more-than'), false],
    ['"about 3.4 million" allows "3.5 million"', of(3_400_000, 'about'), of(3_500_000, 'exact'), true],
    ['"about 3.4 million" does not allow "up to 3.5 million" (no floor)', of(3_400_000, 'about'), of(3_500_000, 'up-to'), false],
    ['a fall of 17% or more allows a fall of 54%', { low: null, high: -17 }, { low: -54, high: -54 }, true],
    ['a fall of 50 to 60% does not allow "a fall of 55% or more"', { low: -60, high: -50 }, { low: null, high: -55 }, false],
    ['a rise of 50 to 60% does not allow "a rise of 55% or more"', { low: 50, high: 60 }, { low: 55, high: null }, false],
  ])('%s', (_, outer, inner, expected) => {
    expect(contains(outer, inner)).toBe(expected);
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
