/**
 * What the extension asks of the reader: the side panel, to show one of the page's figures
 * (the card scrolls to it, flashes its mark and opens); the background, to read the page again
 * after the dataset or the settings changed or when the reader asked to have it read, and to move the focus to
 * the next mark (the keyboard shortcut). Only messages from the extension itself, not from a
 * tab, are heard.
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
    if (message.type === 'focus-next-mark') {
      sendResponse({ focused: focusNextMark(layer, window) });
      return false;
    }
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

/**
 * The keyboard shortcut (a `commands` entry): the focus goes to the mark after the focused one,
 * or to the first, scrolled into view; focusing it opens its card.
 */
export function focusNextMark(layer: Pick<MarkLayer, 'overlay' | 'marks'>, win: Window): boolean {
  const overlay = layer.overlay;
  const buttons = [...(overlay?.root.querySelectorAll<HTMLElement>('.cc-target') ?? [])];
  if (!overlay || !buttons.length || buttons.length !== layer.marks.length) return false;
  const index = (buttons.indexOf(overlay.root.activeElement as HTMLElement) + 1) % buttons.length;
  const rect = layer.marks[index]!.range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > win.innerHeight) win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
  overlay.placeTargets();
  buttons[index]!.focus({ preventScroll: true });
  return true;
}
