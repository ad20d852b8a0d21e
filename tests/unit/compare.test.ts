import { describe, expect, it } from 'vitest';
import { compareStatement, formatStatement, formatValue, groupStatements, relate, summarizeSpread, type Statement } from '../../utils/core/compare';
import { SEED_SLICE } from '../support/bundled';

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
  ] as const)('%o → %s', (statement, expected) => {
    expect(formatStatement(statement)).toBe(expected);
  });
});

describe('relating two statements', () => {
  const s = (value: number, qualifier: Statement['qualifier'], extra: Partial<Statement> = {}): Statement => ({ value, qualifier, unit: 'users', ...extra });
  it.each([
    ['the same words', s(700_000, 'more-than'), s(700_000, 'more-than'), 'same', []],
    ['"over" and "more than" the same number', s(700_000, 'more-than'), s(700_000, 'over'), 'same', []],
    ['a headline\'s lower floor', s(700_000, 'more-than', { position: 'body' }), s(500_000, 'over', { position: 'headline' }), 'consistent', ['sets a lower floor: over 500,000', 'stated in the headline']],
    ['a point inside a range', s(300_000_000, 'plus'), s(300_000_000, 'exact'), 'consistent', ['gives a single number where this gives a lower bound: 300 million']],
    ['"nearly" against "-plus"', s(300_000_000, 'plus'), s(300_000_000, 'nearly'), 'consistent', ['gives a range where this gives a lower bound: nearly 300 million']],
    ['a number below the range', s(700_000, 'more-than'), s(500_000, 'exact'), 'differs', ['says less: 500,000']],
    ['a number above a ceiling', s(20, 'up-to', { unit: 'percent' }), s(35, 'exact', { unit: 'percent' }), 'differs', ['says more: 35%']],
    [
      'another period',
      s(300_000_000, 'plus', { asOf: '2025-01-14' }),
      s(300_000_000, 'nearly', { asOf: '2025-01-17', period: { text: 'as of December 2023', start: '2023-12-01', end: '2023-12-31' } }),
      'differs',
      ['refers to another time: as of December 2023', 'gives a range where this gives a lower bound: nearly 300 million'],
    ],
    ['periods in words only', s(700_000, 'more-than', { period: { text: 'in only two days' } }), s(700_000, 'more-than', { period: { text: 'within two days' } }), 'same', []],
    ['another scope', s(170_000_000, 'about', { scope: 'us' }), s(170_000_000, 'about', { scope: 'global' }), 'consistent', ['counts the whole world']],
  ])('%s', (_, subject, other, relation, reasons) => {
    expect(relate(subject, other)).toEqual({ relation, reasons });
  });
});

describe('comparing with the dataset', () => {
  it('a body figure of "more than 700,000" is consistent; headlines set a lower floor', () => {
    const comparison = compareStatement({ value: 700_000, qualifier: 'more-than', unit: 'users', position: 'body', asOf: '2025-01-15' }, figuresOf('rednote-new-users-two-days'), sources);
    expect(comparison.verdict).toBe('consistent');
    expect(comparison.summary).toBe('8 of 12 other statements say the same; 4 set a lower floor (over 500,000: 2 headlines, a caption and a subheading).');
  });

  it('a headline of "over half a million" is consistent, with a higher floor in the body', () => {
    const comparison = compareStatement({ value: 500_000, qualifier: 'over', unit: 'users', position: 'headline', asOf: '2025-01-15' }, figuresOf('rednote-new-users-two-days'), sources);
    expect(comparison.verdict).toBe('consistent');
    expect(comparison.summary).toBe('4 of 12 other statements say the same; 8 set a higher floor (more than 700,000: 5 outlets).');
    const body = comparison.rows.find((row) => row.figure.position === 'body');
    expect(body?.reasons).toEqual(['sets a higher floor: more than 700,000', 'stated in the body']);
  });

  it('a claim of 300 million users in January 2025 differs from "nearly 300 million as of December 2023"', () => {
    const comparison = compareStatement({ value: 300_000_000, qualifier: 'plus', unit: 'users', asOf: '2025-01-16' }, figuresOf('rednote-users'), sources);
    expect(comparison.verdict).toBe('differs');
    expect(comparison.summary).toBe('1 refers to another time (nearly 300 million: South China Morning Post); 2 of 4 say the same.');
    const scmp = comparison.rows.find((row) => row.source?.outlet === 'South China Morning Post');
    expect(scmp?.reasons).toContain('refers to another time: as of December 2023');
  });

  it('a number no outlet reported differs from all of them', () => {
    const comparison = compareStatement({ value: 1_000_000, qualifier: 'exact', unit: 'users', asOf: '2025-01-15' }, figuresOf('rednote-new-users-two-days'), sources);
    expect(comparison.verdict).toBe('consistent'); // every figure is an open lower bound below a million
    const low = compareStatement({ value: 400_000, qualifier: 'exact', unit: 'users', asOf: '2025-01-15' }, figuresOf('rednote-new-users-two-days'), sources);
    expect(low.verdict).toBe('differs');
    expect(low.rows.every((row) => row.relation === 'differs')).toBe(true);
    expect(low.summary).toBe('8 say more (more than 700,000: 5 outlets); 4 say more (over 500,000: 2 headlines, a caption and a subheading).');
  });

  it('reads a recent dated period ("in December", in a January article) as the same moment', () => {
    const comparison = compareStatement({ value: 190, qualifier: 'exact', unit: 'percent', asOf: '2025-01-14' }, figuresOf('lemon8-december-downloads-change'), sources);
    expect(comparison.verdict).toBe('consistent');
    expect(comparison.rows.every((row) => row.relation === 'same')).toBe(true);
  });

  it('says so when no other source states the figure', () => {
    expect(compareStatement({ value: 35_000_000, qualifier: 'over', unit: 'views' }, [], sources).summary).toBe('No other source in the dataset states this figure.');
  });
});

describe('the spread of a metric across sources', () => {
  it.each([
    ['rednote-new-users-two-days', '5 outlets say more than 700,000 (in only two days); 2 headlines, a caption and a subheading say over 500,000.'],
    ['rednote-users', '2 outlets say 300 million-plus; Radio Free Asia says 300 million; South China Morning Post says nearly 300 million (as of December 2023).'],
    ['rednote-valuation', '2 outlets say $17 billion; The Hollywood Reporter says over $17 billion.'],
    ['tiktok-us-users', 'All 3 statements from 3 outlets say about 170 million (currently).'],
    ['tiktokrefugee-hashtag-views', 'Only The Hollywood Reporter states it: over 35 million.'],
  ])('%s', (metricId, summary) => {
    expect(summarizeSpread(figuresOf(metricId), sources)).toBe(summary);
  });

  it('groups "over" and "more than" the same number together', () => {
    const groups = groupStatements(figuresOf('rednote-new-users-two-days'), sources);
    expect(groups.map((g) => [g.statement, g.figures.length])).toEqual([
      ['more than 700,000', 8],
      ['over 500,000', 4],
    ]);
  });
});
