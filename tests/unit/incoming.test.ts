import { describe, expect, it } from 'vitest';
import { parseToContent } from '../../utils/content/incoming';
import { toContentMessage } from '../../utils/schema';

describe("the content script's check of incoming messages agrees with the schema", () => {
  it.each([
    [{ type: 'reveal-figure', figureId: 'f3' }],
    [{ type: 'reveal-figure', figureId: 'f12345' }],
    [{ type: 'reveal-figure', figureId: 'f123456' }],
    [{ type: 'reveal-figure', figureId: 'x3' }],
    [{ type: 'reveal-figure', figureId: 3 }],
    [{ type: 'reveal-figure' }],
    [{ type: 'reveal-figure', figureId: 'f1', extra: true }],
    [{ type: 'sync-bundled' }],
    [{ type: 'dataset-changed' }],
    [{ type: 'dataset-changed', now: true }],
    [{ type: 'focus-next-mark' }],
    [{ type: 'focus-next-mark', index: 2 }],
    [{ type: 'read-page' }],
    [{ type: 'read-page', tabId: 3 }],
    [JSON.parse('{"type":"reveal-figure","figureId":"f1","__proto__":{"x":1}}')],
    [null],
    ['reveal-figure'],
    [[{ type: 'reveal-figure', figureId: 'f1' }]],
  ])('%j', (raw) => {
    const schema = toContentMessage.safeParse(raw);
    expect(parseToContent(raw)).toEqual(schema.success ? schema.data : null);
  });
});
