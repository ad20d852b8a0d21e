import { describe, expect, it } from 'vitest';
import { partialDate } from '../../utils/schema';

describe('partialDate', () => {
  it.each([
    [{ date: '2013', precision: 'year' }, true],
    [{ date: '2024-11', precision: 'month' }, true],
    [{ date: '2025-01-13', precision: 'day' }, true],
    [{ date: '2025-01', precision: 'day' }, false],
  ])('%o valid=%s', (input, ok) => {
    expect(partialDate.safeParse(input).success).toBe(ok);
  });
});
