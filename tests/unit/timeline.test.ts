import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED, SEED_SLICE } from '../support/bundled';
import type { EventReport, PartialDate, StoryEvent } from '../../utils/schema';
import {
  compareDates,
  dateLabel,
  datesOverlap,
  dayRange,
  eraOf,
  eventDates,
  findDenseWindow,
  layoutTimeline,
  overview,
  rangeLabel,
  shortDayLabel,
  sortEvents,
} from '../../utils/core/timeline';

// The seed articles' part of the dataset: the views' exact words are pinned below.
const data = SEED_SLICE;
const day = (date: string): PartialDate => ({ date, precision: 'day' });
const month = (date: string): PartialDate => ({ date, precision: 'month' });
const year = (date: string): PartialDate => ({ date, precision: 'year' });

const report = (sourceId: string, date: PartialDate, dateAsWritten?: string): EventReport => ({
  sourceId,
  quote: `Quote from ${sourceId}`,
  date,
  ...(dateAsWritten ? { dateAsWritten } : {}),
});
const event = (id: string, date: PartialDate, reports: EventReport[] = [report('a', date)]): StoryEvent => ({ id, date, title: `Event ${id}`, reports });

describe('the days a partial date covers', () => {
  it.each([
    [year('2013'), '2013-01-01', '2013-12-31'],
    [month('2024-11'), '2024-11-01', '2024-11-30'],
    [month('2024-02'), '2024-02-01', '2024-02-29'],
    [month('2023-02'), '2023-02-01', '2023-02-28'],
    [month('2024-12'), '2024-12-01', '2024-12-31'],
    [day('2025-01-13'), '2025-01-13', '2025-01-13'],
  ])('%o → %s to %s', (date, start, end) => {
    expect(dayRange(date)).toEqual({ start, end });
  });

});

describe('ordering dates of different precision', () => {
  it.each([
    ['a year before a month that starts with it', year('2023'), month('2023-01'), -1],
    ['a month before a day that starts it', month('2024-11'), day('2024-11-01'), -1],
    ['a month before a later day in it', month('2024-11'), day('2024-11-20'), -1],
    ['a day before a later month', day('2024-10-31'), month('2024-11'), -1],
    ['a year after a day of the year before', year('2022'), day('2021-12-31'), 1],
    ['a month after an earlier day of it', month('2025-01'), day('2024-12-31'), 1],
    ['the same day', day('2025-01-13'), day('2025-01-13'), 0],
  ])('%s', (_, a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
  });

  it('puts the bundled events in calendar order, the month and year ones where their period starts', () => {
    const order = sortEvents(data.events).map((e) => `${e.date.date}/${e.date.precision}`);
    expect(order.slice(0, 9)).toEqual([
      '2013/year',
      '2022/year',
      '2023-02/month',
      '2023-03-23/day',
      '2023-05/month',
      '2024-03/month',
      '2024-11/month',
      '2024-11/month',
      '2024-12/month',
    ]);
    expect(order.at(-1)).toBe('2025-01-20/day');
  });

  it('keeps the given order for events on the same date', () => {
    const events = [event('b', day('2025-01-14')), event('a', day('2025-01-14')), event('c', month('2025-01'))];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps the dataset’s order on a busy day', () => {
    // Sunday 19 January as the bundled dataset lists it, after a Saturday event listed last.
    const sunday = ['tiktok-ban-deadline', 'tiktok-back-online-in-us', 'douyin-opens-to-international-sign-ups', 'trump-promises-to-delay-tiktok-ban'];
    const events = [...sunday.map((id) => event(id, day('2025-01-19'))), event('tiktok-goes-dark-in-us', day('2025-01-18'))];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['tiktok-goes-dark-in-us', ...sunday]);
  });
});

describe('labels', () => {
  it.each([
    [year('2013'), {}, '2013'],
    [month('2024-11'), {}, 'November 2024'],
    [month('2024-11'), { year: false }, 'November'],
    [day('2025-01-13'), {}, 'Monday 13 January 2025'],
    [day('2025-01-15'), { year: false }, 'Wednesday 15 January'],
    [day('2023-03-23'), { weekday: false }, '23 March 2023'],
  ])('%o with %o → %s', (date, options, label) => {
    expect(dateLabel(date, options)).toBe(label);
  });

  it.each([
    ['2025-01-13', 'Mon 13'],
    ['2025-01-19', 'Sun 19'],
  ])('short day %s → %s', (date, label) => {
    expect(shortDayLabel(date)).toBe(label);
  });

  it.each([
    [{ start: '2025-01-13', end: '2025-01-20' }, '13 – 20 January 2025'],
    [{ start: '2025-01-28', end: '2025-02-04' }, '28 January – 4 February 2025'],
    [{ start: '2024-12-30', end: '2025-01-06' }, '30 December 2024 – 6 January 2025'],
  ])('range %o → %s', (range, label) => {
    expect(rangeLabel(range)).toBe(label);
  });
});

describe('what the sources say about an event’s date', () => {
  it.each([
    ['a day and another day', day('2025-01-13'), day('2025-01-15'), false],
    ['a day and its month', day('2025-01-13'), month('2025-01'), true],
    ['a month and its year', month('2024-11'), year('2024'), true],
    ['a month and the next', month('2024-11'), month('2024-12'), false],
    ['a day and a year it is not in', day('2025-01-01'), year('2024'), false],
    ['a month and its last day', day('2025-01-31'), month('2025-01'), true],
    ['a year and its first day', day('2025-01-01'), year('2025'), true],
    ['the same day twice', day('2025-01-19'), day('2025-01-19'), true],
  ])('%s overlap: %s', (_, a, b, overlap) => {
    expect(datesOverlap(a, b)).toBe(overlap);
    expect(datesOverlap(b, a)).toBe(overlap);
  });

  it('finds the disagreement over when RedNote topped the US charts: Monday 13 or Wednesday 15 January', () => {
    const charts = data.events.find((e) => e.id === 'rednote-tops-us-app-charts')!;
    const { claims, disagreement } = eventDates(charts);
    expect(disagreement).toBe(true);
    expect(claims.map((c) => [dateLabel(c.date), c.sourceIds, c.standing])).toEqual([
      ['Monday 13 January 2025', ['scmp-2025-01-17'], 'conflicts'],
      ['Wednesday 15 January 2025', ['rfa-2025-01-15'], 'conflicts'],
      ['January 2025', ['reuters-local-2025-01-14', 'gbaf-reuters-2025-01-14', 'thr-2025-01-21'], 'vaguer'],
    ]);
  });

  it.each([
    ['one source', [report('a', day('2025-01-19'))], false, ['agrees']],
    ['four sources, one day', ['a', 'b', 'c', 'd'].map((s) => report(s, day('2025-01-19'))), false, ['agrees']],
    ['a day and the month it is in', [report('a', day('2023-03-23')), report('a', month('2023-03'))], false, ['agrees', 'vaguer']],
    ['two days', [report('a', day('2025-01-13')), report('b', day('2025-01-15'))], true, ['conflicts', 'conflicts']],
    [
      'two days and a month that holds both',
      [report('a', day('2025-01-13')), report('b', month('2025-01')), report('c', day('2025-01-15'))],
      true,
      ['conflicts', 'conflicts', 'vaguer'],
    ],
    ['two months', [report('a', month('2024-11')), report('b', month('2024-12'))], true, ['conflicts', 'conflicts']],
  ] as const)('%s: disagreement %s', (_, reports, disagreement, standings) => {
    const dates = eventDates({ reports: [...reports] });
    expect(dates.disagreement).toBe(disagreement);
    expect(dates.claims.map((c) => c.standing)).toEqual(standings);
  });

  // What the panel lists under an event: each date once, with the outlets that give it and
  // the quotes that say so (an outlet that says it twice is one outlet, two quotes).
  it.each([
    [
      'one outlet twice',
      [report('thr', day('2025-01-18')), report('thr', day('2025-01-18')), report('ahsthenest', day('2025-01-18')), report('legalunitedstates', day('2025-01-19'))],
      [
        ['2025-01-18', ['thr', 'ahsthenest'], 3, 'conflicts'],
        ['2025-01-19', ['legalunitedstates'], 1, 'conflicts'],
      ],
    ],
    [
      'a day and its month',
      [report('biznob', month('2025-01')), report('thr', day('2025-01-17')), report('ahsthenest', day('2025-01-17'))],
      [
        ['2025-01-17', ['thr', 'ahsthenest'], 2, 'agrees'],
        ['2025-01', ['biznob'], 1, 'vaguer'],
      ],
    ],
  ] as const)('claims: %s', (_, reports, expected) => {
    const { claims } = eventDates({ reports: [...reports] });
    expect(claims.map((c) => [c.date.date, c.sourceIds, c.reports.length, c.standing])).toEqual(expected);
    expect(claims.flatMap((c) => c.reports)).toHaveLength(reports.length);
  });

  it('finds no other disagreement among the seed articles', () => {
    const disputed = data.events.filter((e) => eventDates(e).disagreement).map((e) => e.id);
    expect(disputed).toEqual(['rednote-tops-us-app-charts']);
  });

  it('finds the disagreements the world\'s reporting adds in the bundled dataset', () => {
    const disputed = BUNDLED.events.filter((e) => eventDates(e).disagreement).map((e) => e.id);
    expect(disputed.sort()).toEqual([
      'rednote-tops-us-app-charts',
      'supreme-court-upholds-tiktok-law',
      'tiktok-back-in-us-app-stores',
      'tiktok-ban-deadline',
      'tiktok-goes-dark-in-us',
      'tiktok-removed-from-us-app-stores',
      'trump-signs-tiktok-executive-order',
    ]);
  });
});

describe('zooming in on the dense week', () => {
  it('finds 13 – 20 January 2025 in the bundled dataset', () => {
    expect(findDenseWindow(data.events)).toEqual({ start: '2025-01-13', end: '2025-01-20' });
  });

  it.each([
    ['no day-precise events', [event('a', year('2013')), event('b', month('2024-11'))], null],
    ['one day', [event('a', day('2025-01-13'))], { start: '2025-01-13', end: '2025-01-20' }],
    [
      'a cluster beats an early lone day',
      [event('a', day('2024-03-01')), event('b', day('2025-01-14')), event('c', day('2025-01-16'))],
      { start: '2025-01-14', end: '2025-01-21' },
    ],
    ['the earliest of equal clusters', [event('a', day('2024-01-01')), event('b', day('2025-01-01'))], { start: '2024-01-01', end: '2024-01-08' }],
    ['the earliest, listed last', [event('b', day('2025-01-01')), event('a', day('2024-01-01'))], { start: '2024-01-01', end: '2024-01-08' }],
    [
      'the eighth day counts',
      [event('hearing', day('2025-01-10')), event('ruling', day('2025-01-17')), event('deadline', day('2025-01-19'))],
      { start: '2025-01-10', end: '2025-01-17' },
    ],
  ])('%s', (_, events, window) => {
    expect(findDenseWindow(events)).toEqual(window);
  });

  const week = { start: '2025-01-13', end: '2025-01-20' };
  it.each([
    [year('2013'), 'background'],
    [month('2024-12'), 'background'],
    [day('2024-12-31'), 'background'],
    [month('2025-01'), 'lead-up'],
    [day('2025-01-01'), 'lead-up'],
    [day('2025-01-02'), 'lead-up'],
    [year('2025'), 'lead-up'],
    [day('2025-01-13'), 'week'],
    [day('2025-01-20'), 'week'],
    [day('2025-01-21'), 'after'],
    [month('2025-02'), 'after'],
  ] as const)('%o is in the %s era', (date, era) => {
    expect(eraOf(date, week)).toBe(era);
  });

  // Weeks across a month's or a year's end, and days asked for by the caller.
  it.each([
    ['Feb in 28 Jan – 4 Feb', month('2025-02'), { start: '2025-01-28', end: '2025-02-04' }, 'after'],
    ['Jan in 28 Jan – 4 Feb', month('2025-01'), { start: '2025-01-28', end: '2025-02-04' }, 'lead-up'],
    ['30 Jan in 28 Jan – 4 Feb', day('2025-01-30'), { start: '2025-01-28', end: '2025-02-04' }, 'week'],
    ['5 Feb in 28 Jan – 4 Feb', day('2025-02-05'), { start: '2025-01-28', end: '2025-02-04' }, 'after'],
    ['2025 in 28 Dec – 4 Jan', year('2025'), { start: '2024-12-28', end: '2025-01-04' }, 'after'],
    ['2024 in 28 Dec – 4 Jan', year('2024'), { start: '2024-12-28', end: '2025-01-04' }, 'lead-up'],
    ['Feb in 1 – 8 Feb', month('2025-02'), { start: '2025-02-01', end: '2025-02-08' }, 'lead-up'],
    ['Feb in all its days', month('2025-02'), { start: '2025-02-01', end: '2025-02-28' }, 'lead-up'], // never a day
    ['anything, no week', day('2025-01-13'), null, 'background'],
  ] as const)('%s: %s', (_, date, range, era) => {
    expect(eraOf(date, range)).toBe(era);
  });
});

describe('laying out the bundled timeline', () => {
  const highlighted = new Set(['tiktok-refugees-live-chat', 'tiktok-ban-deadline']);
  // Laid out inside each test, not at collection: a layout that throws must fail tests, not the
  // file's collection, which the mutation pass would not count.
  let layout: ReturnType<typeof layoutTimeline>;
  beforeEach(() => {
    layout = layoutTimeline(data.events, { highlighted });
  });

  it('compresses 2013 – 2024 into years, skipping the empty ones, and spreads the week day by day', () => {
    expect(layout.eras.map((era) => [era.kind, era.title])).toEqual([
      ['background', '2013 – 2024'],
      ['week', '13 – 20 January 2025, day by day'],
    ]);
    const background = layout.eras[0]!;
    expect(background.groups.map((g) => [g.label, g.skippedBefore ?? null])).toEqual([
      ['2013', null],
      ['2022', { from: 2014, to: 2021 }],
      ['2023', null],
      ['2024', null],
    ]);
    const week = layout.eras[1]!;
    expect(week.groups.map((g) => [g.label, g.entries.length])).toEqual([
      ['Monday 13 January', 2],
      ['Tuesday 14 January', 3],
      ['Wednesday 15 January', 0],
      ['Thursday 16 January', 2],
      ['Friday 17 January', 1],
      ['Saturday 18 January', 2],
      ['Sunday 19 January', 3],
      ['Monday 20 January', 2],
    ]);
    expect(layout.count).toBe(data.events.length);
  });

  it('labels month-precise events by their month, not their first day', () => {
    const labels = layout.eras[0]!.groups.flatMap((g) => g.entries.map((e) => e.label));
    expect(labels).toEqual([
      '2013',
      '2022',
      'February 2023',
      'Thursday 23 March 2023',
      'May 2023',
      'March 2024',
      'November 2024',
      'November 2024',
      'December 2024',
    ]);
  });

  it('puts Radio Free Asia’s date for the chart-topping on Wednesday 15 January, where it points back to Monday', () => {
    const wednesday = layout.eras[1]!.groups.find((g) => g.day === '2025-01-15')!;
    expect(wednesday.elsewhere.map((x) => [x.entry.event.id, x.claim.sourceIds])).toEqual([['rednote-tops-us-app-charts', ['rfa-2025-01-15']]]);
    const monday = layout.eras[1]!.groups.find((g) => g.day === '2025-01-13')!;
    expect(monday.entries.find((e) => e.event.id === 'rednote-tops-us-app-charts')!.dates.disagreement).toBe(true);
  });

  it('highlights the events the article mentions', () => {
    const marked = layout.eras.flatMap((era) => era.groups.flatMap((g) => g.entries.filter((e) => e.highlighted).map((e) => e.event.id)));
    expect(marked).toEqual(['tiktok-refugees-live-chat', 'tiktok-ban-deadline']);
    expect(layout.highlighted).toBe(2);
  });

  it('leaves the empty days out when asked (while filtering), but keeps a day another source points to', () => {
    const lemon = data.events.filter((e) => e.title.includes('Lemon8') || e.id === 'rednote-tops-us-app-charts');
    const filtered = layoutTimeline(lemon, { week: findDenseWindow(data.events), emptyDays: false });
    const days = filtered.eras.find((era) => era.kind === 'week')!.groups.map((g) => g.label);
    expect(days).toEqual(['Monday 13 January', 'Tuesday 14 January', 'Wednesday 15 January', 'Saturday 18 January']);
  });

  it('places a lead-up and an aftermath around the week', () => {
    const events = [event('launch', year('2013')), event('month', month('2025-01')), event('early', day('2025-01-05')), ...data.events.filter((e) => e.date.date.startsWith('2025-01-1')), event('later', day('2025-02-02'))];
    const eras = layoutTimeline(events).eras;
    expect(eras.map((e) => e.kind)).toEqual(['background', 'lead-up', 'week', 'after']);
    expect(eras[1]!.title).toBe('Earlier in January 2025');
    expect(eras[1]!.groups.map((g) => g.label)).toEqual(['January 2025 (no day given)', 'Sunday 5 January 2025']);
    expect(eras[3]!.groups.map((g) => g.label)).toEqual(['Sunday 2 February 2025']);
  });

  it('lays out a dataset without day-precise dates by year alone', () => {
    const eras = layoutTimeline([event('a', year('2013')), event('b', month('2024-11'))]).eras;
    expect(eras.map((e) => [e.kind, e.groups.map((g) => g.label)])).toEqual([['background', ['2013', '2024']]]);
  });
});

describe('the overview strip', () => {
  it('gives the week about half the strip and the decade a third, in order, with highlighted marks', () => {
    const layout = layoutTimeline(data.events, { highlighted: new Set(['tiktok-ban-deadline']) });
    const { spans, marks, ticks } = overview(layout);
    expect(spans.map((s) => s.kind)).toEqual(['background', 'week']);
    expect(spans[1]!.to - spans[1]!.from).toBeGreaterThan(spans[0]!.to - spans[0]!.from);
    expect(marks).toHaveLength(data.events.length);
    expect(marks.every((m, i) => i === 0 || m.at >= marks[i - 1]!.at)).toBe(true);
    expect(marks.filter((m) => m.highlighted).map((m) => m.eventId)).toEqual(['tiktok-ban-deadline']);
    expect(ticks.map((t) => t.label)).toEqual(['2013', '2022', '2023', '2024', '13', '14', '15', '16', '17', '18', '19', '20']);
  });
});
