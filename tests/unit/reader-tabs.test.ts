/**
 * Which tabs get the reader, driven through WXT's fake browser: the background hears of tabs as
 * the browser tells it (`tabs.onUpdated`: a title, an address, a finished load) and injects only
 * where the title or address names the story.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstLookOf, watchReaderTabs, type TabsApi } from '../../utils/background/reader-tabs';
import { compileFirstLook } from '../../utils/reading/background/first-look';
import { BUNDLED } from '../support/bundled';

const STORY_TITLE = "Over half a million 'TikTok refugees' sign up for China's RedNote as ban nears";
const tabs = () => fakeBrowser.tabs as unknown as TabsApi & typeof fakeBrowser.tabs;
/** Lets the watcher's queued decisions run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

function watch({ off = [] as string[], story = true, inject = vi.fn(async (_tabId: number) => {}) } = {}) {
  const readAgain = vi.fn(async (_tabId: number) => {});
  const watcher = watchReaderTabs({
    tabs: tabs(),
    firstLook: async () => (story ? compileFirstLook(BUNDLED.story.firstLook) : null),
    isSiteOff: async (url) => off.includes(new URL(url).hostname),
    inject,
    readAgain,
  });
  return { watcher, inject, readAgain };
}

async function openTab(url: string, title?: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  if (title !== undefined) await fakeBrowser.tabs.update(tab.id!, { title, status: 'complete' } as never);
  await settle();
  return tab.id!;
}

beforeEach(() => fakeBrowser.reset());

describe('the first look as tabs change', () => {
  it('leaves a page that never names the story alone', async () => {
    const { inject } = watch();
    const id = await openTab('https://garden.example/tomatoes', 'Growing tomatoes on a balcony | Garden Notes');
    await fakeBrowser.tabs.update(id, { title: 'Growing tomatoes (2) | Garden Notes' } as never);
    await settle();
    expect(inject).not.toHaveBeenCalled();
  });

  it('reads a tab whose title names the story once, however often the title changes after', async () => {
    const { inject } = watch();
    const id = await openTab('https://news.example/world/12345', STORY_TITLE);
    for (const title of [`(1) ${STORY_TITLE}`, `(2) ${STORY_TITLE}`]) await fakeBrowser.tabs.update(id, { title } as never);
    await fakeBrowser.tabs.update(id, { status: 'complete' } as never);
    await settle();
    expect(inject.mock.calls).toEqual([[id]]);
  });

  it('reads a tab whose late title names the story', async () => {
    const { inject } = watch();
    const id = await openTab('https://app.example/', 'Loading… | The Daily Scroll');
    expect(inject).not.toHaveBeenCalled();
    await fakeBrowser.tabs.update(id, { title: 'RedNote draws TikTok users by the hundreds of thousands' } as never);
    await settle();
    expect(inject.mock.calls).toEqual([[id]]);
  });

  it('reads a tab whose in-page navigation moves to an address that names the story', async () => {
    const { inject } = watch();
    const id = await openTab('https://kitchen.example/story/noodles', 'Byte Kitchen');
    await fakeBrowser.tabs.update(id, { url: 'https://kitchen.example/story/tiktok-users-pour-into-rednote' } as never);
    await settle();
    expect(inject.mock.calls).toEqual([[id]]);
  });

  it('reads the next document of a tab anew, and waits for its own title', async () => {
    const { inject } = watch();
    const id = await openTab('https://news.example/a', STORY_TITLE);
    // A new page starts loading: the title the tab still shows is the previous page's.
    await fakeBrowser.tabs.update(id, { status: 'loading', url: 'https://news.example/b' } as never);
    await settle();
    expect(inject).toHaveBeenCalledTimes(1);
    await fakeBrowser.tabs.update(id, { title: 'Another story about RedNote', status: 'complete' } as never);
    await settle();
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('leaves sites on the off list alone, and pages other than web pages', async () => {
    const { inject } = watch({ off: ['news.example'] });
    await openTab('https://news.example/a', STORY_TITLE);
    await openTab('file:///home/me/tiktok-rednote.html', STORY_TITLE);
    expect(inject).not.toHaveBeenCalled();
  });

  it('reads nothing while no dataset is cached', async () => {
    const { inject } = watch({ story: false });
    await openTab('https://news.example/a', STORY_TITLE);
    expect(inject).not.toHaveBeenCalled();
  });

  it('tries again on the next change when an injection failed', async () => {
    const inject = vi.fn(async (_tabId: number) => {}).mockRejectedValueOnce(new Error('Frame with ID 0 was removed.'));
    watch({ inject });
    const id = await openTab('https://news.example/a', STORY_TITLE);
    await fakeBrowser.tabs.update(id, { title: `${STORY_TITLE} (updated)` } as never);
    await settle();
    expect(inject).toHaveBeenCalledTimes(2);
  });
});

describe('looking at every open tab', () => {
  it('reads the tabs that name the story, once each', async () => {
    const { watcher, inject } = watch();
    fakeBrowser.tabs.onUpdated.removeAllListeners(); // tabs opened before the install: never heard of
    const story = await openTab('https://news.example/a', STORY_TITLE);
    await openTab('https://garden.example/tomatoes', 'Growing tomatoes');
    const address = await openTab('https://news.example/2025/01/15/xiaohongshu-tops-app-store', 'News');
    await watcher.scan();
    await watcher.scan();
    expect(inject.mock.calls.map(([id]) => id).sort()).toEqual([story, address].sort());
  });
});

describe('reading on demand', () => {
  it('reads a page whatever its title says', async () => {
    const { watcher, inject, readAgain } = watch();
    const id = await openTab('https://garden.example/briefing', 'Morning briefing');
    expect(await watcher.readOnDemand(id)).toEqual({ reading: true });
    expect(inject.mock.calls).toEqual([[id]]);
    // A reader already in the page (which the injection leaves as it is) reads it again.
    expect(readAgain.mock.calls).toEqual([[id]]);
  });

  it.each([
    ['a browser page', 'chrome://extensions/', [], 'Crosscheck reads web pages only'],
    ['a site on the off list', 'https://news.example/a', ['news.example'], 'Crosscheck is off for news.example (see its options)'],
  ])('says why it does not read %s', async (_, url, off, reason) => {
    const { watcher, inject } = watch({ off });
    const id = await openTab(url, 'Anything');
    expect(await watcher.readOnDemand(id)).toEqual({ reading: false, reason });
    expect(inject).not.toHaveBeenCalled();
  });

  it('says so when the tab is gone or the browser refuses', async () => {
    const { watcher } = watch({ inject: vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page'))) });
    expect(await watcher.readOnDemand(999)).toEqual({ reading: false, reason: 'the tab is gone' });
    const id = await openTab('https://news.example/a', 'Anything');
    expect(await watcher.readOnDemand(id)).toEqual({
      reading: false,
      reason: 'the browser did not let Crosscheck into this page (Cannot access contents of the page)',
    });
  });
});

describe('the cached first look', () => {
  it('reads the story once, until the dataset changes', async () => {
    const readStory = vi.fn(async () => BUNDLED.story);
    const look = firstLookOf(readStory);
    await look.get();
    await look.get();
    expect(readStory).toHaveBeenCalledTimes(1);
    look.forget();
    expect((await look.get())?.names({ title: 'RedNote' })).toBe(true);
    expect(readStory).toHaveBeenCalledTimes(2);
  });

  it('is nothing while the cache holds no dataset, and tries again after a failed read', async () => {
    const readStory = vi.fn(async () => null as typeof BUNDLED.story | null).mockRejectedValueOnce(new Error('DatabaseClosedError'));
    const look = firstLookOf(readStory);
    expect(await look.get()).toBeNull();
    expect(await look.get()).toBeNull();
    expect(readStory).toHaveBeenCalledTimes(2);
  });
});

describe('when the settings change', () => {
  it("asks every web page's tab to read again (only readers answer), and no other tab", async () => {
    const { watcher, readAgain } = watch();
    const story = await openTab('https://news.example/world/12345', STORY_TITLE);
    const plain = await openTab('https://garden.example/tomatoes', 'Growing tomatoes on a balcony | Garden Notes');
    await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    readAgain.mockImplementation(async (tabId) => {
      if (tabId === plain) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await watcher.rereadAll();
    expect(readAgain.mock.calls.map(([id]) => id).sort()).toEqual([story, plain].sort());
  });
});
