/**
 * What the extension asks of the reader: the side panel, to show one of the page's figures
 * (scroll to it, flash its mark, open its card); the background, to read the page again after the
 * dataset changed. Only messages from the extension itself, not from another tab, are heard.
 */
import { browser } from 'wxt/browser';
import type { ReaderContext } from './context';
import type { CardEvents } from './lazy-card';
import { parseToContent } from './incoming';
import type { MarkLayer } from './mark-layer';
import { paintActive, type Mark } from './marks';
import type { PageReading } from './read-page';

/** The flash of a revealed mark: on and off this many times, this long each. */
const FLASH = { steps: 6, stepMs: 160 };

export function answerPanel(ctx: ReaderContext, doc: Document, reading: PageReading, layer: MarkLayer, card: CardEvents): void {
  const win = doc.defaultView!;

  /** Blinks a mark a few times (the panel just scrolled the page to it), then leaves it lit while its card is open. */
  const flash = (mark: Mark) => {
    let step = 0;
    const tick = () => {
      paintActive(step % 2 === 0 ? null : mark, win);
      if (++step < FLASH.steps) ctx.setTimeout(tick, FLASH.stepMs);
      else paintActive(card.openMark === mark ? mark : null, win);
    };
    tick();
  };

  const reveal = (figureId: string): boolean => {
    const mark = reading.page ? layer.marks.find((m) => m.figure.id === figureId) : undefined;
    if (!mark) return false;
    const rect = mark.range.getBoundingClientRect();
    win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    layer.reposition();
    const button = layer.targetOf(mark);
    card.openNow(mark, button);
    button?.focus({ preventScroll: true });
    flash(mark);
    return true;
  };

  // Answered with sendResponse, not a returned promise: the reader takes the browser's own API
  // (no webextension-polyfill, for its size), and Chrome's listeners cannot return promises.
  const onMessage = (raw: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => {
    const message = parseToContent(raw);
    if (!message || sender.id !== browser.runtime.id || sender.tab) return false;
    if (message.type === 'dataset-changed') {
      reading.rereadNow();
      sendResponse({ rereading: true });
    } else sendResponse({ revealed: reveal(message.figureId) });
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
