import { describe, expect, it } from 'vitest';
import { rereadFloorMs } from '../../utils/content/read-page';

describe("the reader's shortest interval between re-reads", () => {
  it.each([
    ['an empty document', 0, 1_000],
    ['the short wire story (236 nodes)', 236, 1_000],
    ['the 100,000-word page (6,773 nodes)', 6_773, 1_000],
    ['a page of 20,000 nodes', 20_000, 1_000],
    ['one node more', 20_001, 2_000],
    ['a page at the outline bound (200,000 nodes)', 200_000, 10_000],
  ])('%s: %i nodes wait %i ms', (_, nodes, ms) => {
    expect(rereadFloorMs(nodes)).toBe(ms);
  });
});
