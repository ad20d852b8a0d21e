// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_SLICE } from '../support/bundled';
import { MetricComparison } from '../../components/panel/MetricComparison';
import { MetricSpread } from '../../components/panel/MetricSpread';
import { articleStatements, describeInterval } from '../../utils/storage/panel-data';
import { readPage } from '../../utils/reading/pipeline';
import { sourceName } from '../../components/format';
import { dataset, type Figure } from '../../utils/schema';
import { grownDataset } from '../support/grown-dataset';
import { openGroups as openAllGroups } from '../support/open-groups';

/**
 * A fixture page parsed with linkedom, as the reading pipeline's tests do. Not `./dom.ts`: under
 * happy-dom the global `URL` is happy-dom's, which Node's `fileURLToPath` refuses.
 */
function readFixture(name: string): Document {
  const pages = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
  return new DOMParser().parseFromString(readFileSync(join(pages, name), 'utf8'), 'text/html') as unknown as Document;
}

// The seed articles' part of the dataset: the views' exact words are pinned below.
const data = SEED_SLICE;
const sources = new Map(data.sources.map((s) => [s.id, s]));
/** The Reuters story as a local site republished it: its name is the curators' to change. */
const REPUBLICATION = sourceName(sources.get('reuters-local-2025-01-14')!);
const metricOf = (id: string) => data.metrics.find((m) => m.id === id)!;
// The cache hands figures back by id; the panel shows them in that order.
const figuresOf = (metricId: string): Figure[] => data.figures.filter((f) => f.metricId === metricId).sort((a, b) => (a.id < b.id ? -1 : 1));
const wire = readPage(readFixture('wire-local-news.html'), data);

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const openGroups = (within: ParentNode = root) => openAllGroups(within);

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (selector: string, within: ParentNode = root) => [...within.querySelectorAll(selector)];

/**
 * The axis' rows by label, with what each draws: the range's ends and the point, in percent of
 * the track, and any open-end arrows.
 */
function axisRows(axis: Element) {
  return all('.cc-axis-row:not(.cc-axis-ticks)', axis).map((row) => {
    const range = row.querySelector('.cc-axis-range');
    return {
      label: text(row.querySelector('.cc-axis-label')),
      subject: row.classList.contains('cc-axis-subject'),
      x1: range ? Number(row.getAttribute('data-low')) : null,
      x2: range ? Number(row.getAttribute('data-high')) : null,
      arrows: range ? ['cc-open-low', 'cc-open-high'].filter((c) => range.classList.contains(c)).length : 0,
      point: Number(row.getAttribute('data-point')),
    };
  });
}

/** Where the axis puts a value (percent of the track), read off two of its labelled ticks ("280M", "300M"). */
function axisScale(axis: Element): (value: number) => number {
  const ticks = all('.cc-axis-tick', axis).map((t) => ({ x: Number(t.getAttribute('data-at')), value: parseTick(text(t)) }));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return (value) => a.x + ((value - a.value) / (b.value - a.value)) * (b.x - a.x);
}
const parseTick = (label: string) => Number(label.replace(/[kMB]$/, '')) * ({ k: 1e3, M: 1e6, B: 1e9 }[label.slice(-1)] ?? 1);

describe('a metric across every source (no article)', () => {
  it('draws "more than 700,000" open to the right and says so in words', () => {
    render(<MetricSpread metric={metricOf('rednote-new-users-two-days')} figures={figuresOf('rednote-new-users-two-days')} sources={sources} />, root);
    const svg = root.querySelector('[data-testid=value-axis]')!;
    const rows = axisRows(svg);
    expect(rows.map((r) => r.label)).toEqual(['more than 700,000 ×8', 'over 500,000 ×4']);
    for (const row of rows) {
      expect(row.arrows).toBe(1); // a lower bound: one arrow, at the open end
      expect(row.x2).toBe(100); // the range runs to the right edge of the track
    }
    const x = axisScale(svg);
    expect(rows[0]!.x1).toBeCloseTo(x(700_000), 1);
    expect(rows[1]!.x1).toBeCloseTo(x(500_000), 1);
    expect(svg.getAttribute('aria-label')).toBe(
      'New RedNote users in two days, on one axis. more than 700,000 (700,000 or more): 8 statements. over 500,000 (500,000 or more): 4 statements.',
    );
  });

  it('draws "nearly 300 million" as the range 270 – 300 million, next to a point and a lower bound', () => {
    render(<MetricSpread metric={metricOf('rednote-users')} figures={figuresOf('rednote-users')} sources={sources} />, root);
    const svg = root.querySelector('[data-testid=value-axis]')!;
    const x = axisScale(svg);
    const [plus, exact, nearly] = axisRows(svg);
    // About another date ("as of December 2023"), it says so, after the figures of January 2025.
    expect([plus!.label, exact!.label, nearly!.label]).toEqual(['300 million-plus ×2', '300 million', 'nearly 300 million as of December 2023']);
    expect(nearly!.arrows).toBe(0);
    expect(nearly!.x1).toBeCloseTo(x(270_000_000), 1);
    expect(nearly!.x2).toBeCloseTo(x(300_000_000), 1);
    expect(exact!.x1).toBeNull(); // a single number: a dot, no line
    expect(exact!.point).toBeCloseTo(x(300_000_000), 1);
    expect(plus!.arrows).toBe(1);
    expect(svg.getAttribute('aria-label')).toContain('nearly 300 million as of December 2023 (270 million to 300 million): 1 statement');
  });

  it.each([
    ['rednote-new-users-two-days', '4 outlets: more than 700,000 in only two days · 1: over 500,000'],
    ['rednote-users', '1 outlet: 300 million-plus · 1: 300 million · 1: nearly 300 million as of December 2023'],
    ['rednote-valuation', '1 outlet: $17 billion · 1: over $17 billion'],
    ['rednote-live-chat-participants', '2 outlets: more than 50,000 on Monday'],
    // THR's 90 days was Trump's promise, a metric of its own since the dataset took in the world's reporting.
    ['tiktok-ban-enforcement-pause-days', 'Only The Hollywood Reporter states it: 75 days from his first day in office.'],
    ['tiktok-extension-promised-days', 'Only The Hollywood Reporter states it: 90 days.'],
    ['jimmy-o-yang-rednote-followers', 'Only The Hollywood Reporter states it: nearly 400,000.'],
  ])('sums up the spread of %s', (metricId, summary) => {
    render(<MetricSpread metric={metricOf(metricId)} figures={figuresOf(metricId)} sources={sources} />, root);
    expect(text(root.querySelector('h3'))).toBe(metricOf(metricId).label);
    expect(text(root.querySelector('[data-testid=metric-spread-summary]'))).toBe(summary);
  });

  it('lists every statement by group, each opening to its outlet, language, date, place and exact quote', async () => {
    render(<MetricSpread metric={metricOf('rednote-users')} figures={figuresOf('rednote-users')} sources={sources} />, root);
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('What each source says (4)');
    expect(all('[data-testid=card-source]')).toHaveLength(0); // built when a group opens
    await openGroups();
    const groups = all('[data-testid=card-group]').map((group) => ({
      line: text(group.querySelector('summary')),
      quotes: all('[data-testid=card-source]', group).map((row) => [text(row.querySelector('.cc-source-meta')), text(row.querySelector('.cc-quote'))]),
    }));
    expect(groups).toEqual([
      {
        line: '300 million-plus, same. 2 statements from Reuters',
        quotes: [
          ['Global Banking & Finance Review, carrying Reuters · English · 14 January 2025 · the body', '“a de facto search engine for its 300 million-plus users”'],
          [`${REPUBLICATION} · English · 14 January 2025 (inferred) · the body`, '“a de facto search engine for its 300 million-plus users”'],
        ],
      },
      {
        line: '300 million, same. 1 statement from Radio Free Asia',
        quotes: [['Radio Free Asia · English · 15 January 2025 (inferred) · the body', '“the platform’s 300 million existing users — who are mostly in China”']],
      },
      {
        line: 'nearly 300 million as of December 2023, 31 December 2023. 1 statement from South China Morning Post',
        quotes: [
          ['South China Morning Post · English · 17 January 2025 (inferred) · the body · as of December 2023 · about 31 December 2023', '“reaching nearly 300 million active users as of December 2023”'],
        ],
      },
    ]);
    // A wire's copies fold under the wire: who carried them is said once the group is open.
    expect(text(all('[data-testid=card-group]')[0]!.querySelector('.cc-reporters'))).toBe('Reported by Reuters, carried by 2 sites.');
    // The quotes keep their language, for screen readers too.
    expect(all('.cc-quote').every((quote) => quote.getAttribute('lang') === 'en')).toBe(true);
  });

  it.each([
    [{ low: 700_000, high: null }, 'users', '700,000 or more'],
    [{ low: 270_000_000, high: 300_000_000 }, 'users', '270 million to 300 million'],
    [{ low: null, high: 24 }, 'hours', '24 hours or less'],
    [{ low: 194, high: 194 }, 'percent', 'exactly 194%'],
    [{ low: null, high: 3 }, 'rank', 'No. 1 to No. 3'],
    [{ low: 17e9, high: null }, 'usd', '$17 billion or more'],
  ] as const)('puts the range %o (%s) in words: %s', (interval, unit, words) => {
    expect(describeInterval(interval, unit)).toBe(words);
  });
});

describe('a metric the article touches, against every source', () => {
  const metric = metricOf('rednote-new-users-two-days');
  const show = () =>
    render(
      <MetricComparison
        metric={metric}
        figures={figuresOf(metric.id)}
        sources={sources}
        reading={wire}
        statements={articleStatements(wire, metric.id)}
      />,
      root,
    );

  it('offers each way the article states it, and compares the headline’s first', () => {
    show();
    const choices = all('[data-testid=statement-choice] label').map(text);
    expect(choices).toEqual(['Over half a million in the headline', 'more than 700,000 in the summary, the body']);
    expect(text(root.querySelector('[data-testid=card-subject]'))).toBe('Over half a million');
    expect(text(root.querySelector('[data-testid=metric-spread-summary]'))).toBe('Across sources: 4 outlets: more than 700,000 in only two days · 1: over 500,000');
    expect(text(root.querySelector('[data-testid=card-verdict]'))).toBe(
      'Consistent: 4 outlets say more than 700,000 in only two days, which is also over half a million; 4 say the same.',
    );
  });

  it('draws the article’s "Over half a million" open to the right, among the sources’ statements', () => {
    show();
    const rows = axisRows(root.querySelector('[data-testid=value-axis]')!);
    expect(rows[0]).toMatchObject({ label: 'This article', subject: true, arrows: 1 });
    expect(rows.slice(1).map((r) => r.label)).toEqual(['more than 700,000 ×8', 'over 500,000 ×4']);
  });

  it('lists the five seed sources with their quotes', async () => {
    show();
    await openGroups();
    const rows = all('[data-testid=card-source]').map(text);
    expect(rows).toHaveLength(12);
    for (const outlet of [
      'South China Morning Post',
      'Radio Free Asia',
      'Global Banking & Finance Review, carrying Reuters',
      'The Hollywood Reporter',
      REPUBLICATION,
    ]) {
      expect(rows.some((row) => row.includes(outlet))).toBe(true);
    }
    expect(rows.some((row) => row.includes('“In only two days, more than 700,000 new users joined Xiaohongshu, a person close to the company told Reuters.”'))).toBe(true);
  });

  it('switches to the body’s "more than 700,000" when the reader picks it', async () => {
    show();
    const second = all('[data-testid=statement-choice] input')[1] as HTMLInputElement;
    await act(() => {
      second.click();
    });
    expect(second.checked).toBe(true);
    expect(text(root.querySelector('[data-testid=card-subject]'))).toBe('more than 700,000');
    expect(text(root.querySelector('[data-testid=card-verdict]'))).toBe(
      "Consistent: 2 headlines, a subheading and a caption say only over 500,000, which allows this article's more than 700,000; 8 say the same.",
    );
  });

  it('shows no choice when the article states the metric one way', () => {
    render(
      <MetricComparison
        metric={metricOf('rednote-users')}
        figures={figuresOf('rednote-users')}
        sources={sources}
        reading={wire}
        statements={articleStatements(wire, 'rednote-users')}
      />,
      root,
    );
    expect(root.querySelector('[data-testid=statement-choice]')).toBeNull();
    expect(text(root.querySelector('[data-testid=card-subject]'))).toBe('more than 300 million');
    // The metric's name heads the panel's section once; the shared card's own heading is hidden by CSS.
    expect(text(root.querySelector('h3'))).toBe('RedNote users in total (its user base)');
  });
});

describe('a metric with the world’s reporting (the grown dataset: 61 sources in 11 languages)', () => {
  const grown = dataset.parse(grownDataset(data));
  const grownSources = new Map(grown.sources.map((s) => [s.id, s]));
  const metric = metricOf('rednote-new-users-two-days');
  const figures = grown.figures.filter((f) => f.metricId === metric.id);

  it('names each quote’s language and keeps the quote in it', async () => {
    render(<MetricComparison metric={metric} figures={figures} sources={grownSources} reading={wire} statements={articleStatements(wire, metric.id)} />, root);
    await openGroups();
    const german = all('[data-testid=card-source]').find((row) => text(row.querySelector('cite')) === 'Synthetic outlet 1')!;
    expect(text(german.querySelector('.cc-source-meta'))).toMatch(/^Synthetic outlet 1 · German · 15 January 2025 · /);
    expect(german.querySelector('.cc-quote')!.getAttribute('lang')).toBe('de');
    expect(text(root.querySelector('[data-testid=card-across]'))).toBe('Compared with 180 statements from 43 outlets in 11 languages.');
  });

  it('spreads 181 figures over a handful of groups, the garbled one set aside with its note', () => {
    render(<MetricSpread metric={metric} figures={figures} sources={grownSources} />, root);
    expect(text(root.querySelector('[data-testid=metric-spread-summary]'))).toBe(
      '39 outlets: more than 700,000 in two days · 16: over 500,000 in two days · 16: about 600,000 in two days · 11: 700,000 in two days · 1 other form',
    );
    const tags = all('[data-testid=card-group]').map((group) => [text(group.querySelector('.cc-value')), group.getAttribute('data-relation')]);
    expect(tags).toHaveLength(6);
    expect(tags.at(-1)).toEqual(['more than 700 million', 'suspect']);
  });
});
