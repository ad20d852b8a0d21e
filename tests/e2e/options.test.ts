import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import bundled from '../../assets/dataset.json';
import { syntheticDataset } from '../support/synthetic-dataset';
import { countCachedRows, eventually, launchWithExtension, type ExtensionBrowser } from './harness';

const SOURCES = bundled.sources.length;
/** Sources by language, as the options page counts them. */
const LANGUAGES = bundled.sources.reduce((counts, source) => counts.set(source.language, (counts.get(source.language) ?? 0) + 1), new Map<string, number>());

let browser: ExtensionBrowser;
let page: Page;
const files = mkdtempSync(join(tmpdir(), 'crosscheck-import-'));

function writeFile(name: string, content: string): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

const text = (selector: string) => page.locator(selector).innerText();

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('installing the extension', () => {
  it('caches the bundled dataset in IndexedDB', async () => {
    const counts = await eventually(async () => {
      const rows = await countCachedRows(browser.serviceWorker);
      expect(rows.figures).toBeGreaterThan(0);
      return rows;
    });
    expect(counts).toMatchObject({
      sources: bundled.sources.length,
      metrics: bundled.metrics.length,
      figures: bundled.figures.length,
      events: bundled.events.length,
    });
  });
});

describe('the options page', () => {
  beforeAll(async () => {
    await page.goto(browser.extensionUrl('options.html'));
  });

  it('shows the cached dataset: version, counts and sources', async () => {
    await page.getByTestId('dataset-summary').waitFor();
    expect(await text('[data-testid=dataset-version]')).toBe(bundled.version);
    expect(await text('[data-testid=dataset-origin]')).toBe('the bundled dataset');
    const counts = await text('[data-testid=dataset-counts]');
    expect(counts).toContain(`${bundled.figures.length} figures`);
    expect(counts).toContain(`${bundled.sources.length} sources`);
    expect(counts).toContain(`${bundled.events.length} events`);
    const sources = await text('[data-testid=dataset-sources]');
    for (const outlet of ['South China Morning Post', 'The Hollywood Reporter', 'Radio Free Asia', 'Global Banking & Finance Review']) {
      expect(sources).toContain(outlet);
    }
  });

  it('syncs the bundled dataset with a visible result, using only the keyboard', async () => {
    const before = await text('[data-testid=dataset-synced]');
    await page.waitForTimeout(1_100); // the synced time is shown to the minute; make sure it changes in the DOM
    await page.getByTestId('sync-button').focus();
    // While it runs, the button says it is busy without giving the focus away (a disabled button
    // would drop it): recorded at each change of its state, the sync being quicker than a poll.
    await page.evaluate(() => {
      const button = document.querySelector('[data-testid=sync-button]')!;
      const seen: { busy: string | null; focused: boolean }[] = [];
      (window as unknown as { syncStates: typeof seen }).syncStates = seen;
      new MutationObserver(() => seen.push({ busy: button.getAttribute('aria-disabled'), focused: document.activeElement === button })).observe(button, { attributes: true });
    });
    await page.keyboard.press('Enter');
    const message = await eventually(() => text('[data-testid=action-success]'));
    const states = await page.evaluate(() => (window as unknown as { syncStates: unknown[] }).syncStates);
    expect(states).toEqual(expect.arrayContaining([{ busy: 'true', focused: true }, { busy: 'false', focused: true }]));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sync-button');
    expect(message).toBe(`Sync done: version ${bundled.version} is cached, with ${bundled.figures.length} figures from ${bundled.sources.length} sources.`);
    const synced = await page.locator('[data-testid=dataset-synced] time').getAttribute('datetime');
    expect(Date.now() - Date.parse(synced!)).toBeLessThan(30_000);
    expect(before).toBeTruthy();
  });

  it('imports a valid dataset file and shows its contents', async () => {
    const data = syntheticDataset({ figures: 1_200, version: '9.1.0' });
    await page.getByTestId('import-input').setInputFiles(writeFile('curated.json', JSON.stringify(data)));
    const message = await eventually(() => text('[data-testid=action-success]').then((t) => (t.startsWith('Import') ? t : Promise.reject(new Error(t)))));
    expect(message).toBe('Import done: version 9.1.0 is cached, with 1,200 figures from 20 sources.');
    await eventually(async () => expect(await text('[data-testid=dataset-version]')).toBe('9.1.0'));
    expect(await text('[data-testid=dataset-origin]')).toBe('imported file curated.json');
    expect((await countCachedRows(browser.serviceWorker)).figures).toBe(1_200);
  });

  it.each([
    [
      'a figure whose value is text',
      () => {
        const data = syntheticDataset({ version: '9.2.0' });
        (data.figures[12] as Record<string, unknown>).value = 'seven hundred thousand';
        return JSON.stringify(data);
      },
      'figures[12].value: expected number, received string',
    ],
    ['a file that is not JSON', () => '{"format": 1, "version": ', 'file is not valid JSON'],
    [
      'script in a source title',
      () => {
        const data = syntheticDataset({ version: '9.3.0' });
        data.sources[0]!.title = '<script>document.title = "pwned"</script>';
        return JSON.stringify(data);
      },
      'sources[0].title: must be plain text, not HTML markup',
    ],
    [
      'a javascript: link',
      () => {
        const data = syntheticDataset({ version: '9.4.0' });
        data.sources[1]!.url = 'javascript:alert(document.cookie)';
        return JSON.stringify(data);
      },
      'sources[1].url: must be an http(s) URL',
    ],
    ['deep nesting', () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'file is nested too deeply'],
  ])('rejects %s, names the problem and keeps the cache', async (_, content, problem) => {
    await page.getByTestId('import-input').setInputFiles(writeFile('bad.json', content()));
    const problems = await eventually(() => text('[data-testid=action-problems]'));
    expect(problems).toContain('Import failed for bad.json: nothing was changed.');
    expect(problems).toContain(problem);
    expect(await text('[data-testid=dataset-version]')).toBe('9.1.0');
    expect((await countCachedRows(browser.serviceWorker)).figures).toBe(1_200);
    // The failure is remembered above the dataset until a load succeeds.
    expect(await text('[data-testid=last-load-problems]')).toContain(problem);
    expect(await page.title()).toBe('Crosscheck – options');
  });

  it(`lists the bundled dataset's ${SOURCES} sources in ${LANGUAGES.size} languages, filterable and sortable, with counts by language`, async () => {
    await page.getByTestId('sync-button').click();
    await eventually(async () => expect(await text('[data-testid=dataset-version]')).toBe(bundled.version));
    const counts = await text('[data-testid=language-counts]');
    expect(counts).toMatch(new RegExp(`^By language: English ${LANGUAGES.get('en')} · `));
    expect(counts).toContain(`German ${LANGUAGES.get('de')}`);
    expect(counts).toContain(`Japanese ${LANGUAGES.get('ja')}`);
    const rows = page.getByTestId('source-row');
    expect(await rows.count()).toBe(SOURCES);

    await page.getByTestId('source-language').selectOption('ja');
    expect(await rows.count()).toBe(LANGUAGES.get('ja'));
    expect(await text('[data-testid=source-count]')).toBe(`${LANGUAGES.get('ja')} of ${SOURCES} sources shown`);
    expect(new Set(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-language'))))).toEqual(new Set(['ja']));
    expect(await rows.first().innerText()).toContain('Japanese');

    await page.getByTestId('source-language').selectOption('');
    await page.getByTestId('source-filter').fill('hollywood');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('The Hollywood Reporter');
    await page.getByTestId('source-filter').fill('');

    await page.getByTestId('source-sort').selectOption('newest');
    const dates = await page.locator('[data-testid=source-row] .source-date').evaluateAll((els) => els.map((el) => el.querySelector('summary')?.textContent ?? el.textContent ?? ''));
    // Newest first: each date no later than the one before it.
    const times = dates.map((d) => Date.parse(/(?<!\d)\d{1,2} [A-Z][a-z]+ \d{4}/.exec(d)?.[0] ?? ''));
    const known = times.filter((t) => !Number.isNaN(t));
    expect(known.length).toBeGreaterThan(SOURCES / 2);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    await page.getByTestId('source-sort').selectOption('outlet');
  });

  it('opens how an inferred date was worked out by keyboard', async () => {
    const inferred = page.locator('[data-testid=source-row]', { hasText: 'Radio Free Asia' }).getByTestId('date-basis');
    expect(await inferred.innerText()).not.toContain('No date in the text.');
    await inferred.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await inferred.innerText()).toContain('No date in the text.');
  });

  it('goes back to the bundled dataset on sync after an import', async () => {
    await page.getByTestId('sync-button').click();
    await eventually(async () => expect(await text('[data-testid=dataset-version]')).toBe(bundled.version));
    expect(await page.getByTestId('last-load-problems').count()).toBe(0);
  });
});

describe('settings on the options page', () => {
  it('saves changes at once and keeps them across a reload', async () => {
    await page.goto(browser.extensionUrl('options.html'));
    await page.getByTestId('setting-hover-cards').uncheck();
    await page.getByLabel('Outline').check();
    await page.getByTestId('site-input').fill('https://www.Example.com/news/tiktok');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await text('[data-testid=site-list]')).toContain('example.com'));

    await page.reload();
    await page.getByTestId('settings').waitFor();
    expect(await page.getByTestId('setting-hover-cards').isChecked()).toBe(false);
    expect(await page.getByLabel('Outline').isChecked()).toBe(true);
    expect(await text('[data-testid=site-list]')).toContain('example.com');
  });

  it('moves the focus to the next site after one is removed, and to the input after the last', async () => {
    for (const site of ['a.example', 'b.example']) {
      await page.getByTestId('site-input').fill(site);
      await page.keyboard.press('Enter');
    }
    await eventually(async () => expect(await text('[data-testid=site-list]')).toContain('b.example'));
    await page.getByRole('button', { name: 'Remove a.example' }).click();
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove b.example'));
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove example.com'));
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('site-input'));
  });

  it('explains a site that is not a host name', async () => {
    await page.getByTestId('site-input').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add site' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'is not a site' }).innerText()).toContain('“javascript:alert(1)” is not a site');
  });

  it('repairs corrupt stored settings and says so', async () => {
    await page.goto('about:blank'); // closed while the settings are damaged, then reopened
    await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings: { hoverCards: 'maybe', highlightStyle: 'neon', theme: 'dark', disabledSites: ['ok.example', '<b>'] } }),
    );
    await page.goto(browser.extensionUrl('options.html'));
    const repaired = await eventually(() => text('[data-testid=settings-repaired]'));
    expect(repaired).toContain('hoverCards was invalid; reset to its default');
    expect(repaired).toContain('highlightStyle was invalid; reset to its default');
    expect(await page.getByTestId('setting-hover-cards').isChecked()).toBe(true);
    expect(await text('[data-testid=site-list]')).toContain('ok.example');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});
