import { describe, expect, it } from 'vitest';
import { niceTicks, shortNumber } from '../../components/ValueAxis';
import { groupDigits } from '../../utils/constants';

describe('axis ticks', () => {
  it.each([
    [440_000, 760_000, false, [500_000, 600_000, 700_000]],
    [255_000_000, 315_000_000, false, [260_000_000, 280_000_000, 300_000_000]],
    [1.76, 2.24, false, [1.8, 2, 2.2]],
    [1.76, 2.24, true, [2]],
    [0.5, 3.5, true, [1, 2, 3]],
    [70, 95, true, [70, 80, 90]],
  ])('%d to %d (whole: %s) → %j', (min, max, whole, ticks) => {
    expect(niceTicks(min, max, 3, whole)).toEqual(ticks);
  });

  it.each([
    [700_000, '700k'],
    [3_400_000, '3.4M'],
    [17_000_000_000, '17B'],
    [194, '194'],
    [5_000, '5000'],
  ])('%d reads %s', (n, text) => {
    expect(shortNumber(n)).toBe(text);
  });
});

describe('grouping digits without the browser number formatter', () => {
  it.each([
    [0, 0, '0'],
    [700_000, 0, '700,000'],
    [1_234_567.891, 2, '1,234,567.89'],
    [3.4, 2, '3.4'],
    [17, 2, '17'],
    [194, 0, '194'],
    [-12_500, 0, '-12,500'],
    [999.995, 2, '1,000'],
  ])('%d with %d decimals → %s', (value, decimals, text) => {
    expect(groupDigits(value, decimals)).toBe(text);
  });
});
