/**
 * The keyboard shortcut (the manifest's `commands`, which readers can rebind in the browser's
 * extension shortcut settings): focus the next marked number of the active tab, so the marks
 * are one key press away instead of after every link of the page.
 */
import { browser } from 'wxt/browser';
import type { ToContentMessage } from '../schema';

export const FOCUS_NEXT_MARK = 'focus-next-mark';

export function listenForCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_NEXT_MARK) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      const message: ToContentMessage = { type: 'focus-next-mark' };
      // No reader in the tab (not an article, or a page opened before install): nothing to focus.
      await browser.tabs.sendMessage(tabId, message).catch(() => {});
    })();
  });
}
