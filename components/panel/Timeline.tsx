import { useMemo, useState } from 'preact/hooks';
import type { Source, StoryEvent } from '../../utils/schema';
import {
  dateLabel,
  layoutTimeline,
  type DateClaim,
  type DayRange,
  type ElsewhereClaim,
  type TimelineEntry,
  type TimelineEra,
  type TimelineGroup,
} from '../../utils/core/timeline';
import { plural, sourceName } from '../format';
import { count, listWords, t } from '../i18n';
import { TimelineOverview } from './TimelineOverview';

interface Props {
  events: readonly StoryEvent[];
  /** The days laid out one by one (from the whole dataset, so filtering does not move them). */
  week: DayRange | null;
  /** The article's words for each event it mentions ("on Monday", "Jan. 19"). */
  mentions: ReadonlyMap<string, readonly string[]>;
  sources: ReadonlyMap<string, Source>;
  /** A filter is narrowing the events: days without a match are left out. */
  filtered?: boolean;
}

const ERA_NOTES: Record<TimelineEra['kind'], string> = {
  background: 'The background, compressed: one step per year, years without events skipped.',
  'lead-up': 'Dated to the month, or to days just before the week.',
  week: 'The week the story happened, one day at a time.',
  after: 'What followed.',
};

/** The story's events from RedNote's launch to the executive order, with this article's highlighted. */
export function Timeline({ events, week, mentions, sources, filtered = false }: Props) {
  const [onlyArticle, setOnlyArticle] = useState(false);
  const highlighted = useMemo(() => new Set(mentions.keys()), [mentions]);
  const shown = onlyArticle ? events.filter((event) => highlighted.has(event.id)) : events;
  const layout = useMemo(
    () => layoutTimeline(shown, { highlighted, week, emptyDays: !filtered && !onlyArticle }),
    [shown, highlighted, week, filtered, onlyArticle],
  );
  const mentioned = events.filter((event) => highlighted.has(event.id)).length;
  return (
    <section class="panel-section timeline" aria-labelledby="timeline-heading" data-testid="timeline" id="timeline">
      <h2 id="timeline-heading">{t('navTimeline')}</h2>
      <p class="hint" data-testid="timeline-summary">
        {summary(layout.count, layout.eras, mentioned)}
      </p>
      {layout.count ? <TimelineOverview layout={layout} /> : null}
      {mentioned ? (
        <label class="check">
          <input type="checkbox" checked={onlyArticle} onChange={(event) => setOnlyArticle(event.currentTarget.checked)} data-testid="timeline-only-article" />
          Only the events this article mentions
        </label>
      ) : null}
      {layout.count === 0 ? <p class="empty">{filtered ? t('noEventMatch') : t('noEvents')}</p> : null}
      {layout.eras.map((era) => (
        <Era era={era} mentions={mentions} sources={sources} key={era.kind} />
      ))}
    </section>
  );
}

function summary(count: number, eras: TimelineEra[], mentioned: number): string {
  if (count === 0) return '';
  const first = eras[0]?.groups[0]?.entries[0]?.event.date;
  const lastGroup = eras.at(-1)?.groups.filter((g) => g.entries.length).at(-1);
  const last = lastGroup?.entries.at(-1)?.event.date;
  const span = first && last ? ` from ${dateLabel(first, { weekday: false })} to ${dateLabel(last, { weekday: false })}` : '';
  const article = mentioned ? `; ${mentioned} mentioned in this article, highlighted` : '';
  return `${plural(count, 'event')}${span}${article}.`;
}

function Era({ era, mentions, sources }: { era: TimelineEra; mentions: Props['mentions']; sources: Props['sources'] }) {
  const headingId = `era-${era.kind}`;
  return (
    <section class={`era era-${era.kind}`} aria-labelledby={headingId} data-testid="timeline-era" data-era={era.kind}>
      <h3 id={headingId}>{era.title}</h3>
      <p class="era-note">{ERA_NOTES[era.kind]}</p>
      <ol class="tl-groups">
        {era.groups.map((group) => (
          <Group group={group} era={era.kind} mentions={mentions} sources={sources} key={group.key} />
        ))}
      </ol>
    </section>
  );
}

function Group({ group, era, mentions, sources }: { group: TimelineGroup; era: TimelineEra['kind']; mentions: Props['mentions']; sources: Props['sources'] }) {
  const isDay = era === 'week';
  const empty = group.entries.length === 0;
  return (
    <li
      class={`tl-group${empty ? ' tl-group-empty' : ''}${group.entries.some((e) => e.highlighted) ? ' tl-group-highlighted' : ''}`}
      data-testid={isDay ? 'timeline-day' : 'timeline-group'}
      data-day={group.day}
    >
      {group.skippedBefore ? (
        <p class="tl-gap" data-testid="timeline-gap">
          {group.skippedBefore.from === group.skippedBefore.to ? group.skippedBefore.from : `${group.skippedBefore.from} – ${group.skippedBefore.to}`}: nothing in the dataset
        </p>
      ) : null}
      <h4 class="tl-label">{group.label}</h4>
      {empty && !group.elsewhere.length ? <p class="tl-empty">{t('noEventDay')}</p> : null}
      {group.entries.length ? (
        <ol class="tl-events">
          {group.entries.map((entry) => (
            <Event entry={entry} showDate={!isDay && entry.label !== group.label} mentions={mentions.get(entry.event.id)} sources={sources} key={entry.event.id} />
          ))}
        </ol>
      ) : null}
      {group.elsewhere.map((elsewhere) => (
        <Elsewhere elsewhere={elsewhere} sources={sources} key={`${elsewhere.entry.event.id}-${elsewhere.claim.date.date}`} />
      ))}
    </li>
  );
}

const outletOf = (sources: Props['sources'], id: string) => {
  const source = sources.get(id);
  return source ? sourceName(source) : id;
};
/** Who gives a date, wire copies folded under their wire: "Reuters, carried by 2 sites and The Hollywood Reporter". */
function claimNames(sources: Props['sources'], ids: readonly string[]): string {
  const byReporter = new Map<string, string[]>();
  for (const id of ids) {
    const source = sources.get(id);
    const reporter = source?.reportedBy ?? source?.outlet ?? id;
    byReporter.set(reporter, [...(byReporter.get(reporter) ?? []), id]);
  }
  const names = [...byReporter].map(([reporter, list]) =>
    list.length > 1 ? t('carriedBy', reporter, count(list.length, 'sites')) : outletOf(sources, list[0]!),
  );
  return listWords(names);
}
const asWritten = (claim: DateClaim) => [...new Set(claim.reports.flatMap((r) => (r.dateAsWritten ? [`“${r.dateAsWritten}”`] : [])))].join(', ');

function Event({ entry, showDate, mentions, sources }: { entry: TimelineEntry; showDate: boolean; mentions: readonly string[] | undefined; sources: Props['sources'] }) {
  const { event, dates } = entry;
  const precision = event.date.precision;
  return (
    <li
      class={`tl-event tl-${precision}${entry.highlighted ? ' tl-highlighted' : ''}${dates.disagreement ? ' tl-disputed' : ''}`}
      data-testid="timeline-event"
      data-event={event.id}
      data-highlighted={String(entry.highlighted)}
      data-disagreement={String(dates.disagreement)}
    >
      {showDate ? (
        <p class="tl-date">
          <time dateTime={event.date.date}>{entry.label}</time>
          {precision !== 'day' ? <span class="visually-hidden"> (no {precision === 'month' ? 'day' : 'month'} given)</span> : null}
        </p>
      ) : null}
      <p class="tl-title" dir="auto">{event.title}</p>
      {entry.highlighted ? (
        <p class="tl-mention" data-testid="timeline-mention">
          <span class="tl-badge">{t('inThisArticle')}</span>
          {mentions?.length ? <> {mentions.map((text) => `“${text}”`).join(', ')}</> : null}
        </p>
      ) : null}
      {dates.disagreement ? <Disagreement claims={dates.claims} sources={sources} /> : null}
      <details class="tl-sources">
        <summary>
          {/* Named after its event: a screen reader's list of controls is not 26 times "1 source". */}
          <span class="visually-hidden">{t('eventSourcesOf', event.title)} </span>
          {plural(new Set(event.reports.map((r) => r.sourceId)).size, 'source')}
          {dates.disagreement ? ', dates differ' : ''}
        </summary>
        <ul>
          {event.reports.map((report, i) => (
            <li data-testid="event-source" key={`${report.sourceId}-${i}`}>
              <p class="tl-source-head">
                <cite dir="auto">{outletOf(sources, report.sourceId)}</cite>
                {' · '}
                <span>{dateLabel(report.date)}</span>
                {report.dateAsWritten ? <span class="muted"> (“<bdi>{report.dateAsWritten}</bdi>”)</span> : null}
              </p>
              <blockquote class="cc-quote">“<bdi>{report.quote}</bdi>”</blockquote>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** Where the sources' dates for one event cannot all be right, each with who gives it. */
function Disagreement({ claims, sources }: { claims: DateClaim[]; sources: Props['sources'] }) {
  return (
    <div class="tl-disagreement" data-testid="date-disagreement">
      <p class="tl-disagreement-title">
        <span aria-hidden="true">≠ </span>Sources disagree on the date
      </p>
      <ul>
        {claims.map((claim) => {
          const written = asWritten(claim);
          return (
            <li key={`${claim.date.precision}:${claim.date.date}`} class={`tl-claim tl-claim-${claim.standing}`}>
              <strong>{claimNames(sources, claim.sourceIds)}</strong>
              {claim.standing === 'vaguer' ? ' only' : ''}{claim.sourceIds.length > 1 ? ' say' : ' says'} {dateLabel(claim.date)}
              {written ? ` (${written})` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Another source's date for an event listed on another day. */
function Elsewhere({ elsewhere, sources }: { elsewhere: ElsewhereClaim; sources: Props['sources'] }) {
  const { entry, claim } = elsewhere;
  const written = asWritten(claim);
  return (
    <p class="tl-elsewhere" data-testid="timeline-elsewhere">
      <span aria-hidden="true">≠ </span>
      {claimNames(sources, claim.sourceIds)} {claim.sourceIds.length > 1 ? 'date' : 'dates'} “{entry.event.title}” to this day
      {written ? ` (${written})` : ''}; it is listed on {dateLabel(entry.event.date, { year: false })}.
    </p>
  );
}
