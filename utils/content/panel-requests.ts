/**
 * What the extension asks of the reader: the side panel, to show one of the page's figures
 * (the card scrolls to it, flashes its mark and opens); the background, to read the page again
 * after the dataset changed or when the reader asked to have it read. Only messages from the
 * extension itself, not from a tab, are heard.
 */
import { browser } from 'wxt/browser';
import type { ReaderContext } from './context';
import { parseToContent } from './incoming';
import type { CardEvents } from './lazy-card';
import type { MarkLayer } from './mark-layer';
import type { PageReading } from './read-page';

export function answerPanel(ctx: ReaderContext, reading: PageReading, layer: MarkLayer, card: CardEvents): void {
  // Answered with sendResponse, not a returned promise: the reader takes the browser's own API
  // (no webextension-polyfill, for its size), and Chrome's listeners cannot return promises.
  const onMessage = (raw: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => {
    const message = parseToContent(raw);
    if (!message || sender.id !== browser.runtime.id || sender.tab) return false;
    if (message.type !== 'reveal-figure') {
      reading.rereadNow();
      sendResponse({ rereading: true });
      return false;
    }
    const mark = reading.page ? layer.marks.find((m) => m.figure.id === message.figureId) : undefined;
    if (mark) card.reveal(mark);
    sendResponse({ revealed: !!mark });
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
