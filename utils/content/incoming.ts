/**
 * The content script's check of the messages it receives: the same shape as `toContentMessage`
 * in schema.ts, written out by hand because the content script carries no validator library
 * (its size budget). `tests/unit/incoming.test.ts` holds the two to the same table of inputs.
 */
import type { ToContentMessage } from '../schema';

const FIGURE_ID = /^[fd]\d{1,5}$/;

export function parseToContent(raw: unknown): ToContentMessage | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  const message = raw as Record<string, unknown>;
  if (message.type === 'reveal-figure' && keys.length === 2 && typeof message.figureId === 'string' && FIGURE_ID.test(message.figureId)) {
    return { type: 'reveal-figure', figureId: message.figureId };
  }
  if ((message.type === 'dataset-changed' || message.type === 'read-page' || message.type === 'focus-next-mark') && keys.length === 1) return { type: message.type };
  return null;
}
