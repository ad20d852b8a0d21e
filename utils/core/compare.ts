/**
 * How one statement of a quantity compares with every other source's, as structure the views
 * put into words (components/verdict.ts): which statements say the same thing about the same
 * time, which differ and how, which are about another date (a series, not a disagreement), and
 * which a curator set aside as garbled. Used by the hover card and the side panel alike.
 */
import { groupDigits } from '../constants';
import { DAY_MS } from './calendar';
import { contains, impliedInterval, intervalsOverlap, type Interval } from './interval';
import type { Figure, PartialDate, Position, Qualifier, Source, Unit } from '../schema';

/** The date a statement is about, and whether its article stated it or it is the article's own date. */
export type AsOf = Figure['asOf'];

/** A figure as the comparison needs it: the dataset's, or one read from the page. */
export interface Statement {
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  interval?: Interval;
  position?: Position;
  period?: Figure['period'];
  scope?: Figure['scope'];
  sourceId?: string;
  /** The date it is about; null when not known (a page without a date). */
  asOf?: AsOf | null;
}

/**
 * How another statement of the same time stands against the subject:
 * - `same`: the same range ("over 700,000" and "more than 700,000");
 * - `rounding`: the same number hedged another way ("300 million-plus", "nearly 300 million");
 * - `narrower`: it says more precisely something the subject allows ("more than 700,000" against "over half a million");
 * - `wider`: it allows the subject but says less ("over 500,000" against "more than 700,000");
 * - `overlap`: the two ranges share some values;
 * - `more` / `less`: no value of one is a value of the other.
 */
export type Fit = 'same' | 'rounding' | 'narrower' | 'wider' | 'overlap' | 'more' | 'less';
export type Relation = 'same' | 'consistent' | 'differs';
/** Whether a statement is weighed in the verdict: about the same time, about another, or set aside. */
export type Standing = 'compared' | 'other-time' | 'suspect';

export const RELATION_OF: Record<Fit, Relation> = {
  same: 'same',
  rounding: 'same',
  narrower: 'consistent',
  wider: 'consistent',
  overlap: 'consistent',
  more: 'differs',
  less: 'differs',
};

export interface ComparedFigure {
  figure: Figure;
  source: Source | undefined;
  standing: Standing;
  fit: Fit;
  relation: Relation;
}

/** One organisation's reporting: its own pages, and the sites that carried its copy. */
export interface Reporter {
  /** Who did the reporting ("Reuters"), or the outlet for its own work. */
  name: string;
  /** Every source of this reporter among the group's figures. */
  sources: Source[];
  /** The sites that carried another's copy (their own outlet names), when this is a wire. */
  carriedBy: string[];
}

/** Statements that say the same thing (one range, about one time), with who said it. */
export interface StatementGroup {
  key: string;
  /** The most common wording: "more than 700,000". */
  statement: string;
  value: number;
  interval: Interval;
  /** The group's date, when it is about another time than the subject's (or in a spread). */
  asOf: AsOf | null;
  /** The most common period in words ("in only two days"), when the figures give one. */
  period: string | undefined;
  rows: ComparedFigure[];
  reporters: Reporter[];
  languages: string[];
  standing: Standing;
  fit: Fit;
  relation: Relation;
}

export type Verdict = 'same' | 'consistent' | 'differs' | 'alone';

export interface Comparison {
  /** `alone`: no other statement about the same time to compare with. */
  verdict: Verdict;
  /** Statements about the same time: the differing first, then the most reported. */
  groups: StatementGroup[];
  /** Statements about other dates, oldest first: the quantity over time. */
  otherTimes: StatementGroup[];
  /** Statements a curator set aside as most likely garbled, with their notes. */
  suspect: ComparedFigure[];
  rows: ComparedFigure[];
  /** Distinct reporters and languages among the statements compared (same time, not suspect). */
  reporters: number;
  languages: string[];
}

const intervalOf = (s: Pick<Statement, 'interval' | 'value' | 'qualifier'>): Interval => s.interval ?? impliedInterval(s.value, s.qualifier);
export const PROMINENT: ReadonlySet<Position> = new Set(['headline', 'dek', 'caption', 'summary', 'key-takeaways']);

/** `value` in the unit's usual words: 700,000; 300 million; $17 billion; 194%; 75 days. */
export function formatValue(value: number, unit: Unit): string {
  const scaled = (n: number) => {
    const abs = Math.abs(n);
    const [divisor, word] = abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
    return `${groupDigits(n / divisor, 2)}${word}`;
  };
  switch (unit) {
    case 'usd':
      return `$${scaled(value)}`;
    case 'cny':
      return `¥${scaled(value)}`;
    case 'percent':
      return `${groupDigits(value, 2)}%`;
    case 'days':
      return `${value} day${value === 1 ? '' : 's'}`;
    case 'hours':
      return `${value} hour${value === 1 ? '' : 's'}`;
    case 'rank':
      return `No. ${value}`;
    default:
      return scaled(value);
  }
}

/** "more than 700,000", "300 million-plus", "nearly 300 million", "700,000". */
export function formatStatement({ value, qualifier, unit }: Pick<Statement, 'value' | 'qualifier' | 'unit'>): string {
  const number = formatValue(value, unit);
  switch (qualifier) {
    case 'exact':
      return number;
    case 'plus':
      return `${number}-plus`;
    case 'order-of':
      return `on the order of ${number}`;
    default:
      return `${qualifier.replace('-', ' ')} ${number}`;
  }
}

/**
 * How far apart two dates may be and still describe the same moment of a quantity, in days, set
 * on the bundled dataset: the week's reports (13–21 January 2025) of one user count are one
 * moment; "as of December 2023" against a January 2025 article, or the valuation rounds of July
 * 2024, January 2025 and June 2025, are not.
 */
export const SAME_TIME = {
  /** Two dates the articles state: a month apart is another reading of the quantity. */
  stated: 31,
  /**
   * A date that is only the article's own: its figure is about the recent past ("downloads
   * jumped 190% in December", written in mid-January), so it reaches further back.
   */
  published: 92,
  /**
   * A year the articles state ("$17 billion in 2024") is a period of its own: another stated date
   * is about it only when inside it. A day's slack would make 2024's valuation January 2025's.
   */
  statedYear: 0,
};

/** The first and last day a partial date covers: `2024-07` is 1–31 July 2024. */
function span({ date, precision }: PartialDate): [number, number] {
  const [y, m = '01', d = '01'] = date.split('-');
  const start = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (precision === 'day') return [start, start];
  const end = precision === 'month' ? Date.UTC(Number(y), Number(m), 0) : Date.UTC(Number(y), 11, 31);
  return [start, end];
}

/** Whether two statements are about the same moment of the quantity; an unknown date matches any. */
export function sameTime(a: AsOf | null | undefined, b: AsOf | null | undefined): boolean {
  if (!a || !b) return true;
  const [aStart, aEnd] = span(a);
  const [bStart, bEnd] = span(b);
  const gap = Math.max(0, aStart - bEnd, bStart - aEnd) / DAY_MS;
  const limit =
    a.basis === 'published' || b.basis === 'published' ? SAME_TIME.published : a.precision === 'year' || b.precision === 'year' ? SAME_TIME.statedYear : SAME_TIME.stated;
  return gap <= limit;
}

/** How `other` stands against `subject`, both about the same time. */
export function fitOf(subject: Pick<Statement, 'value' | 'qualifier' | 'interval'>, other: Pick<Statement, 'value' | 'qualifier' | 'interval'>): Fit {
  const a = intervalOf(subject);
  const b = intervalOf(other);
  if (!intervalsOverlap(a, b)) return b.high !== null && a.low !== null && b.high < a.low ? 'less' : 'more';
  if (a.low === b.low && a.high === b.high) return 'same';
  if (subject.value === other.value) return 'rounding';
  if (contains(a, b)) return 'narrower';
  if (contains(b, a)) return 'wider';
  return 'overlap';
}

/** The figure's relation to the subject, and whether it counts in the verdict. */
export function compareFigure(subject: Statement, figure: Figure, source: Source | undefined): ComparedFigure {
  const fit = fitOf(subject, figure);
  const standing: Standing = figure.suspect ? 'suspect' : sameTime(subject.asOf, figure.asOf) ? 'compared' : 'other-time';
  return { figure, source, standing, fit, relation: RELATION_OF[fit] };
}


/**
 * Compares one statement with other figures of the same metric. `figures` should already exclude
 * the subject itself when it comes from the dataset.
 */
export function compareStatement(subject: Statement, figures: readonly Figure[], sources: ReadonlyMap<string, Source>): Comparison {
  const rows = figures.map((figure) => compareFigure(subject, figure, sources.get(figure.sourceId)));
  const compared = rows.filter((row) => row.standing === 'compared');
  // The differing first (the badge's reason in view), then the most reported.
  const groups = groupRows(compared, false).sort(
    (a, b) => Number(b.relation === 'differs') - Number(a.relation === 'differs') || b.reporters.length - a.reporters.length || b.rows.length - a.rows.length,
  );
  const otherTimes = groupRows(
    rows.filter((row) => row.standing === 'other-time'),
    true,
  ).sort((a, b) => span(a.asOf!)[0] - span(b.asOf!)[0] || b.rows.length - a.rows.length);
  const verdict: Verdict = compared.length === 0 ? 'alone' : groups.some((g) => g.relation === 'differs') ? 'differs' : groups.every((g) => g.relation === 'same') ? 'same' : 'consistent';
  return {
    verdict,
    groups,
    otherTimes,
    suspect: rows.filter((row) => row.standing === 'suspect'),
    rows,
    reporters: reportersOf(compared.map((row) => row.source ?? undefined), compared).length,
    languages: languagesOf(compared),
  };
}

/** Who did the reporting behind a source: the wire for a copy, the outlet for its own work. */
export const reporterOf = (source: Source | undefined, figure: Pick<Figure, 'sourceId'>): string => source?.reportedBy ?? source?.outlet ?? figure.sourceId;

/** Sources folded under who did the reporting: "Reuters, carried by 6 sites". Most sources first. */
function reportersOf(list: (Source | undefined)[], rows: readonly ComparedFigure[]): Reporter[] {
  const byName = new Map<string, Reporter>();
  rows.forEach((row, i) => {
    const source = list[i];
    const name = reporterOf(source, row.figure);
    const reporter = byName.get(name) ?? { name, sources: [], carriedBy: [] };
    if (source && !reporter.sources.includes(source)) {
      reporter.sources.push(source);
      if (source.reportedBy && source.reportedBy !== source.outlet && !reporter.carriedBy.includes(source.outlet)) reporter.carriedBy.push(source.outlet);
    }
    byName.set(name, reporter);
  });
  return [...byName.values()].sort((a, b) => b.sources.length - a.sources.length || a.name.localeCompare(b.name));
}

function languagesOf(rows: readonly ComparedFigure[]): string[] {
  const tally = new Map<string, number>();
  for (const row of rows) if (row.source) tally.set(row.source.language, (tally.get(row.source.language) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([language]) => language);
}

function mostCommon(items: readonly string[]): string | undefined {
  const tally = new Map<string, number>();
  for (const item of items) tally.set(item, (tally.get(item) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The most common wording of a group ("over" and "more than" the same number), formatted once. */
function mostCommonStatement(figures: readonly Figure[]): string {
  const tally = new Map<string, { figure: Figure; n: number }>();
  for (const figure of figures) {
    const key = `${figure.qualifier}|${figure.value}`;
    const entry = tally.get(key);
    if (entry) entry.n++;
    else tally.set(key, { figure, n: 1 });
  }
  let best = { figure: figures[0]!, n: 0 };
  for (const entry of tally.values()) if (entry.n > best.n) best = entry;
  return formatStatement(best.figure);
}

/**
 * The month (or year) a figure is about, as a key: statements about another time are grouped by
 * it, so the valuation's July 2024 and January 2025 rounds stay apart. A year is written `2024`:
 * its first seven characters are the year alone.
 */
const timeKey = (asOf: AsOf): string => asOf.date.slice(0, 7);

/**
 * The group's date at the precision its figures share: stated dates as stated, the articles' own
 * by month. A group's figures share their `timeKey`: one year, or one month.
 */
function groupDate(figures: readonly Figure[]): AsOf {
  const first = figures[0]!.asOf;
  const year = first.precision === 'year';
  if (first.basis === 'published') return { date: first.date.slice(0, year ? 4 : 7), precision: year ? 'year' : 'month', basis: first.basis };
  return figures.every((f) => f.asOf.date === first.date) ? first : { date: first.date.slice(0, 7), precision: 'month', basis: first.basis };
}

/** Rows that imply the same range ("over 700,000" and "more than 700,000": one group), about one time when `byTime`. */
function groupRows(rows: readonly ComparedFigure[], byTime: boolean): StatementGroup[] {
  const buckets = new Map<string, ComparedFigure[]>();
  for (const row of rows) {
    const { low, high } = row.figure.interval;
    const key = `${low}|${high}${byTime ? `|${timeKey(row.figure.asOf)}` : ''}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(row);
    else buckets.set(key, [row]);
  }
  return [...buckets].map(([key, group]) => {
    const figures = group.map((row) => row.figure);
    const first = group[0]!;
    return {
      key,
      statement: mostCommonStatement(figures),
      value: first.figure.value,
      interval: first.figure.interval,
      asOf: byTime ? groupDate(figures) : null,
      period: mostCommon(figures.flatMap((f) => (f.period ? [f.period.text] : []))),
      rows: group,
      reporters: reportersOf(
        group.map((row) => row.source),
        group,
      ),
      languages: languagesOf(group),
      standing: first.standing,
      fit: first.fit,
      relation: first.relation,
    };
  });
}

/** Statements set aside (or any rows) grouped like the rest, for listing them the same way. */
export const groupFigures = (rows: readonly ComparedFigure[]): StatementGroup[] => groupRows(rows, false);

/**
 * A metric's figures grouped by what they say (the range and, for figures about other dates,
 * the month), the most reported first: the side panel's spread when no article is compared.
 * Suspect figures are left out (the views list them with their notes).
 */
export function groupStatements(figures: readonly Figure[], sources: ReadonlyMap<string, Source>): StatementGroup[] {
  const rows: ComparedFigure[] = figures
    .filter((figure) => !figure.suspect)
    .map((figure) => ({ figure, source: sources.get(figure.sourceId), standing: 'compared', fit: 'same', relation: 'same' }));
  // One time for all: no need to tell groups apart by date. Several far apart: a series, and
  // the groups about another time than the most reported one are marked as such.
  const series = !rows.every((row) => sameTime(row.figure.asOf, rows[0]!.figure.asOf));
  const groups = groupRows(rows, series).sort((a, b) => b.reporters.length - a.reporters.length || b.rows.length - a.rows.length || (a.asOf && b.asOf ? span(a.asOf)[0] - span(b.asOf)[0] : 0));
  if (series) {
    const main = groups[0]!.asOf;
    for (const group of groups) if (!sameTime(group.asOf, main)) group.standing = 'other-time';
  }
  // The most reported time first, then the others (a stable sort keeps their order by count).
  return groups.sort((a, b) => Number(a.standing === 'other-time') - Number(b.standing === 'other-time'));
}

/** Where a group's statements stand, as counts by position: 2 headlines, a caption. */
export function positionCounts(figures: readonly Pick<Figure, 'position'>[]): [Position, number][] {
  const tally = new Map<Position, number>();
  for (const figure of figures) tally.set(figure.position, (tally.get(figure.position) ?? 0) + 1);
  return [...tally];
}
