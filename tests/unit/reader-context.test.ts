// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ReaderContext } from '../../utils/content/context';

describe("the reader's lifetime in a page", () => {
  it('runs its timers while it lives, in order, and none once it ends', async () => {
    vi.useFakeTimers();
    try {
      const ctx = new ReaderContext(document);
      const ran: number[] = [];
      for (let i = 0; i < 300; i++) ctx.setTimeout(() => ran.push(i), i % 3);
      await vi.advanceTimersByTimeAsync(5);
      expect(ran).toHaveLength(300);
      ctx.setTimeout(() => ran.push(-1), 10);
      ctx.invalidate();
      await vi.advanceTimersByTimeAsync(20);
      expect(ran).toHaveLength(300);
      expect(ctx.isInvalid).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends when a newer reader starts in the same page', () => {
    const older = new ReaderContext(document);
    const ended = vi.fn();
    older.onInvalidated(ended);
    const newer = new ReaderContext(document);
    expect([older.isValid, newer.isValid, ended.mock.calls.length]).toEqual([false, true, 1]);
    newer.invalidate();
  });
});
