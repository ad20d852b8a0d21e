/**
 * How one statement of a quantity compares with every other source's: the verdict in plain
 * words (consistent or differs, and why), used by the hover card and the side panel alike.
 */
import { groupDigits } from '../constants';
import { DAY_MS } from './calendar';
import { impliedInterval, intervalsOverlap, type Interval } from './interval';
import type { Figure, Position, Qualifier, Source, Unit } from '../schema';

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
  /** When the statement was made (its article's publication date), for figures without a period. */
  asOf?: string | null;
}

export type Relation = 'same' | 'consistent' | 'differs';

export interface ComparedFigure {
  figure: Figure;
  source: Source | undefined;
  relation: Relation;
  /** Why, in plain words; empty when the two say the same thing. */
  reasons: string[];
}

export interface Comparison {
  verdict: 'consistent' | 'differs';
  /** One sentence for the reader, after the verdict: what agrees, what differs and why. */
  summary: string;
  rows: ComparedFigure[];
}

const intervalOf = (s: Statement): Interval => s.interval ?? impliedInterval(s.value, s.qualifier);
const PROMINENT: ReadonlySet<Position> = new Set(['headline', 'dek', 'caption', 'summary', 'key-takeaways']);

export const POSITION_WORDS: Record<Position, string> = {
  headline: 'the headline',
  dek: 'the subheading',
  'key-takeaways': 'the key takeaways',
  summary: 'the summary',
  body: 'the body',
  caption: 'a caption',
};

/** `value` in the unit's usual words: 700,000; 300 million; $17 billion; 194%; 75 days. */
export function formatValue(value: number, unit: Unit): string {
  const scaled = (n: number) => {
    const abs = Math.abs(n);
    const [divisor, word] = abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
    const digits = groupDigits(n / divisor, 2);
    return `${digits}${word}`;
  };
  switch (unit) {
    case 'usd':
      return `$${scaled(value)}`;
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


/** Two dated periods this far apart describe different moments of the story. */
const SAME_PERIOD_DAYS = 31;
/**
 * A statement with no period of its own is about the recent past of its article ("downloads
 * jumped 190% in December", written in mid-January); a dated period further back than this is
 * another time ("nearly 300 million active users as of December 2023").
 */
const RECENT_DAYS = 92;

/**
 * Whether two statements describe the same moment. Periods in words only ("in only two days",
 * "within two days") describe the metric itself and match.
 */
function samePeriod(a: Statement, b: Statement): boolean {
  const days = (x: string, y: string) => Math.abs(Date.parse(x) - Date.parse(y)) / DAY_MS;
  const aStart = a.period?.start;
  const bStart = b.period?.start;
  if (aStart && bStart) return days(aStart, bStart) <= SAME_PERIOD_DAYS;
  const dated = aStart ? a : bStart ? b : null;
  const undated = dated === a ? b : a;
  if (!dated || !undated.asOf) return true;
  return days(dated.period!.end ?? dated.period!.start!, undated.asOf) <= RECENT_DAYS;
}

type Shape = 'point' | 'lower bound' | 'upper bound' | 'range';
function shape(i: Interval): Shape {
  if (i.low !== null && i.low === i.high) return 'point';
  if (i.high === null) return 'lower bound';
  if (i.low === null) return 'upper bound';
  return 'range';
}
const SHAPE_WORDS: Record<Shape, string> = {
  point: 'a single number',
  'lower bound': 'a lower bound',
  'upper bound': 'an upper bound',
  range: 'a range',
};

/** How `other` stands against `subject`, and why: the first reason is the main one. */
export function relate(subject: Statement, other: Statement): { relation: Relation; reasons: string[] } {
  const a = intervalOf(subject);
  const b = intervalOf(other);
  const reasons: string[] = [];
  const overlap = intervalsOverlap(a, b);
  const sameRange = a.low === b.low && a.high === b.high;
  const periodMatches = samePeriod(subject, other);
  const stated = formatStatement(other);
  if (!overlap) {
    const lower = b.high !== null && a.low !== null && b.high < a.low;
    reasons.push(`says ${lower ? 'less' : 'more'}: ${stated}`);
  }
  if (!periodMatches) reasons.push(`refers to another time: ${other.period?.text ?? `as of ${other.asOf}`}`);
  if (overlap && !sameRange) {
    const sa = shape(a);
    const sb = shape(b);
    if (sa !== sb) reasons.push(`gives ${SHAPE_WORDS[sb]} where this gives ${SHAPE_WORDS[sa]}: ${stated}`);
    else if (sb === 'lower bound') reasons.push(`sets a ${b.low! < a.low! ? 'lower' : 'higher'} floor: ${stated}`);
    else if (sb === 'upper bound') reasons.push(`sets a ${b.high! < a.high! ? 'lower' : 'higher'} ceiling: ${stated}`);
    else reasons.push(`gives an overlapping range: ${stated}`);
  }
  if (subject.scope && other.scope && subject.scope !== other.scope && subject.scope !== 'unstated' && other.scope !== 'unstated') {
    reasons.push(`counts ${other.scope === 'us' ? 'the US only' : other.scope === 'china' ? 'China only' : 'the whole world'}`);
  }
  // A headline (or caption, or takeaway) against the body: often the very reason for a difference.
  if (reasons.length && other.position && subject.position && PROMINENT.has(other.position) !== PROMINENT.has(subject.position)) {
    reasons.push(`stated in ${POSITION_WORDS[other.position]}`);
  }
  if (reasons.length === 0) return { relation: 'same', reasons };
  return { relation: overlap && periodMatches ? 'consistent' : 'differs', reasons };
}

/** "says more" → "say more" for several statements. */
const pluralVerb = (phrase: string, n: number) => (n === 1 ? phrase : phrase.replace(/^(say|set|give|refer|count)s\b/, '$1'));

/**
 * Compares one statement with other figures of the same metric. `figures` should already exclude
 * the subject itself when it comes from the dataset.
 */
export function compareStatement(subject: Statement, figures: readonly Figure[], sources: ReadonlyMap<string, Source>): Comparison {
  const rows = figures.map((figure) => {
    const source = sources.get(figure.sourceId);
    return { figure, source, ...relate(subject, { ...figure, asOf: source?.published.date }) };
  });
  const outlets = new Set(rows.map((row) => row.source?.outlet ?? row.figure.sourceId)).size;
  const differing = rows.filter((row) => row.relation === 'differs');
  const same = rows.filter((row) => row.relation === 'same').length;
  const groups = (list: ComparedFigure[]) =>
    groupRows(list)
      .slice(0, 3)
      .map((g) => `${g.count} ${pluralVerb(g.reason, g.count)} (${g.statement}: ${g.where})`)
      .join('; ');
  let summary: string;
  if (rows.length === 0) summary = 'No other source in the dataset states this figure.';
  else if (differing.length) {
    summary = `${groups(differing)}${same ? `; ${same} of ${rows.length} say the same` : ''}.`;
  } else if (same === rows.length) {
    summary = `All ${count(rows.length, 'other statement')} (${count(outlets, 'outlet')}) say the same.`;
  } else {
    const others = groups(rows.filter((row) => row.relation === 'consistent'));
    summary = `${same ? `${same} of ${count(rows.length, 'other statement')} say the same; ` : ''}${others}.`;
  }
  return { verdict: differing.length ? 'differs' : 'consistent', summary, rows };
}

/** Rows that imply the same range for the same main reason, with where they stand. */
function groupRows(rows: ComparedFigure[]): { count: number; statement: string; where: string; reason: string }[] {
  const groups = new Map<string, ComparedFigure[]>();
  for (const row of rows) {
    const { low, high } = row.figure.interval;
    const key = `${low}|${high}|${row.reasons[0]?.split(':')[0] ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()]
    .sort((a, b) => b.length - a.length)
    .map((group) => {
      const figures = group.map((row) => row.figure);
      const outletNames = [...new Set(group.map((row) => row.source?.outlet ?? row.figure.sourceId))];
      const where = figures.every((f) => PROMINENT.has(f.position))
        ? placesWords(figures)
        : outletNames.length === 1
          ? outletNames[0]!
          : count(outletNames.length, 'outlet');
      const statement = mostCommon(figures.map((f) => formatStatement(f))) ?? formatStatement(figures[0]!);
      return { count: group.length, statement, where, reason: (group[0]!.reasons[0] ?? '').split(':')[0]! };
    });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function mostCommon(items: string[]): string | undefined {
  const tally = new Map<string, number>();
  for (const item of items) tally.set(item, (tally.get(item) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A group of figures that say the same thing, for the spread of a metric across sources. */
export interface StatementGroup {
  statement: string;
  figures: Figure[];
  positions: Position[];
  outlets: string[];
}

/** Groups a metric's figures by the range they imply, most repeated first. */
export function groupStatements(figures: readonly Figure[], sources: ReadonlyMap<string, Source>): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  for (const figure of figures) {
    // "over 700,000" and "more than 700,000" imply the same range: one group.
    // Periods a month or more apart ("as of December 2023") are told apart.
    const { low, high } = figure.interval;
    const key = `${low}|${high}|${figure.period?.start?.slice(0, 7) ?? ''}`;
    const group = groups.get(key) ?? { statement: formatStatement(figure), figures: [], positions: [], outlets: [] };
    group.figures.push(figure);
    if (!group.positions.includes(figure.position)) group.positions.push(figure.position);
    const outlet = sources.get(figure.sourceId)?.outlet ?? figure.sourceId;
    if (!group.outlets.includes(outlet)) group.outlets.push(outlet);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.statement = mostCommon(group.figures.map((f) => formatStatement(f))) ?? group.statement;
  return [...groups.values()].sort((a, b) => b.figures.length - a.figures.length || b.outlets.length - a.outlets.length);
}

/** "2 headlines, a subheading and a caption": where a group's statements stand. */
function placesWords(figures: readonly Figure[]): string {
  const tally = new Map<Position, number>();
  for (const figure of figures) tally.set(figure.position, (tally.get(figure.position) ?? 0) + 1);
  const words = [...tally].map(([position, n]) => {
    const noun = POSITION_WORDS[position].replace(/^(the|a) /, '');
    if (n > 1) return `${n} ${noun === 'key takeaways' ? 'key-takeaways boxes' : noun === 'summary' ? 'summaries' : `${noun}s`}`;
    return POSITION_WORDS[position].replace(/^the (headline|subheading|summary)$/, 'a $1').replace(/^the key takeaways$/, 'a key-takeaways box');
  });
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0]!;
}

function commonPeriod(figures: readonly Figure[]): string | undefined {
  return mostCommon(figures.flatMap((f) => (f.period ? [f.period.text] : [])));
}

/**
 * The spread of a metric in one sentence: "2 headlines, a subheading and a caption say over
 * 500,000; 5 outlets say more than 700,000 (in only two days)."
 */
export function summarizeSpread(figures: readonly Figure[], sources: ReadonlyMap<string, Source>): string {
  const groups = groupStatements(figures, sources);
  if (groups.length === 0) return 'No source states this figure.';
  if (figures.length === 1) {
    const only = groups[0]!;
    return `Only ${only.outlets[0]} states it: ${only.statement}.`;
  }
  const describe = (g: StatementGroup) => {
    const period = commonPeriod(g.figures);
    return `${g.statement}${period ? ` (${period})` : ''}`;
  };
  if (groups.length === 1) {
    const g = groups[0]!;
    return `All ${count(g.figures.length, 'statement')} from ${count(g.outlets.length, 'outlet')} say ${describe(g)}.`;
  }
  const parts = groups.slice(0, 3).map((g) => {
    const prominentOnly = g.figures.every((f) => PROMINENT.has(f.position));
    const who = prominentOnly ? placesWords(g.figures) : g.outlets.length === 1 ? g.outlets[0]! : count(g.outlets.length, 'outlet');
    const singular = !prominentOnly ? g.outlets.length === 1 : g.figures.length === 1;
    return `${who} ${singular ? 'says' : 'say'} ${describe(g)}`;
  });
  const rest = groups.length > 3 ? `; ${count(groups.length - 3, 'other form')}` : '';
  const sentence = parts.join('; ') + rest;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
