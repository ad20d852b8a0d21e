/**
 * "Crosscheck this page" in the context menu, through WXT's fake browser (whose `contextMenus`
 * is left for the test to fill in): registered once per start of the background, for web pages,
 * and a click reads the clicked tab on demand.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { READ_PAGE_ITEM, setUpContextMenu } from '../../utils/background/context-menu';

type ClickListener = (info: { menuItemId: string | number }, tab?: { id?: number }) => void;

function fakeMenus() {
  const calls: string[] = [];
  const listeners: ClickListener[] = [];
  const menus = {
    removeAll: vi.fn(async () => void calls.push('removeAll')),
    create: vi.fn((properties: { id: string }) => (calls.push(`create ${properties.id}`), properties.id)),
    onClicked: { addListener: (listener: ClickListener) => listeners.push(listener) },
  };
  Object.assign(fakeBrowser, { contextMenus: menus });
  return { menus, calls, click: (info: { menuItemId: string | number }, tab?: { id?: number }) => listeners.forEach((l) => l(info, tab)) };
}
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => fakeBrowser.reset());

describe('the context menu', () => {
  it('registers "Crosscheck this page" for web pages, after clearing what an earlier start left', async () => {
    const { menus, calls } = fakeMenus();
    setUpContextMenu(async () => {}, fakeBrowser as never);
    await settle();
    expect(calls).toEqual(['removeAll', `create ${READ_PAGE_ITEM}`]);
    expect(menus.create).toHaveBeenCalledWith({
      id: READ_PAGE_ITEM,
      title: 'Crosscheck this page',
      contexts: ['page', 'selection', 'image'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });

  it('reads the clicked tab on demand, whatever its title says', async () => {
    const { click } = fakeMenus();
    const readPage = vi.fn(async (_tabId: number) => ({ reading: true }));
    setUpContextMenu(readPage, fakeBrowser as never);
    click({ menuItemId: READ_PAGE_ITEM }, { id: 12 });
    expect(readPage).toHaveBeenCalledWith(12);
  });

  it.each([
    ['another item', { menuItemId: 'someone-else' }, { id: 12 }],
    ['a click without a tab (the browser’s own UI)', { menuItemId: READ_PAGE_ITEM }, undefined],
  ])('ignores %s', async (_, info, tab) => {
    const { click } = fakeMenus();
    const readPage = vi.fn(async () => ({}));
    setUpContextMenu(readPage, fakeBrowser as never);
    click(info, tab);
    expect(readPage).not.toHaveBeenCalled();
  });

  it('survives a refused read and a browser without context menus', async () => {
    const { click } = fakeMenus();
    setUpContextMenu(() => Promise.reject(new Error('No tab with id: 12')), fakeBrowser as never);
    expect(() => click({ menuItemId: READ_PAGE_ITEM }, { id: 12 })).not.toThrow();
    expect(() => setUpContextMenu(async () => {}, {} as never)).not.toThrow();
  });
});
