import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDay, isRealDay, monthNumber, parseIsoDay, weekdayOf } from '../../utils/core/calendar';

describe('the calendar', () => {
  it.each([
    ['2025-01-13', 1, '2025-01-14'],
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-01-20', -7, '2025-01-13'],
  ])('%s plus %d days is %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2025-01-13', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-13', false],
    ['0999-01-01', false],
    ['13 January 2025', false],
  ])('%s is a real day: %s', (text, real) => {
    expect(isRealDay(text)).toBe(real);
    expect(parseIsoDay(text) !== null).toBe(real);
  });

  it.each([
    [[2025, 1, 13], true],
    [[2025, 2, 29], false],
    [[2025, 1, 0], false],
    [[2025.5, 1, 1], false],
  ] as const)('%o is a calendar day: %s', (day, real) => {
    expect(isCalendarDay([...day])).toBe(real);
  });

  it.each([
    ['Jan', 1],
    ['january', 1],
    ['Sept', 9],
    ['September', 9],
    ['Dec.', 12],
    ['an', 0],
    ['Monday', 0],
  ])('%s is month %d', (name, month) => {
    expect(monthNumber(name)).toBe(month);
  });

  it.each([
    ['2025-01-13', 1], // Monday
    ['2025-01-19', 0], // Sunday
    ['2025-01-18', 6], // Saturday
  ])('%s falls on weekday %d', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });
});
