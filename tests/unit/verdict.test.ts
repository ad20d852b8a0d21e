/**
 * The verdicts in the words a reader sees, on real cases from the bundled dataset and on the
 * grown one (55+ sources, wires, a valuation at three dates, a garbled figure): one short
 * sentence that says what to take from it, with a badge that agrees with the groups under it.
 */
import { describe, expect, it } from 'vitest';
import { compareStatement, groupStatements, type AsOf, type Statement, type StatementGroup } from '../../utils/core/compare';
import { dataset, type Position } from '../../utils/schema';
import {
  acrossWords,
  asOfWords,
  datedStatement,
  groupTag,
  otherTimesSentence,
  reporterWords,
  spreadSentence,
  suspectSentence,
  verdictBadge,
  verdictSentence,
  whereWords,
  whoWords,
} from '../../components/verdict';
import { sourceName } from '../../components/format';
import { SEED_SLICE } from '../support/bundled';
import { grownDataset } from '../support/grown-dataset';

// The seed articles' part of the dataset, and that grown by synthetic outlets: the words are pinned.
const data = SEED_SLICE;
const grown = dataset.parse(grownDataset(data));
const on = (date: string): AsOf => ({ date, precision: 'day', basis: 'published' });
type Subject = Statement & { text: string };
const body = (text: string, value: number, qualifier: Statement['qualifier'], unit: Statement['unit'], date = '2025-01-15'): Subject => ({ text, value, qualifier, unit, position: 'body', asOf: on(date) });

function words(source: typeof data, metricId: string, subject: Subject) {
  const sources = new Map(source.sources.map((s) => [s.id, s]));
  const comparison = compareStatement(subject, source.figures.filter((f) => f.metricId === metricId), sources);
  return { comparison, badge: verdictBadge(comparison.verdict), sentence: verdictSentence(comparison, subject), time: otherTimesSentence(comparison, subject), suspect: suspectSentence(comparison), across: acrossWords(comparison) };
}

describe('the verdict in one sentence, on the bundled dataset', () => {
  it.each([
    [
      'the body\'s "more than 700,000" against the headlines\' "over half a million"',
      'rednote-new-users-two-days',
      body('more than 700,000', 700_000, 'more-than', 'users'),
      'Consistent',
      "2 headlines, a subheading and a caption say only over 500,000, which allows this article's more than 700,000; 8 say the same.",
    ],
    [
      'a headline\'s "Over half a million" against the bodies\' "more than 700,000"',
      'rednote-new-users-two-days',
      { ...body('Over half a million', 500_000, 'over', 'users'), position: 'headline' as const },
      'Consistent',
      '4 outlets say more than 700,000 in only two days, which is also over half a million; 4 say the same.',
    ],
    ['a number every outlet exceeds', 'rednote-new-users-two-days', body('400,000', 400_000, 'exact', 'users'), 'Differs', '4 outlets say more than 700,000 in only two days, this article 400,000.'],
    ['"300 million" among "-plus" and plain', 'rednote-users', body('300 million', 300_000_000, 'exact', 'users', '2025-01-16'), 'Same', 'Other outlets say the same: 300 million, give or take how they round.'],
    ['three outlets with the same words', 'tiktok-us-users', body('170 million', 170_000_000, 'about', 'users'), 'Same', 'Other outlets say the same: about 170 million currently.'],
    ['one outlet with a lower figure', 'tiktok-ban-enforcement-pause-days', body('90 days', 90, 'exact', 'days'), 'Differs', 'The Hollywood Reporter says 75 days from his first day in office, this article 90 days.'], // THR's own 90 days is Trump's promise: another metric
    ['nothing to compare with', 'no-such-metric', body('35 million', 35_000_000, 'over', 'views'), 'Only one', 'No other source in the dataset states this figure.'],
    ['one wire on two sites', 'rednote-us-downloads-wow-change', body('194%', 194, 'exact', 'percent', '2025-01-14'), 'Same', 'Reuters says the same: 194% this week, from the week prior.'],
    ['a share known for 2023 only', 'rednote-users-aged-15-28-share', body('50%', 50, 'exact', 'percent', '2025-01-16'), 'Only one', 'No other source gives this figure for the same time.'],
  ])('%s', (_, metricId, subject, badge, sentence) => {
    const said = words(data, metricId, subject);
    expect(said.badge).toBe(badge);
    expect(said.sentence).toBe(sentence);
  });

  it('names "nearly 300 million as of December 2023" as another date', () => {
    expect(words(data, 'rednote-users', body('300 million', 300_000_000, 'exact', 'users', '2025-01-16')).time).toBe(
      "nearly 300 million was the figure for 31 December 2023; this article's 300 million is January 2025's.",
    );
  });

  it.each(data.figures.map((f) => [f.id, f] as const))('%s: the badge agrees with the tags of the groups under it', (_, figure) => {
    const subject = { ...figure, text: figure.asWritten };
    const { comparison, badge } = words(data, figure.metricId, subject);
    const tags = comparison.groups.map((g) => groupTag(g));
    expect(badge === 'Differs').toBe(tags.includes('differs'));
    if (badge === 'Same') expect(tags.every((tag) => tag.startsWith('same'))).toBe(true);
  });
});

// The card's other lines, under the verdict: other dates, the figures set aside, what it was compared with.
describe('the lines under the verdict', () => {
  it.each<[string, string, Subject, string | null, string | null, string, typeof data]>([
    ['300 million', 'rednote-users', body('300 million', 300_000_000, 'exact', 'users', '2025-01-16'), "nearly 300 million was the figure for 31 December 2023; this article's 300 million is January 2025's.", null, 'Compared with 3 statements from 2 outlets.', data],
    ['about 170 million', 'tiktok-us-users', body('170 million', 170_000_000, 'about', 'users'), null, null, 'Compared with 3 statements from 2 outlets.', data],
    ['50%, alone in time', 'rednote-users-aged-15-28-share', body('50%', 50, 'exact', 'percent', '2025-01-16'), "50% was the figure for 31 December 2023; this article's 50% is January 2025's.", null, '', data],
    ['nothing', 'no-such-metric', body('35 million', 35_000_000, 'over', 'views'), null, null, '', data],
    [
      'a headline in title case',
      'rednote-valuation',
      { ...body('US$20 Billion', 20e9, 'exact', 'usd', '2025-01-16'), position: 'headline' },
      "Other dates: $17 billion in July 2024, $26 billion in June 2025; this article's US$20 Billion is January 2025's.",
      null,
      'Compared with 9 statements from 7 outlets in 7 languages.',
      grown,
    ],
    ['grown, over half a million', 'rednote-new-users-two-days', body('over half a million', 500_000, 'over', 'users'), null, 'Set aside as likely garbled: “700 million”.', 'Compared with 180 statements from 43 outlets in 11 languages.', grown],
  ])('%s', (_, metricId, subject, time, suspect, across, source) => {
    const said = words(source, metricId, subject);
    expect([said.time, said.suspect, said.across]).toEqual([time, suspect, across]);
  });
});

describe('the verdict at the size of the world\'s reporting', () => {
  it('counts outlets once per reporter and across languages', () => {
    const said = words(grown, 'rednote-new-users-two-days', body('more than 700,000', 700_000, 'more-than', 'users'));
    expect(said.sentence).toBe('16 outlets say about 600,000 in two days, this article more than 700,000; 164 agree.');
    expect(said.across).toBe('Compared with 180 statements from 43 outlets in 11 languages.');
  });

  it('sets the garbled figure aside in one line; its note stays with it', () => {
    expect(words(grown, 'rednote-new-users-two-days', body('more than 700,000', 700_000, 'more-than', 'users')).suspect).toBe(
      "Set aside as likely garbled: “700 million”.",
    );
  });

  it.each([
    [['700 million'], '“700 million”'],
    [['700 million', '700 million', '70,000'], '“700 million” ×2, “70,000”'],
    [['70,000', '700 million', '70,000'], '“70,000” ×2, “700 million”'],
  ])('names the set-aside wordings %j once each: %s', (wordings, list) => {
    const suspect = wordings.map((asWritten) => ({ figure: { asWritten } })) as unknown as Parameters<typeof suspectSentence>[0]['suspect'];
    expect(suspectSentence({ suspect })).toBe(`Set aside as likely garbled: ${list}.`);
  });

  it('names the valuation\'s other rounds by their dates', () => {
    expect(words(grown, 'rednote-valuation', body('$20 billion', 20e9, 'exact', 'usd', '2025-01-16')).time).toBe(
      "Other dates: $17 billion in July 2024, $26 billion in June 2025; this article's $20 billion is January 2025's.",
    );
  });

  it('says who when one reporter stands for several sites: "Reuters, carried by 8 sites"', () => {
    const sources = new Map(grown.sources.map((s) => [s.id, s]));
    const groups = groupStatements(grown.figures.filter((f) => f.metricId === 'rednote-new-users-two-days'), sources);
    const reuters = groups[0]!.reporters.find((r) => r.name === 'Reuters')!;
    expect(reuters.carriedBy.length).toBeGreaterThan(5);
    expect(whoWords({ rows: groups[0]!.rows.slice(0, 1), reporters: [reuters] }).words).toBe('Reuters');
  });
});

describe('who says it, in a few words', () => {
  const reporter = (name: string) => ({ name, sources: [], carriedBy: [] });
  const at = (...positions: Position[]) => positions.map((position) => ({ figure: { position } })) as unknown as Parameters<typeof whoWords>[0]['rows'];
  it.each<[string, Parameters<typeof whoWords>[0], string, boolean]>([
    ['headlines and a caption: where they stand', { rows: at('headline', 'caption', 'headline'), reporters: [reporter('Reuters'), reporter('AFP')] }, '2 headlines and a caption', true],
    ['a summary and a takeaways box: where they stand', { rows: at('summary', 'key-takeaways'), reporters: [reporter('Reuters')] }, 'a key-takeaways box and a summary', true],
    ['a subheading and a headline of one outlet', { rows: at('dek', 'headline'), reporters: [reporter('The Hollywood Reporter')] }, 'a headline and a subheading', true],
    ['one headline: its outlet', { rows: at('headline'), reporters: [reporter('The Hollywood Reporter')] }, 'The Hollywood Reporter', false],
    ['a headline and a body of one wire: the wire', { rows: at('headline', 'body'), reporters: [reporter('Reuters')] }, 'Reuters', false],
    ['bodies of three outlets: counted', { rows: at('body', 'body', 'caption'), reporters: [reporter('Reuters'), reporter('AFP'), reporter('SCMP')] }, '3 outlets', true],
  ])('%s', (_, group, words, many) => {
    expect(whoWords(group)).toEqual({ words, many });
  });
});

describe('a metric\'s spread in one line', () => {
  const spread = (source: typeof data, metricId: string) => spreadSentence(groupStatements(source.figures.filter((f) => f.metricId === metricId), new Map(source.sources.map((s) => [s.id, s]))));
  // The dataset last in each row: a test's name formats the row's leading values, and a whole
  // dataset there made names of 150,000 characters (too large for a test-name filter's regex).
  it.each([
    ['bundled', 'rednote-new-users-two-days', '4 outlets: more than 700,000 in only two days · 1: over 500,000', data],
    ['bundled', 'rednote-users', '1 outlet: 300 million-plus · 1: 300 million · 1: nearly 300 million as of December 2023', data],
    ['bundled', 'tiktok-us-users', '2 outlets: about 170 million currently', data],
    ['bundled', 'rednote-us-downloads-wow-change', 'Reuters: 194% this week, from the week prior', data],
    ['bundled', 'tiktokrefugee-hashtag-views', 'Only The Hollywood Reporter states it: over 35 million.', data],
    ['grown', 'rednote-valuation', '6 outlets: at least $20 billion · 1: $17 billion · 1: over $17 billion · 4: $17 billion in July 2024 · 1 other form', grown],
  ])('%s dataset: %s → %s', (_, metricId, sentence, source) => {
    expect(spread(source, metricId)).toBe(sentence);
  });

  const valuation = (source: typeof data, keep: (f: (typeof data.figures)[number]) => boolean) =>
    spreadSentence(groupStatements(source.figures.filter((f) => f.metricId === 'rednote-valuation' && keep(f)), new Map(source.sources.map((s) => [s.id, s]))));
  it.each([
    ['no figure', () => spreadSentence([]), 'No source states this figure.'],
    ['two outlets once each', () => valuation(data, (f) => f.sourceId !== 'gbaf-reuters-2025-01-14'), '1 outlet: $17 billion · 1: over $17 billion'],
    ['four forms, all shown', () => valuation(grown, (f) => f.asOf.date < '2025-06'), '6 outlets: at least $20 billion · 1: $17 billion · 1: over $17 billion · 4: $17 billion in July 2024'],
  ])('%s', (_, spreadOf, sentence) => {
    expect(spreadOf()).toBe(sentence);
  });
});

describe('where, who, when: the words of a row', () => {
  it.each<[Position, string]>([
    ['headline', 'the headline'],
    ['dek', 'the subheading'],
    ['key-takeaways', 'the key takeaways'],
    ['summary', 'the summary'],
    ['body', 'the body'],
    ['caption', 'a caption'],
  ])('where: %s', (position, words) => {
    expect(whereWords(position)).toBe(words);
  });

  it.each([
    ['Reuters', ['Global Banking & Finance Review'], 'Reuters, carried by 1 site'],
    ['Reuters', ['GBAF', 'Yahoo Finance', 'MarketScreener'], 'Reuters, carried by 3 sites'],
    ['The Hollywood Reporter', [], 'The Hollywood Reporter'],
  ])('reporter: %s', (name, carriedBy, words) => {
    expect(reporterWords({ name, sources: [], carriedBy })).toBe(words);
  });

  it.each<[string, AsOf, string]>([
    ['stated day', { date: '2023-12-31', precision: 'day', basis: 'stated' }, '31 December 2023'],
    ['stated month', { date: '2024-07', precision: 'month', basis: 'stated' }, 'July 2024'],
    ['published day', { date: '2025-01-14', precision: 'day', basis: 'published' }, 'January 2025'], // when it appeared, not the figure's day
    ['published year', { date: '2024', precision: 'year', basis: 'published' }, '2024'],
  ])('as of: %s', (_, asOf, words) => {
    expect(asOfWords(asOf)).toBe(words);
  });

  /** A group as the list shows it: its words, its standing, its date and period. */
  const group = (statement: string, standing: StatementGroup['standing'], fit: StatementGroup['fit'], asOf: AsOf | null, period?: string) =>
    ({ statement, standing, fit, asOf, period }) as StatementGroup;
  const july = { date: '2024-07', precision: 'month', basis: 'stated' } as const;
  it.each([
    ['same', group('300 million', 'compared', 'same', null), 'same', '300 million'],
    ['rounded', group('300 million-plus', 'compared', 'rounding', null), 'same, rounded', '300 million-plus'],
    ['differs', group('$17 billion', 'compared', 'less', null), 'differs', '$17 billion'],
    ['another date', group('$17 billion', 'other-time', 'less', july), 'July 2024', '$17 billion in July 2024'],
    ['its period says when', group('nearly 300 million', 'other-time', 'same', { date: '2023-12-31', precision: 'day', basis: 'stated' }, 'as of December 2023'), '31 December 2023', 'nearly 300 million as of December 2023'],
    ['a period, published', group('more than 100,000', 'other-time', 'less', { date: '2024-11-20', precision: 'day', basis: 'published' }, 'in two days'), 'November 2024', 'more than 100,000 in two days in November 2024'],
    ['another day', group('nearly 300 million', 'other-time', 'same', { date: '2023-12-31', precision: 'day', basis: 'stated' }), '31 December 2023', 'nearly 300 million on 31 December 2023'],
    ['published that day', group('more than 100,000', 'other-time', 'less', { date: '2024-11-20', precision: 'day', basis: 'published' }), 'November 2024', 'more than 100,000 in November 2024'],
    ['undated', group('$17 billion', 'other-time', 'less', null), 'another date', '$17 billion'],
    ['set aside', group('700 million', 'suspect', 'more', null), 'set aside', '700 million'],
  ])('tag: %s', (_, g, tag, dated) => {
    expect(groupTag(g)).toBe(tag);
    expect(datedStatement(g)).toBe(dated);
  });
});

describe('a source named in plain words', () => {
  it.each([
    [{ outlet: 'Global Banking & Finance Review', reportedBy: 'Reuters' }, 'Global Banking & Finance Review, carrying Reuters'],
    [{ outlet: 'Reuters', reportedBy: 'Reuters' }, 'Reuters'],
    [{ outlet: 'Radio Free Asia' }, 'Radio Free Asia'],
  ])('%j → %s', (source, name) => {
    expect(sourceName(source)).toBe(name);
  });
});
