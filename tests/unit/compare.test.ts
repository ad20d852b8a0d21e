import { describe, expect, it } from 'vitest';
import { compareStatement, fitOf, formatStatement, formatValue, groupStatements, sameTime, type AsOf, type Statement } from '../../utils/core/compare';
import { SEED_SLICE } from '../support/bundled';
import { dataset } from '../../utils/schema';
import { grownDataset } from '../support/grown-dataset';
import { growthRatio } from './growth';

// The seed articles' part of the dataset: the verdicts' exact words are pinned below.
const data = SEED_SLICE;
const sources = new Map(data.sources.map((s) => [s.id, s]));
const figuresOf = (metricId: string) => data.figures.filter((f) => f.metricId === metricId);

describe('formatting a figure', () => {
  it.each([
    [700_000, 'users', '700,000'],
    [300_000_000, 'users', '300 million'],
    [3_400_000, 'downloads', '3.4 million'],
    [17_000_000_000, 'usd', '$17 billion'],
    [194, 'percent', '194%'],
    [75, 'days', '75 days'],
    [1, 'days', '1 day'],
    [24, 'hours', '24 hours'],
    [2, 'rank', 'No. 2'],
    [7_500_000, 'followers', '7.5 million'],
    [1e9, 'usd', '$1 billion'],
    [1e6, 'users', '1 million'],
    [999_999, 'users', '999,999'],
    [3.7e9, 'cny', '¥3.7 billion'],
    [1, 'hours', '1 hour'],
  ] as const)('%d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it.each([
    [{ value: 700_000, qualifier: 'more-than', unit: 'users' }, 'more than 700,000'],
    [{ value: 500_000, qualifier: 'over', unit: 'users' }, 'over 500,000'],
    [{ value: 300_000_000, qualifier: 'plus', unit: 'users' }, '300 million-plus'],
    [{ value: 300_000_000, qualifier: 'nearly', unit: 'users' }, 'nearly 300 million'],
    [{ value: 3_400_000, qualifier: 'about', unit: 'downloads' }, 'about 3.4 million'],
    [{ value: 20, qualifier: 'up-to', unit: 'percent' }, 'up to 20%'],
    [{ value: 24, qualifier: 'less-than', unit: 'hours' }, 'less than 24 hours'],
    [{ value: 17_000_000_000, qualifier: 'exact', unit: 'usd' }, '$17 billion'],
    [{ value: 100_000, qualifier: 'order-of', unit: 'users' }, 'on the order of 100,000'],
  ] as const)('%o → %s', (statement, expected) => {
    expect(formatStatement(statement)).toBe(expected);
  });
});

describe('how another statement of the same time fits', () => {
  const s = (value: number, qualifier: Statement['qualifier']) => ({ value, qualifier });
  // Each name reads "the other's words against the subject's": the fit is the other's.
  it.each([
    ['the same words', s(700_000, 'more-than'), s(700_000, 'more-than'), 'same'],
    ['"over" and "more than" the same number', s(700_000, 'more-than'), s(700_000, 'over'), 'same'],
    ['a headline\'s "over half a million" against the body\'s "more than 700,000"', s(700_000, 'more-than'), s(500_000, 'over'), 'wider'],
    ['the body\'s "more than 700,000" against a headline\'s "over half a million"', s(500_000, 'over'), s(700_000, 'more-than'), 'narrower'],
    ['"300 million" against "300 million-plus": the same number, rounded', s(300_000_000, 'plus'), s(300_000_000, 'exact'), 'rounding'],
    ['"nearly 300 million" against "-plus": touching at 300 million', s(300_000_000, 'plus'), s(300_000_000, 'nearly'), 'rounding'],
    ['"3.5 million" against "about 3.4 million"', s(3_400_000, 'about'), s(3_500_000, 'exact'), 'narrower'],
    ['a number below the range', s(700_000, 'more-than'), s(500_000, 'exact'), 'less'],
    ['a number above a ceiling', s(20, 'up-to'), s(35, 'exact'), 'more'],
    ['two ranges that overlap', s(300_000_000, 'nearly'), s(280_000_000, 'about'), 'overlap'],
  ] as const)('%s → %s', (_, subject, other, fit) => {
    expect(fitOf(subject, other)).toBe(fit);
  });
});

describe('whether two statements are about the same time', () => {
  const published = (date: string): AsOf => ({ date, precision: 'day', basis: 'published' });
  const stated = (date: string, precision: AsOf['precision'] = 'month'): AsOf => ({ date, precision, basis: 'stated' });
  it.each([
    ['two articles of the same week', published('2025-01-14'), published('2025-01-21'), true],
    ['"last month, in December" against a mid-January article', stated('2024-12-31', 'day'), published('2025-01-14'), true],
    ['"as of December 2023" against a January 2025 article', stated('2023-12'), published('2025-01-16'), false],
    ['the July 2024 valuation against January 2025\'s', stated('2024-07'), stated('2025-01'), false],
    ['January 2025 against June 2025', stated('2025-01'), stated('2025-06'), false],
    ['a year against a day inside it', stated('2024', 'year'), stated('2024-05-02', 'day'), true],
    ['"$17 billion in 2024" against "$20 billion in January 2025"', stated('2024', 'year'), stated('2025-01'), false],
    ['"last month, in December" against "in 2025"', stated('2024-12-31', 'day'), stated('2025', 'year'), false],
    ['"more than US$1 billion in 2024" against an article of 14 January 2025', stated('2024', 'year'), published('2025-01-14'), true],
    ['"last month, in December" against an article of mid-February: its own date reaches back', stated('2024-12'), published('2025-02-14'), true],
    ['"last month, in December" against a stated mid-February', stated('2024-12'), stated('2025-02-14', 'day'), false],
    ['"On Jan. 13" against a month later to the day', stated('2025-01-13', 'day'), stated('2025-02-13', 'day'), true],
    ['"in July 2024" against mid-June', stated('2024-07'), stated('2024-06-15', 'day'), true],
    ['"in July 2024" against 30 May', stated('2024-07'), stated('2024-05-30', 'day'), false],
    ['an article without a date', null, stated('2023-12'), true],
  ] as const)('%s → %s', (_, a, b, same) => {
    expect(sameTime(a, b)).toBe(same);
    expect(sameTime(b, a)).toBe(same);
  });
});

const on = (date: string): AsOf => ({ date, precision: 'day', basis: 'published' });

describe('comparing with the bundled dataset', () => {
  it('groups the new-user count by what it says, folding the two Reuters copies under Reuters', () => {
    const comparison = compareStatement({ value: 700_000, qualifier: 'more-than', unit: 'users', position: 'body', asOf: on('2025-01-15') }, figuresOf('rednote-new-users-two-days'), sources);
    expect(comparison.verdict).toBe('consistent');
    expect(comparison.groups.map((g) => [g.statement, g.fit, g.rows.length])).toEqual([
      ['more than 700,000', 'same', 8],
      ['over 500,000', 'wider', 4],
    ]);
    const reuters = comparison.groups[0]!.reporters.find((r) => r.name === 'Reuters')!;
    expect(reuters.carriedBy.sort()).toEqual(['Global Banking & Finance Review', 'Unnamed US local news site']);
    expect(comparison.reporters).toBe(4); // five sources, two of them the same Reuters story
  });

  it('reads "nearly 300 million as of December 2023" as another date, not a disagreement', () => {
    const comparison = compareStatement({ value: 300_000_000, qualifier: 'plus', unit: 'users', asOf: on('2025-01-16') }, figuresOf('rednote-users'), sources);
    expect(comparison.verdict).toBe('same');
    expect(comparison.otherTimes.map((g) => [g.statement, g.asOf])).toEqual([['nearly 300 million', { date: '2023-12-31', precision: 'day', basis: 'stated' }]]);
    expect(comparison.rows.find((row) => row.source?.outlet === 'South China Morning Post')?.standing).toBe('other-time');
  });

  it('lists the differing first, so that the badge\'s reason is in view', () => {
    // THR's 75 days (the order) and 90 days (the promise) read as one quantity, so one differs.
    const days = [...figuresOf('tiktok-ban-enforcement-pause-days'), ...figuresOf('tiktok-extension-promised-days')];
    const comparison = compareStatement({ value: 90, qualifier: 'exact', unit: 'days', asOf: on('2025-01-21') }, days, sources);
    expect(comparison.groups.map((g) => [g.statement, g.relation])).toEqual([
      ['75 days', 'differs'],
      ['90 days', 'same'],
    ]);
  });

  it('a number below every outlet\'s differs from all of them', () => {
    const low = compareStatement({ value: 400_000, qualifier: 'exact', unit: 'users', asOf: on('2025-01-15') }, figuresOf('rednote-new-users-two-days'), sources);
    expect(low.verdict).toBe('differs');
    expect(low.groups.every((g) => g.fit === 'more')).toBe(true);
  });

  it('is alone when no other source states the figure', () => {
    expect(compareStatement({ value: 35_000_000, qualifier: 'over', unit: 'views' }, [], sources).verdict).toBe('alone');
  });

  it('groups "over" and "more than" the same number together in a spread', () => {
    const groups = groupStatements(figuresOf('rednote-new-users-two-days'), sources);
    expect(groups.map((g) => [g.statement, g.rows.length, g.reporters.length])).toEqual([
      ['more than 700,000', 8, 4],
      ['over 500,000', 4, 1],
    ]);
  });
});

describe('comparing at the size of the world\'s reporting (the grown dataset)', () => {
  const grown = dataset.parse(grownDataset(data));
  const grownSources = new Map(grown.sources.map((s) => [s.id, s]));
  const grownFigures = (metricId: string) => grown.figures.filter((f) => f.metricId === metricId);

  it('leaves the garbled "700 million" out of the verdict and lists it apart', () => {
    const comparison = compareStatement({ value: 700_000, qualifier: 'more-than', unit: 'users', asOf: on('2025-01-15') }, grownFigures('rednote-new-users-two-days'), grownSources);
    expect(comparison.suspect.map((row) => row.figure.asWritten)).toEqual(['700 million']);
    expect(comparison.groups.flatMap((g) => g.rows).some((row) => row.figure.suspect)).toBe(false);
    expect(comparison.languages).toHaveLength(11);
    // 61 sources, but wire copies count once: Reuters and AFP each stand for every site that carried them.
    expect(comparison.reporters).toBeLessThan(new Set(comparison.rows.map((row) => row.figure.sourceId)).size);
  });

  it('puts the valuation\'s other rounds on a time series, oldest first, each at its month', () => {
    const comparison = compareStatement({ value: 20e9, qualifier: 'exact', unit: 'usd', asOf: on('2025-01-16') }, grownFigures('rednote-valuation'), grownSources);
    expect(comparison.otherTimes.map((g) => [g.statement, g.asOf?.date, g.rows.length])).toEqual([
      ['$17 billion', '2024-07', 4],
      ['$26 billion', '2025-06', 3],
    ]);
    expect(comparison.groups.find((g) => g.statement === 'at least $20 billion')?.fit).toBe('rounding');
  });

  it('stays linear in the number of figures (a complexity check, not a speed target: see the bench)', () => {
    const sized = (sourceCount: number) => {
      const grownData = grownDataset(data, { sources: sourceCount, figuresPerSource: 10 });
      return { figures: grownData.figures.filter((f) => f.metricId === 'rednote-new-users-two-days'), map: new Map(grownData.sources.map((s) => [s.id, s])) };
    };
    const inputs = { small: sized(75), large: sized(300) };
    const subject: Statement = { value: 700_000, qualifier: 'more-than', unit: 'users', asOf: on('2025-01-15') };
    const ratio = growthRatio((size) => compareStatement(subject, inputs[size as 'small'].figures, inputs[size as 'small'].map), 'small', 'large');
    expect(inputs.large.figures.length).toBeGreaterThan(3_000);
    expect(ratio).toBeLessThan(8); // about 4 when linear, 16 when quadratic
  });
});
