/**
 * "Crosscheck this page" in the page's context menu: reads the page whatever its title says (it
 * still has to be an article about the story to be marked). `contextMenus` in both builds: Chrome
 * and Firefox (where it names the same API as `menus`) show no install warning for it.
 */
import { browser } from 'wxt/browser';

export const READ_PAGE_ITEM = 'crosscheck-this-page';

interface ContextMenus {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: string[]; documentUrlPatterns: string[] }): unknown;
  onClicked: { addListener(listener: (info: { menuItemId: string | number }, tab?: { id?: number }) => void): void };
}

/**
 * Registers the item (again: Chrome keeps items across restarts of the service worker and would
 * refuse a second one with the same id) and what a click on it does.
 */
export function setUpContextMenu(readPage: (tabId: number) => Promise<unknown>, api = browser as unknown as { contextMenus?: ContextMenus }): void {
  const menus = api.contextMenus;
  if (!menus) return;
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READ_PAGE_ITEM && tab?.id !== undefined) void readPage(tab.id).catch(() => {});
  });
  void menus
    .removeAll()
    .then(() =>
      menus.create({
        id: READ_PAGE_ITEM,
        title: 'Crosscheck this page',
        contexts: ['page', 'selection', 'image'],
        // Web pages only: the reader cannot run in the browser's or the extension's own pages.
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      }),
    )
    .catch(() => {});
}
