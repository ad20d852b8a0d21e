// @vitest-environment happy-dom
/**
 * The whole panel against a fake browser (tabs, session storage) and a real Dexie cache in
 * fake-indexeddb: it follows the active tab, re-renders when the tab's reading or the dataset
 * changes, and talks to the tab's content script.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { SEED_SLICE } from '../support/bundled';
import { fixedTabFrom } from '../../components/panel/follow-tab';
import { Panel } from '../../components/panel/Panel';
import { PanelApp } from '../../components/panel/PanelApp';
import { loadDataset } from '../../utils/storage/dataset-load';
import { openDb, type CrosscheckDb } from '../../utils/storage/db';
import { readPage } from '../../utils/reading/pipeline';
import type { ArticleReading } from '../../utils/schema';
import { tabReadings } from '../../utils/storage/tab-readings';

/**
 * A fixture page parsed with linkedom, as the reading pipeline's tests do. Not `./dom.ts`: under
 * happy-dom the global `URL` is happy-dom's, which Node's `fileURLToPath` refuses.
 */
function readFixture(name: string): Document {
  const pages = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
  return new DOMParser().parseFromString(readFileSync(join(pages, name), 'utf8'), 'text/html') as unknown as Document;
}

// The seed articles' part of the dataset: the panel's exact words are pinned below.
const data = SEED_SLICE;
const wire = readPage(readFixture('wire-local-news.html'), data);
const offTopic = readPage(readFixture('recipe-viral-tiktok.html'), data);

let root: HTMLElement;
let db: CrosscheckDb;
let dbCount = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  // The panel's window: tabs open in it, and "current window" means it.
  await fakeBrowser.windows.create({ focused: true });
  db = openDb(`panel-app-test-${dbCount++}`);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
  vi.restoreAllMocks();
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const find = (testId: string) => root.querySelector(`[data-testid=${testId}]`);
const all = (selector: string) => [...root.querySelectorAll(selector)];
const until = (check: () => void) => vi.waitFor(check, { timeout: 3_000, interval: 10 });

async function openTab(url: string, active = true): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url, active });
  return tab.id!;
}
const keep = (tabId: number, reading: ArticleReading, url = 'https://kvlt.example/tech/rednote') =>
  tabReadings.set({ tabId, url, reading, at: new Date().toISOString() });

function mount(fixedTabId: number | null = null) {
  render(<PanelApp db={db} fixedTabId={fixedTabId} />, root);
}

describe('the panel wired to the browser', () => {
  it('says the dataset is empty, links to the options page, and fills in when the dataset arrives', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    mount();
    await until(() => expect(find('panel-empty')).not.toBeNull());
    expect(text(find('panel-empty')!.querySelector('h2'))).toBe('The local dataset is empty');
    await act(() => (find('open-options') as HTMLButtonElement).click());
    expect(openOptions).toHaveBeenCalledOnce();

    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    await until(() => expect(find('panel-empty')).toBeNull());
    expect(text(find('dataset-version'))).toBe(SEED_SLICE.version);
    expect(find('panel-no-article')).not.toBeNull();
    expect(all('[data-testid=metric-spread]')).toHaveLength(SEED_SLICE.metrics.length);
  });

  it('shows the active tab’s article, and follows the reader to another tab and back', async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    const article = await openTab('https://kvlt.example/tech/rednote');
    await keep(article, wire);
    mount();
    await until(() => expect(text(find('article-title'))).toBe("Over half a million 'TikTok refugees' sign up for China's RedNote as ban nears"));
    expect(text(find('article-outlet'))).toBe('KVLT News 7');
    expect(text(find('article-date'))).toBe('14 January 2025');
    expect(find('article-date')!.getAttribute('datetime')).toBe('2025-01-14');
    expect(all('[data-testid=article-reasons] li').map(text)).toContain('headline speaks of "TikTok refugees"');

    const figures = all('[data-testid=article-figure]');
    expect(figures.map((li) => text(li.querySelector('.figure-text')))).toEqual([
      'Over half a million',
      'more than 700,000',
      'more than 50,000',
      'more than 700,000',
      'more than 200%',
      '194%',
      'No. 2',
      '190%',
      'roughly 3.4 million',
      '$17 billion',
      'more than 300 million',
      'as much as 20%',
      'Around 170 million',
    ]);
    expect(text(figures[0]!.querySelector('.figure-about'))).toBe('Headline · New RedNote users in two days');
    expect(text(figures[0]!.querySelector('.figure-verdict'))).toBe('Consistent');
    expect(text(figures[10]!.querySelector('.figure-about'))).toBe('Body · RedNote users in total (its user base)');
    // "more than 300 million" against 300 million-plus, 300 million and (as of December 2023) nearly 300 million.
    expect(text(figures[10]!.querySelector('.figure-verdict'))).toBe('Same');
    expect(figures[0]!.querySelector('button')!.textContent).toContain('Show on the page:');
    expect(all('[data-testid=metric-section]').map((s) => s.getAttribute('data-metric'))).toEqual([
      'rednote-new-users-two-days',
      'rednote-live-chat-participants',
      'rednote-us-downloads-yoy-change',
      'rednote-us-downloads-wow-change',
      'lemon8-us-app-store-rank',
      'lemon8-december-downloads-change',
      'lemon8-december-downloads',
      'rednote-valuation',
      'rednote-users',
      'onechance-share-price-rise',
      'tiktok-us-users',
    ]);
    expect(text(find('other-metrics')!.querySelector('summary'))).toBe(`The story’s other figures (${SEED_SLICE.metrics.length - 11})`);

    const other = await openTab('https://example.com/recipes', true);
    await until(() => expect(find('panel-no-article')).not.toBeNull());
    expect(find('article')).toBeNull();

    await fakeBrowser.tabs.update(article, { active: true });
    await until(() => expect(find('article')).not.toBeNull());
    expect(other).not.toBe(article);
  });

  it('says when the page was too long to read completely, and shows what was read', async () => {
    await loadDataset(db, data, { kind: 'bundled' });
    const article = await openTab('https://kvlt.example/tech/rednote');
    await keep(article, { ...wire, figures: wire.figures.filter((f) => f.metric).slice(0, 3), complete: false });
    mount();
    await until(() => expect(find('panel-partial')).not.toBeNull());
    expect(text(find('panel-partial'))).toContain('This page is too long to read completely');
    expect(all('[data-testid=article-figure]')).toHaveLength(3);
    await keep(article, wire);
    await until(() => expect(find('panel-partial')).toBeNull());
  });

  it('stays with its own window when a tab is activated in another', async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    const article = await openTab('https://kvlt.example/tech/rednote');
    await keep(article, wire);
    mount();
    await until(() => expect(find('article')).not.toBeNull());
    const elsewhere = await fakeBrowser.windows.create({ focused: false });
    await fakeBrowser.tabs.create({ url: 'https://example.com/', windowId: elsewhere!.id, active: true });
    await new Promise((done) => setTimeout(done, 50));
    expect(find('article')).not.toBeNull();
  });

  it('follows the tab’s reading as the page is read again or left', async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    const tabId = await openTab('https://kvlt.example/tech/rednote');
    mount();
    await until(() => expect(find('panel-no-article')).not.toBeNull());
    expect(text(find('panel-no-article'))).toContain('this tab shows none it has read');

    await keep(tabId, wire);
    await until(() => expect(find('article')).not.toBeNull());

    await keep(tabId, offTopic, 'https://kvlt.example/food/dumplings');
    await until(() => expect(find('panel-no-article')).not.toBeNull());
    expect(text(find('panel-no-article'))).toContain(`it is an article, but not about the story the dataset follows (${SEED_SLICE.story.title})`);

    await tabReadings.remove(tabId);
    await until(() => expect(text(find('panel-no-article'))).toContain('this tab shows none it has read'));
  });

  it('reads the tab on demand when asked ("Read this page"), and says why when it cannot', async () => {
    await loadDataset(db, data, { kind: 'bundled' });
    const tabId = await openTab('https://harbor.example/briefing');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as MockInstance<(message: unknown) => Promise<unknown>>;
    send.mockResolvedValue({ value: { reading: true } });
    mount();
    await until(() => expect(find('read-page')).not.toBeNull());
    await act(() => (find('read-page') as HTMLButtonElement).click());
    expect(send).toHaveBeenCalledWith({ type: 'read-page', tabId });
    await until(() => expect(text(find('read-page-status'))).toBe('Reading the page…'));
    expect((find('read-page') as HTMLButtonElement).disabled).toBe(true);
    // The page turns out to be an article about the story: the panel shows it.
    await keep(tabId, wire, 'https://harbor.example/briefing');
    await until(() => expect(find('article')).not.toBeNull());

    // Read again, it is not about the story any more: the button is there again, ready.
    await keep(tabId, offTopic, 'https://harbor.example/briefing');
    await until(() => expect(find('read-page')).not.toBeNull());
    expect((find('read-page') as HTMLButtonElement).disabled).toBe(false);
    send.mockResolvedValue({ value: { reading: false, reason: 'Crosscheck is off for harbor.example (see its options)' } });
    await act(() => (find('read-page') as HTMLButtonElement).click());
    await until(() =>
      expect(text(find('read-page-status'))).toBe('Crosscheck cannot read this tab: Crosscheck is off for harbor.example (see its options).'),
    );
  });

  it('shows the tab named in its address instead of the active one', async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    const article = await openTab('https://kvlt.example/tech/rednote', false);
    await openTab('chrome-extension://crosscheck/sidepanel.html', true);
    await keep(article, wire);
    mount(article);
    await until(() => expect(find('article')).not.toBeNull());
  });

  it.each([
    ['?tab=42', 42],
    ['?tab=1557083159', 1557083159],
    ['', null],
    ['?tab=', null],
    ['?tab=-3', null],
    ['?tab=4e2', null],
    ['?tab=12&x=1', 12],
  ])('reads the tab to show from %j: %s', (search, tabId) => {
    expect(fixedTabFrom(search)).toBe(tabId);
  });

  it('asks the tab to show a figure, and says what came of it', async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    const tabId = await openTab('https://kvlt.example/tech/rednote');
    await keep(tabId, wire);
    // The fake's types say the content script answers nothing; Crosscheck's answers { revealed }.
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage') as unknown as MockInstance<(tabId: number, message: unknown) => Promise<unknown>>;
    send.mockResolvedValue({ revealed: true });
    mount();
    await until(() => expect(find('article')).not.toBeNull());

    const buttons = all('[data-testid=reveal-figure]') as HTMLButtonElement[];
    await act(() => buttons[2]!.click());
    await until(() => expect(text(find('reveal-status'))).toBe('Showing “more than 50,000” on the page.'));
    expect(send).toHaveBeenCalledWith(tabId, { type: 'reveal-figure', figureId: wire.figures.find((f) => f.text === 'more than 50,000')!.id });
    expect(find('reveal-status')!.getAttribute('role')).toBe('status');

    send.mockResolvedValue({ revealed: false });
    await act(() => buttons[0]!.click());
    await until(() => expect(text(find('reveal-status'))).toContain('“Over half a million” is not marked on the page now'));

    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await act(() => buttons[1]!.click());
    await until(() =>
      expect(text(find('reveal-status'))).toBe('The page did not answer. Reload the tab so that Crosscheck reads it again, then try once more.'),
    );
  });

  it('shows a figure’s statement in its comparison when the reader follows “Compare”', async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    const tabId = await openTab('https://kvlt.example/tech/rednote');
    await keep(tabId, wire);
    mount();
    await until(() => expect(find('article')).not.toBeNull());
    const section = root.querySelector('[data-testid=metric-section][data-metric=rednote-new-users-two-days]')!;
    expect(text(section.querySelector('[data-testid=card-subject]'))).toBe('Over half a million');
    const compare = all('[data-testid=article-figure]')[3]!.querySelector<HTMLAnchorElement>('.figure-compare')!;
    expect(compare.getAttribute('href')).toBe('#metric-rednote-new-users-two-days');
    await act(() => compare.click());
    await until(() => expect(text(section.querySelector('[data-testid=card-subject]'))).toBe('more than 700,000'));
  });

  it('updates the comparison without reload when a new dataset is loaded', async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    const tabId = await openTab('https://kvlt.example/tech/rednote');
    await keep(tabId, wire);
    mount();
    // The quotes are built when their group opens, as a reader would open each.
    const sourcesOf = () => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-metric=rednote-new-users-two-days] [data-testid=card-group] details:not([open])')) {
        details.open = true;
        details.dispatchEvent(new Event('toggle'));
      }
      return all('[data-testid=metric-section][data-metric=rednote-new-users-two-days] [data-testid=card-source] cite').map(text);
    };
    await until(() => expect(sourcesOf()).toHaveLength(12));

    const extended = structuredClone(SEED_SLICE);
    extended.version = '1.1.0';
    extended.sources.push({
      id: 'test-gazette-2025-01-15',
      outlet: 'Test Gazette',
      title: 'A test article about RedNote',
      language: 'en',
      published: { date: '2025-01-15', precision: 'exact', basis: 'written for the tests' },
    });
    extended.figures.push({
      id: 'test-gazette-new-users',
      sourceId: 'test-gazette-2025-01-15',
      metricId: 'rednote-new-users-two-days',
      value: 1_000_000,
      asWritten: 'a million',
      qualifier: 'nearly',
      interval: { low: 900_000, high: 1_000_000 },
      unit: 'users',
      scope: 'unstated',
      asOf: { date: '2025-01-15', precision: 'day', basis: 'published' },
      position: 'body',
      quote: 'Nearly a million new users joined RedNote in two days.',
    });
    const result = await loadDataset(db, extended, { kind: 'import', fileName: 'extended.json' });
    expect(result.ok).toBe(true);

    await until(() => expect(sourcesOf()).toContain('Test Gazette'));
    expect(text(find('dataset-version'))).toBe('1.1.0');
    const group = all('[data-testid=card-group]').find((li) => text(li).includes('Test Gazette'))!;
    expect(text(group.querySelector('.cc-value'))).toBe('nearly 1 million');
    expect(text(group.querySelector('.cc-tag'))).toBe('fits');
  });

  it('applies the theme chosen in the options', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverCards: true, highlightStyle: 'underline', theme: 'dark', disabledSites: [] } });
    mount();
    await until(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});

describe('browsing the dataset with the filter box', () => {
  beforeEach(async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    mount();
    await until(() => expect(find('filter-input')).not.toBeNull());
  });

  const filter = async (query: string) => {
    const input = find('filter-input') as HTMLInputElement;
    await act(() => {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  const metricIds = () => all('[data-testid=metric-spread]').map((s) => s.getAttribute('data-metric'));
  const eventIds = () => all('[data-testid=timeline-event]').map((s) => s.getAttribute('data-event'));

  it('lists every metric, the most reported first, and the whole timeline', () => {
    expect(text(find('filter-count'))).toBe(`${SEED_SLICE.metrics.length} metrics and ${SEED_SLICE.events.length} events.`);
    expect(metricIds()[0]).toBe('rednote-new-users-two-days');
    expect(eventIds()).toHaveLength(SEED_SLICE.events.length);
    expect(find('filter-input')!.closest('form')!.getAttribute('role')).toBe('search');
    expect(root.querySelector('label[for=filter-input]')!.textContent).toBe('Filter figures and events');
  });

  it.each([
    [
      'Lemon8',
      ['lemon8-december-downloads-change', 'lemon8-december-downloads', 'lemon8-us-app-store-rank'],
      ['bytedance-links-lemon8-and-tiktok-logins', 'lemon8-december-downloads-surge', 'lemon8-second-on-us-app-store', 'lemon8-and-bytedance-apps-go-dark'],
    ],
    ['valuation', ['rednote-valuation'], []],
    ['supreme court', [], ['supreme-court-upholds-tiktok-law']],
    ['xiaohongshu 700,000', ['rednote-new-users-two-days'], ['reuters-reports-700000-new-users']],
  ])('narrows metrics and events to %j', async (query, metrics, events) => {
    await filter(query);
    expect(metricIds()).toEqual(metrics);
    expect(eventIds()).toEqual(events);
    expect(text(find('filter-count'))).toBe(
      `${metrics.length} metric${metrics.length === 1 ? '' : 's'} and ${events.length} event${events.length === 1 ? '' : 's'} match.`,
    );
  });

  it('says when nothing matches', async () => {
    await filter('Clubhouse');
    expect(text(find('figures')!.querySelector('.empty'))).toBe('No figure matches the filter.');
    expect(text(find('timeline')!.querySelector('.empty'))).toBe('No event matches the filter.');
  });
});

describe('the panel’s states', () => {
  const noop = () => {};
  const reveal = () => Promise.resolve('revealed' as const);

  it('explains a cache that cannot be read, with a way out', async () => {
    const retry = vi.fn();
    const options = vi.fn();
    render(<Panel data={{ status: 'error', error: 'UnknownError: Internal error opening backing store' }} tab={{ status: 'loading' }} onReveal={reveal} onOpenOptions={options} onRetry={retry} />, root);
    const error = find('panel-error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error.querySelector('h2'))).toBe('The local dataset could not be read');
    expect(text(error)).toContain('UnknownError: Internal error opening backing store');
    const [tryAgain, openOptions] = [...error.querySelectorAll('button')];
    await act(() => tryAgain!.click());
    await act(() => openOptions!.click());
    expect(retry).toHaveBeenCalledOnce();
    expect(options).toHaveBeenCalledOnce();
  });

  it('says it is reading while the cache loads', () => {
    render(<Panel data={{ status: 'loading' }} tab={{ status: 'loading' }} onReveal={reveal} onOpenOptions={noop} onRetry={noop} />, root);
    expect(text(find('panel-loading'))).toBe('Reading the local dataset…');
    expect(find('panel-loading')!.getAttribute('aria-busy')).toBe('true');
  });

  it('has landmarks and one heading outline', async () => {
    await loadDataset(db, SEED_SLICE, { kind: 'bundled' });
    const tabId = await openTab('https://kvlt.example/tech/rednote');
    await keep(tabId, wire);
    mount();
    await until(() => expect(find('article')).not.toBeNull());
    expect(root.querySelectorAll('header')).toHaveLength(1);
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelector('nav')!.getAttribute('aria-label')).toBe('Panel sections');
    // The page's one h1 names it; its logo is decoration.
    expect(all('h1').map(text)).toEqual(['≈Crosscheck']);
    expect(root.querySelector('h1 .logo')!.getAttribute('aria-hidden')).toBe('true');
    expect(all('main h2').map(text)).toEqual(['This article', 'Figures across sources', 'Timeline']);
    for (const section of all('main section[aria-labelledby]')) {
      expect(document.getElementById(section.getAttribute('aria-labelledby')!), section.outerHTML.slice(0, 120)).not.toBeNull();
    }
  });
});
