import { Component } from 'preact';
import { formatStatement, groupFigures, type ComparedFigure, type Comparison, type Statement, type StatementGroup } from '../utils/core/compare';
import { impliedInterval } from '../utils/core/interval';
import type { Figure, Metric, Source } from '../utils/schema';
import { formatPublished, languageName, sourceName } from './format';
import { count, t } from './i18n';
import { TimeSeries, type SeriesPoint } from './TimeSeries';
import { ValueAxis, type AxisItem } from './ValueAxis';
import { acrossWords, asOfWords, groupTag, otherTimesSentence, reporterWords, suspectSentence, verdictBadge, verdictSentence, whereWords } from './verdict';

export interface FigureComparisonProps {
  metric: Metric;
  /** The figure being compared, as the page writes it, with where it stands. */
  subject: Statement & { text: string };
  comparison: Comparison;
  /** The heading level of the metric's name in the surrounding page. */
  headingLevel?: 2 | 3 | 4;
  /** Off where the surrounding page already names the metric (the card's header, the panel's sections). */
  showHeading?: boolean;
  /** How many groups are listed before the rest fold away: the card keeps to 420 × 480 px. */
  shown?: number;
  /** Names a language code the messages do not (the extension's pages pass Intl's names). */
  otherLanguage?: (code: string) => string | undefined;
}

/** Units counted in whole steps: their axis has no "1.5" tick. */
export const WHOLE_UNITS: ReadonlySet<Metric['unit']> = new Set(['rank', 'days', 'hours']);

/** The layout's limits, set by the card at 420 × 480 px with the 55-source dataset's biggest metric. */
export const LAYOUT = {
  /**
   * Groups listed in the card before "N more"; the axis draws the same ones. Four groups and a
   * set-aside figure made the grown dataset's card 672 px tall (measured in Chromium); three
   * with one-line counts fit 480.
   */
  cardGroups: 3,
};

/** One figure next to every other source's figure for the same metric: used by the hover card and the panel. */
export function FigureComparison({ metric, subject, comparison, headingLevel = 3, showHeading = true, shown = Infinity, otherLanguage }: FigureComparisonProps) {
  const Heading = `h${headingLevel}` as 'h3';
  const subjectText = formatStatement(subject);
  const listed = [...comparison.groups, ...comparison.otherTimes];
  const visible = listed.slice(0, shown);
  const folded = listed.slice(shown);
  const onAxis = comparison.groups.slice(0, shown);
  const items: AxisItem[] = [
    { label: t('thisArticleShort'), value: subject.value, interval: subject.interval ?? impliedInterval(subject.value, subject.qualifier), subject: true },
    ...onAxis.map((group) => ({ label: group.statement, value: group.value, interval: group.interval, count: group.rows.length })),
  ];
  const description = t('axisDescription', subjectText, onAxis.map((g) => `${g.statement}: ${count(g.rows.length, 'statements')}`).join('. '));
  const timeWords = otherTimesSentence(comparison, subject);
  const suspectWords = suspectSentence(comparison);
  const suspects = groupFigures(comparison.suspect);
  // Where space is short (the card lists only a few groups), what was set aside folds away with
  // the rest: the line above names it. The panel lists everything.
  const foldedSuspects = Number.isFinite(shown) || folded.length ? suspects : [];
  const listedSuspects = foldedSuspects.length ? [] : suspects;
  const more = folded.length + foldedSuspects.length;
  const series: SeriesPoint[] = comparison.otherTimes.length
    ? [
        ...(subject.asOf ? [{ asOf: subject.asOf, value: subject.value, label: subjectText, subject: true }] : []),
        ...comparison.otherTimes.map((g) => ({ asOf: g.asOf!, value: g.value, label: g.statement })),
      ]
    : [];
  const total = comparison.rows.length;
  return (
    <section class="cc-comparison" data-testid="figure-comparison" data-metric={metric.id}>
      {showHeading ? <Heading class="cc-metric"><bdi>{metric.label}</bdi></Heading> : null}
      <p class="cc-subject">
        {t('thisArticle')} <strong data-testid="card-subject" dir="auto">{subject.text}</strong>
        {subject.position && subject.position !== 'body' ? <span class="cc-muted"> ({whereWords(subject.position)})</span> : null}
      </p>
      <p class={`cc-verdict cc-${comparison.verdict}`} data-testid="card-verdict" data-verdict={comparison.verdict}>
        <span class="cc-badge">{verdictBadge(comparison.verdict)}</span>
        <span class="visually-hidden">: </span> {verdictSentence(comparison, subject)}
      </p>
      {timeWords ? (
        <p class="cc-time" data-testid="card-other-times">
          {timeWords}
        </p>
      ) : null}
      {suspectWords ? (
        <p class="cc-suspect" data-testid="card-suspect">
          {suspectWords}
        </p>
      ) : null}
      {comparison.groups.length ? <ValueAxis items={items} description={description} whole={WHOLE_UNITS.has(metric.unit)} /> : null}
      {series.length > 1 ? <TimeSeries points={series} description={timeWords ?? ''} /> : null}
      {total ? (
        <ul class="cc-groups" aria-label={t('whatOthersSay', count(total, 'otherStatements'))}>
          {visible.map((group) => (
            <GroupRow group={group} key={group.key} otherLanguage={otherLanguage} />
          ))}
          {listedSuspects.map((group) => (
            <GroupRow group={group} key={group.key} otherLanguage={otherLanguage} />
          ))}
        </ul>
      ) : null}
      {more ? (
        <details class="cc-more" data-testid="card-more">
          <summary>{count(more, 'moreForms')}</summary>
          <ul class="cc-groups">
            {folded.map((group) => (
              <GroupRow group={group} key={group.key} otherLanguage={otherLanguage} />
            ))}
            {foldedSuspects.map((group) => (
              <GroupRow group={group} key={group.key} otherLanguage={otherLanguage} />
            ))}
          </ul>
        </details>
      ) : null}
      <p class="cc-across" data-testid="card-across">
        {acrossWords(comparison)}
      </p>
    </section>
  );
}

/** "more than 700,000 in two days · same", then "8 statements from 4 outlets". */
interface GroupProps {
  group: StatementGroup;
  otherLanguage?: FigureComparisonProps['otherLanguage'];
}

/**
 * A group's line, then, once opened, who reported it and every quote. The quotes are built when
 * the group opens: a metric with 180 statements made the card take 20 ms to open instead of 10
 * (bench), nearly all of it quotes nobody had asked to see. A class, not hooks: preact/hooks
 * would add 1 KiB to the reader every article page loads.
 */
export class GroupRow extends Component<GroupProps, { open: boolean }> {
  override state = { open: false };
  override render({ group, otherLanguage }: GroupProps, { open }: { open: boolean }) {
    const tone = group.standing === 'compared' ? group.relation : group.standing;
    return (
      <li class={`cc-group cc-${tone}`} data-testid="card-group" data-relation={tone}>
        <details onToggle={(event) => this.setState({ open: event.currentTarget.open })}>
          <summary>
            <span class="cc-group-line">
              <span class="cc-value">{group.period ? t('statementPeriod', group.statement, group.period) : group.statement}</span>
              <span class="visually-hidden">, </span>
              <span class={`cc-tag cc-tag-${tone}`}>{groupTag(group)}</span>
              <span class="visually-hidden">. </span>
            </span>
            <span class="cc-group-who">
              {t('groupCounts', count(group.rows.length, 'statements'), group.reporters.length === 1 ? group.reporters[0]!.name : count(group.reporters.length, 'outlets'))}
              {group.languages.length > 1 ? ` · ${count(group.languages.length, 'languages')}` : ''}
            </span>
          </summary>
          {open && (group.reporters.length > 1 || group.reporters[0]?.carriedBy.length) ? (
            <p class="cc-reporters">{t('reportedBy', group.reporters.map(reporterWords).join(t('listSemicolon')))}</p>
          ) : null}
          {open ? (
            <ol class="cc-quotes">
              {group.rows.map((row) => (
                <QuoteRow row={row} key={row.figure.id} otherLanguage={otherLanguage} />
              ))}
            </ol>
          ) : null}
        </details>
      </li>
    );
  }
}

function QuoteRow({ row, otherLanguage }: { row: ComparedFigure; otherLanguage?: FigureComparisonProps['otherLanguage'] }) {
  return (
    <li class="cc-source" data-testid="card-source">
      <SourceCitation figure={row.figure} source={row.source} otherLanguage={otherLanguage} />
      {row.source?.url ? (
        <a class="cc-link" href={row.source.url} target="_blank" rel="noreferrer noopener">
          {t('readAt', hostOf(row.source.url))}
        </a>
      ) : null}
    </li>
  );
}

/**
 * Who said it, in which language, when, where in the article, in which words: the same in the
 * card and the panel. The quote stays in its own language, marked as such for screen readers.
 */
export function SourceCitation({ figure, source, otherLanguage }: { figure: Figure; source: Source | undefined; otherLanguage?: (code: string) => string | undefined }) {
  return (
    <>
      <p class="cc-source-meta">
        <cite dir="auto">{source ? sourceName(source) : figure.sourceId}</cite>
        {source ? <> · {languageName(source.language, otherLanguage)}</> : null}
        {source ? <> · {formatPublished(source.published)}</> : null} · {whereWords(figure.position)}
        {figure.period ? <> · <bdi>{figure.period.text}</bdi></> : null}
        {figure.asOf.basis === 'stated' ? <span class="visually-hidden"> · {t('aboutDate', asOfWords(figure.asOf))}</span> : null}
      </p>
      <blockquote class="cc-quote" lang={source?.language}>
        “<bdi>{figure.quote}</bdi>”
      </blockquote>
      {figure.attribution ? <p class="cc-muted" dir="auto">{t('credited', figure.attribution)}</p> : null}
      {figure.note ? <p class="cc-note" dir="auto">{t('curatorNote', figure.note)}</p> : null}
    </>
  );
}

/**
 * The host a link really goes to, as its text: "reuters.com", never the outlet's name, so that a
 * link cannot read as one outlet and lead to another.
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Source lookup helper for callers that hold plain arrays. */
export const sourcesById = (sources: readonly Source[]) => new Map(sources.map((source) => [source.id, source]));
