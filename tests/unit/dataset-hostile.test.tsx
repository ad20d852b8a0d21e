// @vitest-environment happy-dom
/**
 * What a hostile dataset file can put in front of a reader (issue 10): invisible text that makes
 * one outlet read as another (finding 8), and links whose text lies about where they go (10).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import bundled from '../../assets/dataset.json';
import { DatasetSummary } from '../../components/options/DatasetSummary';
import { MetricComparison } from '../../components/panel/MetricComparison';
import { Timeline } from '../../components/panel/Timeline';
import { findDenseWindow } from '../../utils/core/timeline';
import { readPage } from '../../utils/reading/pipeline';
import { articleStatements } from '../../utils/storage/panel-data';
import { dataset, type Dataset, type Figure } from '../../utils/schema';
import { validateDataset } from '../../utils/schema/dataset-input';
import { openGroups } from '../support/open-groups';
import { syntheticDataset } from '../support/synthetic-dataset';

const problemsOf = (breakIt: (d: Dataset) => unknown): string[] => {
  const data = structuredClone(syntheticDataset());
  breakIt(data);
  const result = validateDataset(data);
  return result.ok ? [] : result.problems;
};

describe('invisible text in a dataset (finding 8)', () => {
  it.each([
    ['a right-to-left override in an outlet name', (d: Dataset) => (d.sources[0]!.outlet = 'Reuters\u202e'), 'sources[0].outlet: must not contain right-to-left or left-to-right overrides'],
    ['a right-to-left isolate in a title', (d: Dataset) => (d.sources[1]!.title = '\u2067RedNote\u2069 surges'), 'sources[1].title: must not contain right-to-left or left-to-right overrides'],
    ['a left-to-right embedding in a quote', (d: Dataset) => (d.figures[3]!.quote = '\u202a4,000 users joined'), 'figures[3].quote: must not contain right-to-left'],
    ['a run of zero-width spaces in an outlet name', (d: Dataset) => (d.sources[0]!.outlet = 'Reu\u200b\u200b\u200bters'), 'sources[0].outlet: must not contain runs of invisible zero-width characters'],
    ['zero-width joiners in a metric label', (d: Dataset) => (d.metrics[0]!.label = 'Users\u200d\ufeff'), 'metrics[0].label: must not contain runs of invisible zero-width characters'],
  ])('refuses %s, naming its path', (_name, breakIt, problem) => {
    expect(problemsOf(breakIt).join('\n')).toContain(problem);
  });

  it('accepts right-to-left text and a single joiner, which real names use', () => {
    expect(problemsOf((d) => (d.sources[0]!.outlet = 'الجزيرة'))).toEqual([]);
    expect(problemsOf((d) => (d.sources[1]!.title = '‏עברית‎ and a family 👨‍👩‍👧'))).toEqual([]);
  });
});

describe('links that lie (finding 10)', () => {
  it.each([
    ['https://reuters.com@evil.example/'],
    ['https://reuters.com:pw@evil.example/story'],
    ['https://@evil.example/'],
    ['http://user@evil.example'],
  ])('refuses %s', (url) => {
    expect(problemsOf((d) => (d.sources[2]!.url = url)).join('\n')).toContain('sources[2].url: must not carry a user name or password before the host');
  });

  it('accepts an ordinary link with "@" in its path', () => {
    expect(problemsOf((d) => (d.sources[2]!.url = 'https://medium.com/@reporter/rednote-2025'))).toEqual([]);
  });
});

describe('dataset text on screen', () => {
  const data = dataset.parse(bundled);
  const rtl = '\u05d7\u05d3\u05e9\u05d5\u05ea'; // a Hebrew outlet name: must not reorder what follows it
  const sources = new Map(data.sources.map((s) => [s.id, { ...s, outlet: `${rtl} ${s.outlet}`, url: 'https://www.reuters.com/world/rednote-2025' }]));
  const metric = data.metrics.find((m) => m.id === 'rednote-new-users-two-days')!;
  const figures: Figure[] = data.figures.filter((f) => f.metricId === metric.id);
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  /** Whether `text` is shown in an element of its own that is isolated from the text around it (`<bdi>` or a `dir` attribute). */
  const isolated = (text: string) => {
    const holders = [...root.querySelectorAll('*')].filter((el) => el.textContent?.trim() === text.trim());
    return holders.some((el) => el.matches('bdi, [dir]'));
  };

  it('isolates outlets, quotes and labels in the comparison (the hover card and the panel), and names the real host', async () => {
    // linkedom, not happy-dom's parser: the reading pipeline's DOM in Node (as the panel tests do).
    const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages/wire-local-news.html'), 'utf8');
    const wire = readPage(new DOMParser().parseFromString(html, 'text/html') as unknown as Document, data);
    render(<MetricComparison metric={metric} figures={figures} sources={sources} reading={wire} statements={articleStatements(wire, metric.id)} />, root);
    await openGroups(root);
    expect(isolated(metric.label)).toBe(true);
    for (const quote of root.querySelectorAll('.cc-quote')) expect(quote.querySelector('bdi')).not.toBeNull();
    for (const cite of root.querySelectorAll('cite')) expect(cite.closest('[dir]')).not.toBeNull();
    const links = [...root.querySelectorAll('.cc-link')].map((a) => a.textContent);
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set(['Read at reuters.com']));
  });

  it('isolates event titles, outlets and quotes in the timeline', () => {
    const events = [...data.events];
    render(<Timeline events={events} week={findDenseWindow(events)} mentions={new Map()} sources={sources} />, root);
    for (const title of root.querySelectorAll('.tl-title')) expect(title.getAttribute('dir')).toBe('auto');
    for (const quote of root.querySelectorAll('.cc-quote')) expect(quote.querySelector('bdi')).not.toBeNull();
  });

  it('isolates outlets and titles on the options page', () => {
    const meta = { key: 'dataset', version: '1.0.0', builtAt: '2025-01-20', syncedAt: '2025-01-20T00:00:00Z', origin: 'bundled', counts: { sources: 1, metrics: 0, figures: 0, events: 0 }, story: data.story } as const;
    render(<DatasetSummary status={{ meta, lastLoad: null, sources: [...sources.values()] }} />, root);
    for (const el of root.querySelectorAll('.source-name, .source-title')) expect(el.getAttribute('dir')).toBe('auto');
  });
});
