/**
 * The comparison over time and across outlets, on figures written for the tests in the words the
 * outlets used: RedNote's valuation reported at five dates ("$17 billion" in 2024 and in July
 * 2024, "$20 billion" in January 2025, "$26 billion" at the end of March, "$31 billion" at the end
 * of June), its 2024 profit ("more than US$1 billion", "over 10억달러"), the new users of two days
 * carried by Reuters' clients, and the dates an article states or only implies.
 */
import { describe, expect, it } from 'vitest';
import { compareStatement, groupFigures, groupStatements, RELATION_OF, fitOf, type AsOf, type Statement } from '../../utils/core/compare';
import { impliedInterval } from '../../utils/core/interval';
import type { Figure, Position, Qualifier, Source, Unit } from '../../utils/schema';

const stated = (date: string): AsOf => ({ date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day', basis: 'stated' });
const published = (date: string): AsOf => ({ date, precision: 'day', basis: 'published' });

const source = (id: string, outlet: string, language: string, reportedBy?: string): Source => ({
  id,
  outlet,
  ...(reportedBy ? { reportedBy } : {}),
  title: `${outlet} on RedNote`,
  language,
  published: { date: '2025-01-16', precision: 'exact', basis: 'in the page' },
});
const SOURCES = new Map(
  [
    source('36kr', '36Kr', 'zh'),
    source('udn', 'United Daily News', 'zh'),
    source('daily8', 'Daily8', 'en', 'South China Morning Post'),
    source('scmp', 'South China Morning Post', 'en'),
    source('shine', 'Shine', 'en'),
    source('moneytoday', 'Money Today', 'ko'),
    source('gbaf', 'Global Banking & Finance Review', 'en', 'Reuters'),
    source('local', 'Unnamed US local news site', 'en', 'Reuters'),
    source('local-2', 'Unnamed US local news site', 'en', 'Reuters'),
    source('reuters', 'Reuters', 'en', 'Reuters'),
    source('thr', 'The Hollywood Reporter', 'en'),
  ].map((s) => [s.id, s]),
);

let made = 0;
/** A figure as the dataset keeps it: the range its hedge implies, a quote that contains its words. */
function figure(sourceId: string, asWritten: string, value: number, qualifier: Qualifier, asOf: AsOf, more: Partial<Figure> = {}): Figure {
  const unit: Unit = more.unit ?? 'usd';
  return {
    id: `figure-${++made}`,
    sourceId,
    metricId: 'rednote-valuation',
    value,
    asWritten,
    qualifier,
    interval: impliedInterval(value, qualifier),
    unit,
    scope: 'unstated',
    asOf,
    position: 'body' as Position,
    quote: `valued at ${asWritten}`,
    ...more,
  };
}

const subject = (value: number, qualifier: Qualifier, asOf: AsOf | null, unit: Unit = 'usd'): Statement => ({ value, qualifier, unit, asOf });

describe('figures about other dates: a series, oldest first, each at its own date', () => {
  const valuations = [
    figure('36kr', '$31 billion', 31e9, 'exact', stated('2025-06-30')),
    figure('36kr', '$17 billion', 17e9, 'exact', stated('2024')),
    figure('udn', '$26 billion', 26e9, 'exact', stated('2025-03-31')),
    figure('36kr', '$26 billion', 26e9, 'exact', stated('2025-03-31')),
    figure('daily8', 'US$26 billion', 26e9, 'exact', stated('2025-03-31')),
    figure('36kr', '$17 billion', 17e9, 'exact', stated('2024-07')),
    figure('daily8', 'US$17 billion', 17e9, 'exact', stated('2024-07-15')),
    figure('udn', '$20 billion', 20e9, 'exact', stated('2025-01')),
  ];
  it('keeps "in 2024" and "in July 2024" apart, and "$20 billion" of the same month out of the series', () => {
    // Compared inside the test, not when the suite is collected: a mutant that throws must fail a test.
    const comparison = compareStatement(subject(20e9, 'exact', stated('2025-01')), valuations, SOURCES);
    expect(comparison.otherTimes.map((g) => [g.statement, g.asOf, g.rows.length])).toEqual([
      ['$17 billion', { date: '2024', precision: 'year', basis: 'stated' }, 1],
      ['$17 billion', { date: '2024-07', precision: 'month', basis: 'stated' }, 2],
      ['$26 billion', { date: '2025-03-31', precision: 'day', basis: 'stated' }, 3],
      ['$31 billion', { date: '2025-06-30', precision: 'day', basis: 'stated' }, 1],
    ]);
    expect(comparison.groups.map((g) => [g.statement, g.asOf, g.fit])).toEqual([['$20 billion', null, 'same']]);
    expect(comparison.verdict).toBe('same');
  });

  it('in a spread, most reported first, the figures of another time after those of the main one', () => {
    const groups = groupStatements(valuations, SOURCES);
    expect(groups.map((g) => [g.statement, g.asOf?.date, g.standing])).toEqual([
      ['$26 billion', '2025-03-31', 'compared'],
      ['$17 billion', '2024-07', 'other-time'],
      ['$17 billion', '2024', 'other-time'],
      ['$20 billion', '2025-01', 'other-time'],
      ['$31 billion', '2025-06-30', 'other-time'],
    ]);
  });

  it('a spread of one time is not split by date, and leaves set-aside figures out', () => {
    const profit = [
      figure('daily8', 'US$1 billion', 1e9, 'more-than', stated('2024'), { metricId: 'rednote-profit-2024' }),
      figure('moneytoday', '10억달러', 1e9, 'more-than', stated('2024'), { metricId: 'rednote-profit-2024' }),
      figure('shine', 'US$1 billion', 1e9, 'over', stated('2024'), { metricId: 'rednote-profit-2024' }),
      figure('shine', 'US$10 billion', 10e9, 'over', stated('2024'), { metricId: 'rednote-profit-2024', suspect: true }),
    ];
    const groups = groupStatements(profit, SOURCES);
    expect(groups.map((g) => [g.statement, g.rows.length, g.asOf, g.standing, g.fit, g.relation, g.languages])).toEqual([['more than $1 billion', 3, null, 'compared', 'same', 'same', ['en', 'ko']]]);
  });

  it('a metric whose only figure was set aside has an empty spread', () => {
    expect(groupStatements([figure('shine', 'US$10 billion', 10e9, 'over', stated('2024'), { suspect: true })], SOURCES)).toEqual([]);
  });
});

describe('the date a group of statements is about', () => {
  const groupOf = (...asOfs: AsOf[]) => {
    const figures = asOfs.map((asOf) => figure('36kr', '$17 billion', 17e9, 'exact', asOf));
    return compareStatement(subject(31e9, 'exact', stated('2025-06-30')), figures, SOURCES).otherTimes.map((g) => g.asOf);
  };
  it.each<[string, AsOf[], (AsOf | null)[]]>([
    ['one stated day, as stated', [stated('2024-07-15'), stated('2024-07-15')], [stated('2024-07-15')]],
    ['two days of one month: the month', [stated('2024-07-15'), stated('2024-07-31')], [stated('2024-07')]],
    ['a month and a day in it: the month', [stated('2024-07'), stated('2024-07-31')], [stated('2024-07')]],
    ['"in 2024", stated as a year: the year', [stated('2024')], [stated('2024')]],
    ['only the articles\' own dates: their month', [published('2024-07-15'), published('2024-07-16')], [{ date: '2024-07', precision: 'month', basis: 'published' }]],
    ['the articles\' own date, one day: still its month', [published('2024-07-15'), published('2024-07-15')], [{ date: '2024-07', precision: 'month', basis: 'published' }]],
    ['an article dated only by its year: the year', [{ date: '2024', precision: 'year', basis: 'published' }], [{ date: '2024', precision: 'year', basis: 'published' }]],
  ])('%s', (_, asOfs, expected) => {
    expect(groupOf(...asOfs)).toEqual(expected);
  });
});

describe('who said it', () => {
  const users = (sourceId: string, qualifier: Qualifier = 'more-than', value = 700_000) =>
    figure(sourceId, value === 700_000 ? '700,000' : 'half a million', value, qualifier, published('2025-01-14'), { unit: 'users', metricId: 'rednote-new-users-two-days' });

  it('folds the sites that carried a wire under it, each site named once, the wire itself not among them', () => {
    const comparison = compareStatement(subject(700_000, 'more-than', published('2025-01-15'), 'users'), [users('gbaf'), users('local'), users('local-2'), users('reuters'), users('gbaf'), users('thr')], SOURCES);
    const [reuters, thr] = comparison.groups[0]!.reporters;
    expect(reuters).toMatchObject({ name: 'Reuters', carriedBy: ['Global Banking & Finance Review', 'Unnamed US local news site'] });
    expect(reuters!.sources.map((s) => s.id)).toEqual(['gbaf', 'local', 'local-2', 'reuters']);
    expect(thr).toMatchObject({ name: 'The Hollywood Reporter', carriedBy: [], sources: [SOURCES.get('thr')] });
    expect(comparison.reporters).toBe(2);
  });

  it('names a figure whose source is not in the dataset by its source id, and counts no language for it', () => {
    const comparison = compareStatement(subject(700_000, 'more-than', null, 'users'), [users('thr'), users('deleted-page')], SOURCES);
    expect(comparison.groups[0]!.reporters.map((r) => [r.name, r.sources.length])).toEqual([
      ['The Hollywood Reporter', 1],
      ['deleted-page', 0],
    ]);
    expect(comparison.languages).toEqual(['en']);
  });

  it('orders reporters by how many sites carry them, then by name, and languages by how many statements', () => {
    const comparison = compareStatement(subject(1e9, 'more-than', stated('2024'), 'usd'), [
      figure('moneytoday', '10억달러', 1e9, 'more-than', stated('2024')),
      figure('shine', 'US$1 billion', 1e9, 'more-than', stated('2024')),
      figure('udn', '10億美元', 1e9, 'more-than', stated('2024')),
      figure('36kr', '10亿美元', 1e9, 'more-than', stated('2024')),
      figure('local', 'US$1 billion', 1e9, 'more-than', stated('2024')),
      figure('gbaf', 'US$1 billion', 1e9, 'more-than', stated('2024')),
    ], SOURCES);
    expect(comparison.groups[0]!.reporters.map((r) => r.name)).toEqual(['Reuters', '36Kr', 'Money Today', 'Shine', 'United Daily News']);
    expect(comparison.languages).toEqual(['en', 'zh', 'ko']);
  });
});

describe('the words a group goes by', () => {
  const users = (sourceId: string, qualifier: Qualifier, period?: string) =>
    figure(sourceId, '700,000', 700_000, qualifier, published('2025-01-14'), { unit: 'users', ...(period ? { period: { text: period } } : {}) });
  const wordsOf = (figures: Figure[]) => {
    const groups = groupFigures(compareStatement(subject(700_000, 'exact', null, 'users'), figures, SOURCES).rows);
    expect(groups.map((g) => g.asOf)).toEqual([null]);
    return [groups[0]!.statement, groups[0]!.period, groups[0]!.rows.length];
  };
  it.each([
    ['the most common wording and period', [users('thr', 'over', 'in two days'), users('gbaf', 'more-than', 'in just two days'), users('local', 'more-than', 'in just two days'), users('scmp', 'over'), users('reuters', 'more-than')], ['more than 700,000', 'in just two days', 5]],
    ['on a tie, the first statement\'s', [users('thr', 'over', 'in two days'), users('gbaf', 'more-than', 'in just two days'), users('scmp', 'over'), users('local', 'more-than')], ['over 700,000', 'in two days', 4]],
    ['no period when none is given', [users('thr', 'over'), users('gbaf', 'more-than')], ['over 700,000', undefined, 2]],
    ['set-aside statements of two months: one group, no date', [users('thr', 'over'), { ...users('scmp', 'over'), asOf: published('2025-02-19') }], ['over 700,000', undefined, 2]],
  ])('%s', (_, figures, expected) => {
    expect(wordsOf(figures as Figure[])).toEqual(expected);
  });
});

describe('the order of the groups in a comparison', () => {
  const days = (sourceId: string, value: number) => figure(sourceId, `${value} days`, value, 'exact', stated('2025-01-20'), { unit: 'days', metricId: 'tiktok-ban-enforcement-pause-days' });
  it('puts the differing first even when fewer outlets say it, then the most reported, then the most statements', () => {
    const comparison = compareStatement(subject(75, 'exact', stated('2025-01-20'), 'days'), [
      days('36kr', 75),
      days('reuters', 75),
      days('thr', 75),
      days('thr', 75),
      days('scmp', 90),
      days('udn', 60),
    ], SOURCES);
    expect(comparison.groups.map((g) => [g.statement, g.relation, g.rows.length])).toEqual([
      ['90 days', 'differs', 1],
      ['60 days', 'differs', 1],
      ['75 days', 'same', 4],
    ]);
  });

  it('among groups with as many outlets, the one with more statements first', () => {
    const users = (sourceId: string, value: number, qualifier: Qualifier) =>
      figure(sourceId, String(value), value, qualifier, published('2025-01-14'), { unit: 'users', metricId: 'rednote-new-users-two-days' });
    const comparison = compareStatement(subject(700_000, 'more-than', null, 'users'), [users('thr', 500_000, 'over'), users('reuters', 700_000, 'more-than'), users('gbaf', 700_000, 'more-than')], SOURCES);
    expect(comparison.groups.map((g) => [g.statement, g.reporters.length, g.rows.length])).toEqual([
      ['more than 700,000', 1, 2],
      ['over 500,000', 1, 1],
    ]);
  });

  it('orders other times by date, and groups of one date by their number of statements', () => {
    const comparison = compareStatement(subject(31e9, 'exact', stated('2025-06-30')), [
      figure('udn', '$20 billion', 20e9, 'exact', stated('2025-01')),
      figure('udn', 'US$17 billion', 17e9, 'at-least', stated('2024-07')),
      figure('36kr', '$17 billion', 17e9, 'exact', stated('2024-07')),
      figure('daily8', '$17 billion', 17e9, 'exact', stated('2024-07')),
    ], SOURCES);
    expect(comparison.otherTimes.map((g) => [g.statement, g.asOf?.date, g.rows.length])).toEqual([
      ['$17 billion', '2024-07', 2],
      ['at least $17 billion', '2024-07', 1],
      ['$20 billion', '2025-01', 1],
    ]);
  });

  it('keeps one group for a range stated a fortnight apart across the turn of the month', () => {
    const comparison = compareStatement(subject(3_400_000, 'about', stated('2024-12-31'), 'downloads'), [
      figure('gbaf', '3.4 million', 3_400_000, 'about', stated('2024-12-31'), { unit: 'downloads' }),
      figure('local', '3.4 million', 3_400_000, 'about', stated('2025-01-14'), { unit: 'downloads' }),
    ], SOURCES);
    expect(comparison.groups.map((g) => [g.statement, g.rows.length, g.asOf])).toEqual([['about 3.4 million', 2, null]]);
  });
});

describe('what each fit means for the verdict', () => {
  const s = (value: number, qualifier: Qualifier) => ({ value, qualifier });
  it.each([
    ['"more than 700,000" against "over half a million"', s(500_000, 'over'), s(700_000, 'more-than'), 'narrower', 'consistent'],
    ['"over half a million" against "more than 700,000"', s(700_000, 'more-than'), s(500_000, 'over'), 'wider', 'consistent'],
    ['"about 280 million" against "nearly 300 million"', s(300_000_000, 'nearly'), s(280_000_000, 'about'), 'overlap', 'consistent'],
    ['"300 million" against "300 million-plus"', s(300_000_000, 'plus'), s(300_000_000, 'exact'), 'rounding', 'same'],
    ['700,000 against 500,000', s(500_000, 'exact'), s(700_000, 'exact'), 'more', 'differs'],
    ['a fall of 17% against "a fall of more than 54%"', s(-54, 'less-than'), s(-17, 'exact'), 'more', 'differs'],
    ['a fall of 54% against "a fall of 17% or less"', s(-17, 'more-than'), s(-54, 'exact'), 'less', 'differs'],
  ] as const)('%s → %s, %s', (_, subjectStatement, other, fit, relation) => {
    expect(fitOf(subjectStatement, other)).toBe(fit);
    expect(RELATION_OF[fit]).toBe(relation);
  });
});
