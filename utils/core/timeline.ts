/**
 * The story's events on one timeline, as the side panel lays it out: ordered by date whatever
 * their precision, the long background compressed into years, the dense week laid out day by
 * day, and every place where the sources give different dates for the same event.
 *
 * Dates are calendar dates without a time zone (the dataset's `2025-01-13`); all arithmetic is
 * done in UTC so that no reader's time zone moves an event to another day.
 */
import type { DatePrecision, EventReport, PartialDate, StoryEvent } from '../schema';
import { addDays, daysInMonth, MONTH_NAMES, pad2, weekdayOf, WEEKDAY_NAMES } from './calendar';
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The calendar days a partial date covers, first and last (inclusive), as `YYYY-MM-DD`. */
export interface DayRange {
  start: string;
  end: string;
}


/** `2013` → 1 Jan to 31 Dec 2013; `2024-11` → 1 to 30 November; `2025-01-13` → that day. */
export function dayRange({ date, precision }: PartialDate): DayRange {
  const [year, month = '01', day = '01'] = date.split('-');
  if (precision === 'year') return { start: `${year}-01-01`, end: `${year}-12-31` };
  if (precision === 'month') {
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${pad2(daysInMonth(Number(year), Number(month)))}` };
  }
  return { start: `${year}-${month}-${day}`, end: `${year}-${month}-${day}` };
}

/**
 * Timeline order: by the first day a date can mean; a vaguer date before a more precise one
 * starting the same day ("2023" before "February 2023" before "1 February 2023"), because it
 * frames what follows it.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (ra.start !== rb.start) return ra.start < rb.start ? -1 : 1;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** Whether two dates can mean the same day: "January 2025" and "13 January 2025" can; "13" and "15 January" cannot. */
export function datesOverlap(a: PartialDate, b: PartialDate): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return ra.start <= rb.end && rb.start <= ra.end;
}

/** Events in timeline order; events on the same date keep the dataset's order. */
export function sortEvents<T extends Pick<StoryEvent, 'date'>>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}

/** "Monday 13 January 2025", "November 2024", "2013": a date as precise as it is and no more. */
export function dateLabel({ date, precision }: PartialDate, { year = true, weekday = true } = {}): string {
  const [y, m, d] = date.split('-');
  if (precision === 'year' || !m) return y!;
  const month = MONTH_NAMES[Number(m) - 1]!;
  if (precision === 'month' || !d) return year ? `${month} ${y}` : month;
  const day = `${Number(d)} ${month}${year ? ` ${y}` : ''}`;
  return weekday ? `${WEEKDAY_NAMES[weekdayOf(date)]} ${day}` : day;
}

/** "Mon 13": a day of the dense week where space is short. */
export function shortDayLabel(day: string): string {
  return `${WEEKDAY_NAMES[weekdayOf(day)]!.slice(0, 3)} ${Number(day.slice(8, 10))}`;
}

// ---------------------------------------------------------------------------------------------
// What the sources say about an event's date

/** One date that one or more sources give for an event. */
export interface DateClaim {
  date: PartialDate;
  reports: EventReport[];
  sourceIds: string[];
  /**
   * `conflicts`: excludes the date another source gives (13 against 15 January);
   * `vaguer`: contains a more precise date another source gives ("this week" against "Monday");
   * `agrees`: otherwise.
   */
  standing: 'conflicts' | 'vaguer' | 'agrees';
}

export interface EventDates {
  claims: DateClaim[];
  /** Whether at least two sources give dates that cannot both be right. */
  disagreement: boolean;
}

/** The dates an event's sources give, most precise first, and whether they disagree. */
export function eventDates(event: Pick<StoryEvent, 'reports'>): EventDates {
  const byDate = new Map<string, DateClaim>();
  for (const report of event.reports) {
    const key = `${report.date.precision}:${report.date.date}`;
    const claim = byDate.get(key) ?? { date: report.date, reports: [], sourceIds: [], standing: 'agrees' as const };
    claim.reports.push(report);
    if (!claim.sourceIds.includes(report.sourceId)) claim.sourceIds.push(report.sourceId);
    byDate.set(key, claim);
  }
  const claims = [...byDate.values()];
  for (const claim of claims) {
    const others = claims.filter((other) => other !== claim);
    if (others.some((other) => !datesOverlap(claim.date, other.date))) claim.standing = 'conflicts';
    else if (others.some((other) => PRECISION_RANK[other.date.precision] > PRECISION_RANK[claim.date.precision])) claim.standing = 'vaguer';
  }
  claims.sort((a, b) => PRECISION_RANK[b.date.precision] - PRECISION_RANK[a.date.precision] || compareDates(a.date, b.date));
  return { claims, disagreement: claims.some((claim) => claim.standing === 'conflicts') };
}

// ---------------------------------------------------------------------------------------------
// Zoom: the dense stretch of days, and the eras around it

/**
 * The stretch of `days` consecutive days holding the most day-precise events: the week the story
 * happened in, laid out day by day. The earliest such stretch on a tie; null without day dates.
 */
export function findDenseWindow(events: readonly Pick<StoryEvent, 'date'>[], days = 8): DayRange | null {
  const dated = events.filter((event) => event.date.precision === 'day').map((event) => event.date.date).sort();
  let best: DayRange | null = null;
  let bestCount = 0;
  for (const start of new Set(dated)) {
    const end = addDays(start, days - 1);
    const count = dated.filter((day) => day >= start && day <= end).length;
    if (count > bestCount) {
      best = { start, end };
      bestCount = count;
    }
  }
  return best;
}

export type EraKind = 'background' | 'lead-up' | 'week' | 'after';

/** An event as the timeline shows it. */
export interface TimelineEntry<E extends StoryEvent = StoryEvent> {
  event: E;
  /** Its date as precise as it is: "February 2023", "Monday 13 January 2025". */
  label: string;
  highlighted: boolean;
  dates: EventDates;
}

/** Another source's date for an event shown elsewhere, which falls on this day. */
export interface ElsewhereClaim<E extends StoryEvent = StoryEvent> {
  entry: TimelineEntry<E>;
  claim: DateClaim;
}

export interface TimelineGroup<E extends StoryEvent = StoryEvent> {
  key: string;
  /** "2023", "Monday 13 January", "January 2025 (no day given)". */
  label: string;
  /** For a day of the dense week. */
  day?: string;
  entries: TimelineEntry<E>[];
  /** Years with nothing in the dataset, skipped before this group: the compression made visible. */
  skippedBefore?: { from: number; to: number };
  /** Dates other sources give, on this day, for events placed on another. */
  elsewhere: ElsewhereClaim<E>[];
}

export interface TimelineEra<E extends StoryEvent = StoryEvent> {
  kind: EraKind;
  title: string;
  groups: TimelineGroup<E>[];
}

export interface TimelineLayout<E extends StoryEvent = StoryEvent> {
  eras: TimelineEra<E>[];
  /** The days laid out one by one, or null when no event has a day. */
  week: DayRange | null;
  /** How many events, and how many of them highlighted. */
  count: number;
  highlighted: number;
}

export interface LayoutOptions {
  /** Events to highlight (the ones the article mentions). */
  highlighted?: ReadonlySet<string>;
  /** The days to lay out one by one; by default the densest week of `events`. */
  week?: DayRange | null;
  /** List the week's days that hold nothing too (off while filtering). */
  emptyDays?: boolean;
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/** Which era an event belongs in, around the dense week. */
export function eraOf(date: PartialDate, week: DayRange | null): EraKind {
  if (!week) return 'background';
  const range = dayRange(date);
  if (date.precision === 'day' && range.start >= week.start && range.end <= week.end) return 'week';
  // A later day, or a month or year that begins inside the week without a day of it: "February
  // 2025" for a week from 28 January to 4 February is after the week began, not "Earlier in January".
  if (range.start > week.start) return 'after';
  const monthStart = `${week.start.slice(0, 7)}-01`;
  // The week's own month (or year) without a day, and the days just before the week: the lead-up.
  if (range.end >= monthStart) return 'lead-up';
  return 'background';
}

/** Lays the events out in eras: years (compressed), the lead-up, the week day by day, and after. */
export function layoutTimeline<E extends StoryEvent>(events: readonly E[], options: LayoutOptions = {}): TimelineLayout<E> {
  const highlighted = options.highlighted ?? new Set<string>();
  const week = options.week === undefined ? findDenseWindow(events) : options.week;
  const entries = sortEvents(events).map(
    (event): TimelineEntry<E> => ({ event, label: dateLabel(event.date), highlighted: highlighted.has(event.id), dates: eventDates(event) }),
  );
  const inEra = (kind: EraKind) => entries.filter((entry) => eraOf(entry.event.date, week) === kind);
  const eras: TimelineEra<E>[] = [];

  const background = inEra('background');
  if (background.length) {
    const groups: TimelineGroup<E>[] = [];
    for (const entry of background) {
      const year = yearOf(dayRange(entry.event.date).start);
      const last = groups.at(-1);
      if (last?.key === String(year)) last.entries.push(entry);
      else {
        const previous = last ? Number(last.key) : null;
        groups.push({
          key: String(year),
          label: String(year),
          entries: [entry],
          elsewhere: [],
          ...(previous !== null && year - previous > 1 ? { skippedBefore: { from: previous + 1, to: year - 1 } } : {}),
        });
      }
    }
    const first = groups[0]!.key;
    const last = groups.at(-1)!.key;
    eras.push({ kind: 'background', title: first === last ? first : `${first} – ${last}`, groups });
  }

  const leadUp = inEra('lead-up');
  if (leadUp.length && week) {
    eras.push({ kind: 'lead-up', title: `Earlier in ${dateLabel({ date: week.start.slice(0, 7), precision: 'month' })}`, groups: byLabel(leadUp) });
  }

  if (week) {
    const weekEntries = inEra('week');
    const groups: TimelineGroup<E>[] = [];
    for (let day = week.start; day <= week.end; day = addDays(day, 1)) {
      groups.push({ key: day, day, label: dateLabel({ date: day, precision: 'day' }, { year: false }), entries: weekEntries.filter((e) => e.event.date.date === day), elsewhere: [] });
    }
    // A conflicting date another source gives, on the day it names (Radio Free Asia's Wednesday).
    for (const entry of entries) {
      for (const claim of entry.dates.claims) {
        if (claim.standing !== 'conflicts' || claim.date.precision !== 'day' || claim.date.date === entry.event.date.date) continue;
        groups.find((group) => group.day === claim.date.date)?.elsewhere.push({ entry, claim });
      }
    }
    const shown = options.emptyDays === false ? groups.filter((g) => g.entries.length || g.elsewhere.length) : groups;
    if (shown.length) {
      eras.push({ kind: 'week', title: `${rangeLabel(week)}, day by day`, groups: shown });
    }
  }

  const after = inEra('after');
  if (after.length && week) eras.push({ kind: 'after', title: `After ${dateLabel({ date: week.end, precision: 'day' }, { weekday: false })}`, groups: byLabel(after) });

  return { eras, week, count: entries.length, highlighted: entries.filter((entry) => entry.highlighted).length };
}

/** "13 – 20 January 2025", "30 December 2024 – 5 January 2025". */
export function rangeLabel({ start, end }: DayRange): string {
  const last = dateLabel({ date: end, precision: 'day' }, { weekday: false });
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8))} – ${last}`;
  return `${dateLabel({ date: start, precision: 'day' }, { weekday: false, year: start.slice(0, 4) !== end.slice(0, 4) })} – ${last}`;
}

/** Groups entries that share a date label, in order; a date without a day says so. */
function byLabel<E extends StoryEvent>(entries: TimelineEntry<E>[]): TimelineGroup<E>[] {
  const groups: TimelineGroup<E>[] = [];
  for (const entry of entries) {
    const { precision } = entry.event.date;
    const label = precision === 'day' ? entry.label : `${entry.label} (no ${precision === 'month' ? 'day' : 'month'} given)`;
    const last = groups.at(-1);
    if (last?.label === label) last.entries.push(entry);
    else groups.push({ key: `${precision}:${entry.event.date.date}`, label, entries: [entry], elsewhere: [] });
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// The overview strip: where each event sits on a zoomed scale

/** Where an era starts and ends on a 0–1 scale across the strip. */
export interface OverviewSpan {
  kind: EraKind;
  from: number;
  to: number;
  label: string;
}

export interface OverviewMark {
  eventId: string;
  /** 0–1 across the strip. */
  at: number;
  precision: DatePrecision;
  highlighted: boolean;
}

export interface Overview {
  spans: OverviewSpan[];
  marks: OverviewMark[];
  /** Labelled ticks (years, days). */
  ticks: { at: number; label: string; major: boolean }[];
}

/** Shares of the strip per era: the week gets most of it, however short it is. */
const SHARES: Record<EraKind, number> = { background: 0.34, 'lead-up': 0.08, week: 0.5, after: 0.08 };

/**
 * The layout on a single strip: each era gets a fixed share (the background's decade as much as
 * a third, the week half), and within an era positions follow the calendar (years in the
 * background: one slot per year that holds events, so empty years cost nothing).
 */
export function overview<E extends StoryEvent>(layout: TimelineLayout<E>): Overview {
  const present = layout.eras.map((era) => era.kind);
  const total = present.reduce((sum, kind) => sum + SHARES[kind], 0) || 1;
  const spans: OverviewSpan[] = [];
  const marks: OverviewMark[] = [];
  const ticks: Overview['ticks'] = [];
  let cursor = 0;
  for (const era of layout.eras) {
    const width = SHARES[era.kind] / total;
    const from = cursor;
    const to = cursor + width;
    cursor = to;
    spans.push({ kind: era.kind, from, to, label: era.title });
    const slots = era.groups.length;
    era.groups.forEach((group, slot) => {
      // Groups sit at the centres of equal slots; marks inside a group spread a little around it.
      const centre = from + ((slot + 0.5) / slots) * width;
      const spread = Math.min(width / slots, 0.05) * 0.6;
      const major = era.kind === 'week' || era.kind === 'background';
      ticks.push({ at: centre, label: era.kind === 'week' && group.day ? String(Number(group.day.slice(8))) : group.label.replace(/ \(.*\)$/, ''), major });
      group.entries.forEach((entry, i) => {
        const offset = group.entries.length > 1 ? (i / (group.entries.length - 1) - 0.5) * spread : 0;
        marks.push({ eventId: entry.event.id, at: centre + offset, precision: entry.event.date.precision, highlighted: entry.highlighted });
      });
    });
  }
  return { spans, marks, ticks };
}
