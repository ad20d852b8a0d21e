/**
 * A comparison in plain words: the verdict as one short sentence a reader can take away ("Other
 * outlets say the same: 300 million, give or take how they round"; "Differs: Reuters says more
 * than 700,000, this article 500,000"), the dates other figures are about, the figures set
 * aside, and a metric's spread ("5 outlets: more than 700,000 in only two days · 3: over
 * 500,000"). Every word comes from the interface's messages (./i18n.ts).
 */
import { formatStatement, PROMINENT, positionCounts, type AsOf, type Comparison, type Statement, type StatementGroup, type Verdict } from '../utils/core/compare';
import type { Position } from '../utils/schema';
import { formatPartialDate } from './format';
import { count, listWords, t, type MessageKey } from './i18n';

const POSITION_KEY: Record<Position, string> = {
  headline: 'Headline',
  dek: 'Subheading',
  'key-takeaways': 'Takeaways',
  summary: 'Summary',
  body: 'Body',
  caption: 'Caption',
};

/** "the headline", "a caption": where one statement stands in its article. */
export const whereWords = (position: Position): string => t(`where${POSITION_KEY[position]}` as MessageKey);

const POSITION_ORDER = Object.keys(POSITION_KEY) as Position[];

/** "2 headlines, a subheading and a caption": where a group's statements stand, most prominent first. */
export function placesWords(figures: readonly { position: Position }[]): string {
  const counts = positionCounts(figures).sort((a, b) => POSITION_ORDER.indexOf(a[0]) - POSITION_ORDER.indexOf(b[0]));
  return listWords(counts.map(([position, n]) => count(n, `place${POSITION_KEY[position]}`)));
}

/**
 * Who said it: one reporter by name ("Reuters"), several counted ("5 outlets"), or, when every
 * statement is a headline, caption or the like, where they stand ("2 headlines and a caption"):
 * the very reason such a group often differs from the body.
 */
export function whoWords(group: Pick<StatementGroup, 'rows' | 'reporters'>): { words: string; many: boolean } {
  const figures = group.rows.map((row) => row.figure);
  if (figures.length > 1 && figures.every((f) => PROMINENT.has(f.position))) return { words: placesWords(figures), many: true };
  if (group.reporters.length === 1) return { words: group.reporters[0]!.name, many: false };
  return { words: count(group.reporters.length, 'outlets'), many: true };
}

/** "Reuters, carried by 6 sites": a reporter with the sites that carried its copy. */
export function reporterWords(reporter: StatementGroup['reporters'][number]): string {
  return reporter.carriedBy.length ? t('carriedBy', reporter.name, count(reporter.carriedBy.length, 'sites')) : reporter.name;
}

/** The statement with the period its figures give ("more than 700,000 in only two days"). */
const withPeriod = (group: Pick<StatementGroup, 'statement' | 'period'>) => (group.period ? t('statementPeriod', group.statement, group.period) : group.statement);

const one = (many: boolean) => (many ? 'Other' : 'One');

/** The article's own words for its figure, inside a sentence: "Over half a million" → "over half a million". */
const ownWords = (subject: { text: string }) => (/^\p{Lu}\p{Ll}/u.test(subject.text) ? subject.text.charAt(0).toLowerCase() + subject.text.slice(1) : subject.text);

/** The badge: one word that agrees with the groups listed under it. */
export const verdictBadge = (verdict: Verdict): string => t(`badge_${verdict}` as MessageKey);

/** The verdict in one sentence (the badge's word is its first). */
export function verdictSentence(comparison: Comparison, subject: Statement & { text: string }): string {
  const { verdict, groups } = comparison;
  if (verdict === 'alone') return t(comparison.rows.length ? 'verdictAloneInTime' : 'verdictAlone');
  const same = groups.filter((g) => g.relation === 'same');
  const sameRows = same.reduce((n, g) => n + g.rows.length, 0);
  if (verdict === 'same') {
    const rounded = same.some((g) => g.fit === 'rounding');
    const statement = rounded ? t('giveOrTake', formatStatement({ ...subject, qualifier: 'exact' })) : withPeriod(same[0]!);
    const reporters = new Set(same.flatMap((g) => g.reporters.map((r) => r.name)));
    return reporters.size === 1 ? t('verdictSameOne', [...reporters][0]!, statement) : t('verdictSame', statement);
  }
  const lead = groups.find((g) => g.relation !== 'same')!;
  const who = whoWords(lead);
  const subjectWords = ownWords(subject);
  const agreeing = groups.filter((g) => g.relation !== 'differs').reduce((n, g) => n + g.rows.length, 0);
  if (verdict === 'differs') {
    const clause = t(`differs${one(who.many)}`, who.words, withPeriod(lead), subjectWords);
    return t('verdictDiffers', agreeing ? t('clauses', clause, count(agreeing, 'agree')) : clause);
  }
  const clause = t(`fit_${lead.fit}${one(who.many)}` as MessageKey, who.words, withPeriod(lead), subjectWords);
  return t('verdictConsistent', sameRows ? t('clauses', clause, count(sameRows, 'sayTheSame')) : clause);
}

/** "July 2024", "14 January 2025": the date a figure is about, as precise as it is known. */
export const asOfWords = (asOf: AsOf): string => formatPartialDate(asOf.basis === 'published' ? { date: asOf.date.slice(0, 7), precision: asOf.precision === 'year' ? 'year' : 'month' } : asOf);

/** A statement and the date it is about: "$17 billion in July 2024", "nearly 300 million on 31 December 2023". */
const statementAt = (statement: string, asOf: AsOf): string =>
  t(asOf.basis !== 'published' && asOf.precision === 'day' ? 'onDate' : 'atDate', statement, asOfWords(asOf));

/**
 * Figures about other dates, named as a series rather than a disagreement: "$17 billion was the
 * figure for July 2024; this article's $20 billion is January 2025's."
 */
export function otherTimesSentence(comparison: Comparison, subject: Statement & { text: string }): string | null {
  const groups = comparison.otherTimes;
  if (!groups.length) return null;
  const subjectDate = subject.asOf ? asOfWords(subject.asOf) : null;
  const subjectWords = ownWords(subject);
  if (groups.length === 1) {
    const g = groups[0]!;
    return subjectDate ? t('otherTimeOne', g.statement, asOfWords(g.asOf!), subjectWords, subjectDate) : t('otherTimeOneUndated', g.statement, asOfWords(g.asOf!));
  }
  const items = groups.map((g) => statementAt(g.statement, g.asOf!));
  return subjectDate ? t('otherTimes', items.join(t('listComma')), subjectWords, subjectDate) : t('otherTimesUndated', items.join(t('listComma')));
}

/**
 * The statements a curator set aside, in one short line: each wording once, with how many
 * outlets wrote it ("“700 million” ×2, “70,000”). Their notes stay with them in the groups below,
 * so that three garbled figures cost the card one line, not a paragraph.
 */
export function suspectSentence(comparison: Pick<Comparison, 'suspect'>): string | null {
  if (!comparison.suspect.length) return null;
  const times = new Map<string, number>();
  for (const { figure } of comparison.suspect) times.set(figure.asWritten, (times.get(figure.asWritten) ?? 0) + 1);
  const items = [...times].map(([words, n]) => (n > 1 ? t('suspectItemTimes', words, String(n)) : t('suspectItem', words)));
  return t('setAside', items.join(t('listComma')));
}

/** The tag of a group in the list, agreeing with the badge: same, fits, differs, another date, set aside. */
export function groupTag(group: Pick<StatementGroup, 'standing' | 'fit' | 'asOf'>): string {
  if (group.standing === 'other-time') return group.asOf ? asOfWords(group.asOf) : t('tag_other_time');
  if (group.standing === 'suspect') return t('tag_suspect');
  return t(`tag_${group.fit}` as MessageKey);
}

/**
 * A metric's spread in one line: "5 outlets: more than 700,000 in only two days · 3: over
 * 500,000", counting reporters (a wire and the sites that carried it are one), with the date
 * of each group when the figures are about several times.
 */
export function spreadSentence(groups: readonly StatementGroup[], limit = 4): string {
  if (groups.length === 0) return t('spreadNone');
  const statement = datedStatement;
  if (groups.length === 1 && groups[0]!.rows.length === 1) return t('spreadOnly', groups[0]!.reporters[0]?.name ?? '', statement(groups[0]!));
  const who = (g: StatementGroup, i: number) => (g.reporters.length === 1 && groups.length === 1 ? g.reporters[0]!.name : i === 0 ? count(g.reporters.length, 'outlets') : String(g.reporters.length));
  const parts = groups.slice(0, limit).map((g, i) => t(i === 0 ? 'spreadFirst' : 'spreadNext', who(g, i), statement(g)));
  if (groups.length > limit) parts.push(count(groups.length - limit, 'otherForms'));
  return parts.join(' · ');
}

/**
 * A group's statement, with its date when it is about another time than the most reported one
 * (unless its period already says when): "$17 billion in July 2024", "nearly 300 million as of December 2023".
 */
export function datedStatement(g: StatementGroup): string {
  return g.standing === 'other-time' && g.asOf && !(g.period && g.asOf.basis === 'stated') ? statementAt(withPeriod(g), g.asOf) : withPeriod(g);
}

/** "Compared with 12 statements from 8 outlets in 3 languages." */
export function acrossWords(comparison: Pick<Comparison, 'rows' | 'reporters' | 'languages' | 'groups'>): string {
  const statements = comparison.groups.reduce((n, g) => n + g.rows.length, 0);
  if (!statements) return '';
  return comparison.languages.length > 1
    ? t('comparedAcrossLanguages', count(statements, 'statements'), count(comparison.reporters, 'outlets'), count(comparison.languages.length, 'languages'))
    : t('comparedAcross', count(statements, 'statements'), count(comparison.reporters, 'outlets'));
}
