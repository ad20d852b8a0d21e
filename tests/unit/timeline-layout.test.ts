/**
 * The timeline's eras, groups and overview strip as the side panel shows them, on small sets of
 * the story's events (ids and dates as the bundled dataset gives them), and the cross-references
 * between days on the whole bundled dataset.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED } from '../support/bundled';
import type { EventReport, PartialDate, StoryEvent } from '../../utils/schema';
import { findDenseWindow, layoutTimeline, overview, type TimelineLayout } from '../../utils/core/timeline';

const day = (date: string): PartialDate => ({ date, precision: 'day' });
const month = (date: string): PartialDate => ({ date, precision: 'month' });
const year = (date: string): PartialDate => ({ date, precision: 'year' });
const report = (sourceId: string, date: PartialDate): EventReport => ({ sourceId, quote: `Quote from ${sourceId}`, date });
const event = (id: string, date: PartialDate, reports: EventReport[] = [report('thr-2025-01-21', date)]): StoryEvent => ({
  id,
  date,
  title: `Event ${id}`,
  reports,
});

/** Each era as the panel prints it: its title, then each group's label, events and pointers to other days. */
const shown = (layout: TimelineLayout) =>
  layout.eras.map((era) => [
    era.title,
    era.groups.map((g) => [g.label, g.entries.map((e) => e.event.id), g.elsewhere.map((x) => x.entry.event.id)]),
  ]);

const WEEK = { start: '2025-01-13', end: '2025-01-20' };
const launch = event('rednote-launch', year('2013'));
const lawSigned = event('tiktok-law-signed', month('2024-04'));
const hearing = event('supreme-court-hears-tiktok-arguments', day('2025-01-10'));
const chat = event('tiktok-refugees-live-chat', day('2025-01-13'));
const ruling = event('supreme-court-upholds-tiktok-law', day('2025-01-17'));
const deadline = event('tiktok-ban-deadline', day('2025-01-19'));
const order = event('trump-signs-tiktok-executive-order', day('2025-01-20'));
const backInStores = event('tiktok-back-in-us-app-stores', day('2025-02-13'));

describe('the eras around the week', () => {
  it.each<[string, StoryEvent[], { week?: typeof WEEK | null; emptyDays?: boolean }, ReturnType<typeof shown>]>([
    ['one background year', [lawSigned, event('tiktok-removed', month('2024-12'))], {}, [['2024', [['2024', ['tiktok-law-signed', 'tiktok-removed'], []]]]]],
    [
      'no background',
      [chat, ruling],
      { week: WEEK, emptyDays: false },
      [['13 – 20 January 2025, day by day', [['Monday 13 January', [chat.id], []], ['Friday 17 January', [ruling.id], []]]]],
    ],
    ['no week asked for', [launch, hearing, chat], { week: null }, [['2013 – 2025', [['2013', [launch.id], []], ['2025', [hearing.id, chat.id], []]]]]],
    [
      // A search in the panel keeps the whole story's week, not the hits' own densest days.
      'the story’s week',
      [hearing, ruling],
      { week: WEEK, emptyDays: false },
      [
        ['Earlier in January 2025', [['Friday 10 January 2025', [hearing.id], []]]],
        ['13 – 20 January 2025, day by day', [['Friday 17 January', [ruling.id], []]]],
      ],
    ],
    ['nothing in the week', [launch, hearing], { week: WEEK, emptyDays: false }, [['2013', [['2013', [launch.id], []]]], ['Earlier in January 2025', [['Friday 10 January 2025', [hearing.id], []]]]]],
    [
      'a lead-up by label',
      [event('jan-a', month('2025-01')), event('year', year('2025')), hearing, event('jan-b', month('2025-01'))],
      { week: WEEK, emptyDays: false },
      [
        [
          'Earlier in January 2025',
          [
            ['2025 (no month given)', ['year'], []],
            ['January 2025 (no day given)', ['jan-a', 'jan-b'], []],
            ['Friday 10 January 2025', [hearing.id], []],
          ],
        ],
      ],
    ],
    [
      'an aftermath',
      [backInStores, event('trump-extends-tiktok-deadline-again', month('2025-04')), event('tiktok-returns-to-app-stores', day('2025-02-13'))],
      { week: WEEK, emptyDays: false },
      [
        [
          'After 20 January 2025',
          [
            ['Thursday 13 February 2025', [backInStores.id, 'tiktok-returns-to-app-stores'], []],
            ['April 2025 (no day given)', ['trump-extends-tiktok-deadline-again'], []],
          ],
        ],
      ],
    ],
    [
      // A story whose week crosses into February: a month that begins inside it comes after it.
      'a week across months',
      [event('sign-ups', month('2025-01')), event('refugees', day('2025-01-30')), event('february', month('2025-02'))],
      { week: { start: '2025-01-28', end: '2025-02-04' }, emptyDays: false },
      [
        ['Earlier in January 2025', [['January 2025 (no day given)', ['sign-ups'], []]]],
        ['28 January – 4 February 2025, day by day', [['Thursday 30 January', ['refugees'], []]]],
        ['After 4 February 2025', [['February 2025 (no day given)', ['february'], []]]],
      ],
    ],
  ])('%s', (_, events, options, expected) => {
    expect(shown(layoutTimeline(events, options))).toEqual(expected);
  });

  it('keys the groups by date', () => {
    const layout = layoutTimeline([launch, event('jan', month('2025-01')), hearing, chat, backInStores], { week: WEEK, emptyDays: false });
    expect(layout.eras.map((era) => era.groups.map((g) => g.key))).toEqual([['2013'], ['month:2025-01', 'day:2025-01-10'], ['2025-01-13'], ['day:2025-02-13']]);
  });

  it('lists every day of the week, empty ones too', () => {
    const days = layoutTimeline([chat, ruling]).eras.find((era) => era.kind === 'week')!.groups;
    expect(days.map((g) => [g.label, g.entries.length])).toEqual([
      ['Monday 13 January', 1],
      ['Tuesday 14 January', 0],
      ['Wednesday 15 January', 0],
      ['Thursday 16 January', 0],
      ['Friday 17 January', 1],
      ['Saturday 18 January', 0],
      ['Sunday 19 January', 0],
      ['Monday 20 January', 0],
    ]);
  });
});

describe('dates other sources give', () => {
  it('points from the day a source names to the day the event is on', () => {
    // The Verge's Sunday and the other outlets' Saturday for TikTok going dark; a vaguer month
    // and an agreeing day point nowhere.
    const dark = event('tiktok-goes-dark-in-us', day('2025-01-18'), [
      report('thr-2025-01-21', day('2025-01-18')),
      report('ahsthenest-2025-01-31', day('2025-01-18')),
      report('legalunitedstates-2025-02-13', day('2025-01-19')),
    ]);
    const ruled = event('supreme-court-upholds-tiktok-law', day('2025-01-17'), [report('thr-2025-01-21', day('2025-01-17')), report('biznob-2025-02-13', month('2025-01'))]);
    const signups = event('rednote-sign-ups', month('2025-01'), [report('reuters-local-2025-01-14', day('2025-01-14')), report('scmp-2025-01-17', month('2025-01'))]);
    const layout = layoutTimeline([dark, ruled, signups], { week: WEEK, emptyDays: false });
    expect(shown(layout).at(-1)).toEqual([
      '13 – 20 January 2025, day by day',
      [
        ['Friday 17 January', [ruled.id], []],
        ['Saturday 18 January', [dark.id], []],
        ['Sunday 19 January', [], [dark.id]],
      ],
    ]);
  });

  it('puts every other day the bundled dataset’s sources give on that day, if in the week', () => {
    const layout = layoutTimeline(BUNDLED.events);
    const week = layout.eras.find((era) => era.kind === 'week')!;
    const pointers = (groups: typeof week.groups) => groups.flatMap((g) => g.elsewhere.map((x) => `${g.day} ← ${x.entry.event.id} ${x.claim.date.date}`));
    const expected = BUNDLED.events.flatMap((e) =>
      layout.eras
        .flatMap((era) => era.groups.flatMap((g) => g.entries))
        .find((entry) => entry.event === e)!
        .dates.claims.filter((c) => c.standing === 'conflicts' && c.date.precision === 'day' && c.date.date !== e.date.date && c.date.date >= layout.week!.start && c.date.date <= layout.week!.end)
        .map((c) => `${c.date.date} ← ${e.id} ${c.date.date}`),
    );
    expect(pointers(week.groups).sort()).toEqual(expected.sort());
    expect(expected).toContain('2025-01-15 ← rednote-tops-us-app-charts 2025-01-15'); // Radio Free Asia's Wednesday
    expect(layout.eras.filter((era) => era !== week).flatMap((era) => pointers(era.groups))).toEqual([]);
  });
});

describe('the overview strip', () => {
  const all = [launch, lawSigned, hearing, chat, ruling, deadline, order, backInStores];

  it.each([
    ['four eras', all, [['background', 0, 0.34], ['lead-up', 0.34, 0.42], ['week', 0.42, 0.92], ['after', 0.92, 1]]],
    ['background and week', [launch, chat, ruling], [['background', 0, 0.34 / 0.84], ['week', 0.34 / 0.84, 1]]],
    ['the week alone', [chat, ruling], [['week', 0, 1]]],
  ] as const)('shares: %s', (_, events, expected) => {
    const { spans } = overview(layoutTimeline(events));
    expect(spans.map((s) => s.kind)).toEqual(expected.map(([kind]) => kind));
    spans.forEach((span, i) => {
      expect(span.from).toBeCloseTo(expected[i]![1], 6);
      expect(span.to).toBeCloseTo(expected[i]![2], 6);
    });
  });

  it('ticks years and days, and names the rest without "(no day given)"', () => {
    const layout = layoutTimeline([...all, event('jan', month('2025-01'))]);
    expect(overview(layout).ticks.map((t) => [t.label, t.major])).toEqual([
      ['2013', true],
      ['2024', true],
      ['January 2025', false],
      ['Friday 10 January 2025', false],
      ...['13', '14', '15', '16', '17', '18', '19', '20'].map((d) => [d, true]),
      ['Thursday 13 February 2025', false],
    ]);
  });

  it('centres each day in its slot and spreads a busy day’s events around it', () => {
    // The week alone fills the strip: eight slots of 1/8; a day's marks spread over 0.6 × 0.05.
    const sunday = [deadline, event('tiktok-back-online-in-us', day('2025-01-19')), event('trump-promises-to-delay-tiktok-ban', day('2025-01-19'))];
    const { marks, ticks } = overview(layoutTimeline([chat, ...sunday], { highlighted: new Set([deadline.id]) }));
    expect(ticks.map((t) => t.at)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((slot) => expect.closeTo((slot + 0.5) / 8, 6)));
    expect(marks).toEqual([
      { eventId: chat.id, at: expect.closeTo(0.5 / 8, 6), precision: 'day', highlighted: false },
      { eventId: deadline.id, at: expect.closeTo(6.5 / 8 - 0.015, 6), precision: 'day', highlighted: true },
      { eventId: 'tiktok-back-online-in-us', at: expect.closeTo(6.5 / 8, 6), precision: 'day', highlighted: false },
      { eventId: 'trump-promises-to-delay-tiktok-ban', at: expect.closeTo(6.5 / 8 + 0.015, 6), precision: 'day', highlighted: false },
    ]);
  });

  // A busy year's marks spread over 0.6 of its slot, at most 0.6 × 0.05.
  it.each([
    // No week: the background fills the strip, a slot of 1/7 a year (2025 included), so the cap.
    ['no week', ['2013', '2019', '2020', '2022', '2023'], null, 0.03],
    // Nine years beside the week: slots of (0.34 / 0.84) / 9, under 0.05.
    ['nine years and a week', ['2013', '2016', '2017', '2019', '2020', '2021', '2022', '2023'], WEEK, ((0.34 / 0.84) / 9) * 0.6],
  ])('spread: %s', (_, years, week, gap) => {
    const events = [...years.map((y) => event(`y${y}`, year(y))), lawSigned, event('tiktok-removed', month('2024-12')), chat];
    const marks = overview(layoutTimeline(events, { week })).marks.filter((m) => m.precision !== 'day');
    const at = marks.slice(-2).map((m) => m.at);
    expect(at[1]! - at[0]!).toBeCloseTo(gap, 6);
  });
});

it('finds the densest week of the bundled dataset as the panel does', () => {
  expect(findDenseWindow(BUNDLED.events)).toEqual(WEEK);
});
