import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  articleStatements,
  eventSearchText,
  figuresByMetric,
  filterWords,
  isEmptyDataset,
  matchesWords,
  metricSearchText,
  metricsByCoverage,
  relinkReading,
  splitMetrics,
  type PanelData,
} from '../../utils/storage/panel-data';
import type { ArticleReading, Figure, FoundFigure, Metric, Source } from '../../utils/schema';
import type { OnDemand } from '../../utils/background/reader-tabs';
import type { TabReading } from '../../utils/storage/tab-readings';
import { findDenseWindow } from '../../utils/core/timeline';
import { plural } from '../format';
import type { Live } from '../hooks';
import { ArticleSection } from './ArticleSection';
import type { RevealOutcome, TabReadingState } from './follow-tab';
import { MetricComparison } from './MetricComparison';
import { MetricSpread } from './MetricSpread';
import { CacheError, EmptyDataset, Loading, NoArticle, PartialReading } from './states';
import { Timeline } from './Timeline';
import { t } from '../i18n';

export interface PanelProps {
  data: Live<PanelData>;
  tab: TabReadingState;
  onReveal: (figure: FoundFigure) => Promise<RevealOutcome>;
  onOpenOptions: () => void;
  onRetry: () => void;
  /** Reads the tab whatever its title says; absent when the panel follows no tab. */
  onReadPage?: () => Promise<OnDemand>;
}

/** Metrics listed at first when browsing; a large imported dataset shows more on request. */
const PAGE = 40;

/** The side panel: the tab's article against every source, or the whole dataset to browse. */
export function Panel({ data, tab, onReveal, onOpenOptions, onRetry, onReadPage }: PanelProps) {
  const ready = data.status === 'ready' && !isEmptyDataset(data.value) ? data.value : null;
  const article = ready && tab.status === 'ready' && tab.reading?.reading.onTopic ? tab.reading : null;
  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="panel-name">
          <span class="logo" aria-hidden="true">
            ≈
          </span>
          Crosscheck
        </h1>
        {ready?.meta ? (
          <p class="panel-dataset" data-testid="panel-dataset">
            Dataset <span data-testid="dataset-version">{ready.meta.version}</span> · {plural(ready.meta.counts.sources, 'source')}
          </p>
        ) : null}
        {ready ? (
          <nav aria-label={t('panelSections')} class="panel-nav">
            <a href={article ? '#article' : '#figures'}>{article ? t('thisArticleShort') : t('navFigures')}</a>
            {article ? <a href="#figures">{t('navFigures')}</a> : null}
            <a href="#timeline">{t('navTimeline')}</a>
          </nav>
        ) : null}
      </header>
      <main class="panel-main" data-testid="panel">
        {data.status === 'loading' ? <Loading what={t('loadingDataset')} /> : null}
        {data.status === 'error' ? <CacheError error={data.error} onOpenOptions={onOpenOptions} onRetry={onRetry} /> : null}
        {data.status === 'ready' && !ready ? <EmptyDataset onOpenOptions={onOpenOptions} /> : null}
        {ready && tab.status === 'loading' ? <Loading what={t('loadingTab')} /> : null}
        {ready && tab.status === 'ready' ? (
          article ? (
            <ArticleMode data={ready} tab={article} onReveal={onReveal} key={`${article.tabId}:${article.url}`} />
          ) : (
            <BrowseMode data={ready} reading={tab.reading?.reading ?? null} onReadPage={onReadPage} />
          )
        ) : null}
      </main>
    </div>
  );
}

function useLookups(data: PanelData) {
  return useMemo(() => {
    const byMetric = figuresByMetric(data.figures);
    return {
      sources: new Map(data.sources.map((source) => [source.id, source])),
      metrics: new Map(data.metrics.map((metric) => [metric.id, metric])),
      byMetric,
      ordered: metricsByCoverage(data.metrics, byMetric),
      week: findDenseWindow(data.events),
    };
  }, [data]);
}

/** The tab's article: its figures, each against every source, then the timeline with its events marked. */
function ArticleMode({ data, tab, onReveal }: { data: PanelData; tab: TabReading; onReveal: PanelProps['onReveal'] }) {
  const { sources, metrics, byMetric, ordered, week } = useLookups(data);
  const reading = useMemo(() => relinkReading(tab.reading, data), [tab.reading, data]);
  const { touched } = useMemo(() => splitMetrics(reading, ordered), [reading, ordered]);
  const others = ordered.filter((metric) => !touched.includes(metric));
  const mentions = useMemo(() => mentionsOf(reading), [reading]);
  const [requested, setRequested] = useState<{ metricId: string; key: string } | null>(null);
  return (
    <>
      {reading.complete === false && <PartialReading figures={reading.figures.length} />}
      <ArticleSection
        tab={tab}
        reading={reading}
        metrics={metrics}
        figuresByMetric={byMetric}
        sources={sources}
        onReveal={onReveal}
        onCompare={(figure) => setRequested({ metricId: figure.metric!, key: `${figure.value}|${figure.qualifier}` })}
      />
      <section class="panel-section" aria-labelledby="figures-heading" id="figures" data-testid="figures">
        <h2 id="figures-heading">{t('figuresAcross')}</h2>
        {touched.length ? (
          <p class="hint">What this article states, against what every other source in the dataset says.</p>
        ) : (
          <p class="empty">This article states none of the dataset’s figures.</p>
        )}
        {touched.map((metric) => (
          <MetricComparison
            key={metric.id}
            metric={metric}
            figures={byMetric.get(metric.id) ?? []}
            sources={sources}
            reading={reading}
            statements={articleStatements(reading, metric.id)}
            requested={requested?.metricId === metric.id ? requested : undefined}
          />
        ))}
        {others.length ? (
          <Fold summary={t('otherFigures', others.length)} testId="other-metrics">
            <p class="hint">Figures the sources report that this article does not state.</p>
            <MetricList metrics={others} byMetric={byMetric} sources={sources} />
          </Fold>
        ) : null}
      </section>
      <Timeline events={data.events} week={week} mentions={mentions} sources={sources} />
    </>
  );
}

/** Two of the story's own names, as examples of what the filter finds. */
const exampleNames = (data: PanelData) =>
  (data.meta?.story.actors ?? [])
    .filter((actor) => actor.role === 'anchor' || actor.role === 'related')
    .slice(0, 2)
    .map((actor) => actor.name)
    .join(', ');

/** No article in the tab: every metric and the whole timeline, narrowed by a filter. */
function BrowseMode({ data, reading, onReadPage }: { data: PanelData; reading: ArticleReading | null; onReadPage?: PanelProps['onReadPage'] }) {
  const { sources, byMetric, ordered, week } = useLookups(data);
  const [query, setQuery] = useState('');
  const words = filterWords(query);
  // Folded once per dataset, not once per keystroke: an imported dataset can be large.
  const searchable = useMemo(
    () => ({
      metrics: ordered.map((metric) => ({ metric, text: metricSearchText(metric, byMetric.get(metric.id) ?? [], sources) })),
      events: data.events.map((event) => ({ event, text: eventSearchText(event, sources) })),
    }),
    [ordered, byMetric, sources, data.events],
  );
  const metrics = words.length ? searchable.metrics.filter((m) => matchesWords(m.text, words)).map((m) => m.metric) : ordered;
  const events = words.length ? searchable.events.filter((e) => matchesWords(e.text, words)).map((e) => e.event) : data.events;
  return (
    <>
      <NoArticle reading={reading} story={data.meta?.story.title ?? ''} onReadPage={onReadPage} />
      <form role="search" class="filter" onSubmit={(event) => event.preventDefault()} aria-label="Filter the dataset">
        <label for="filter-input">{t('filterLabel')}</label>
        <input
          id="filter-input"
          type="search"
          value={query}
          placeholder={t('filterPlaceholder', exampleNames(data))}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => setQuery(event.currentTarget.value)}
          data-testid="filter-input"
          aria-describedby="filter-count"
        />
        <p id="filter-count" class="hint" role="status" data-testid="filter-count">
          {words.length ? `${plural(metrics.length, 'metric')} and ${plural(events.length, 'event')} match.` : `${plural(metrics.length, 'metric')} and ${plural(events.length, 'event')}.`}
        </p>
      </form>
      <section class="panel-section" aria-labelledby="figures-heading" id="figures" data-testid="figures">
        <h2 id="figures-heading">{t('figuresAcross')}</h2>
        {metrics.length ? (
          <MetricList metrics={metrics} byMetric={byMetric} sources={sources} key={query} />
        ) : (
          <p class="empty">{words.length ? 'No figure matches the filter.' : 'The dataset holds no figures.'}</p>
        )}
      </section>
      <Timeline events={events} week={week} mentions={NO_MENTIONS} sources={sources} filtered={words.length > 0} />
    </>
  );
}

const NO_MENTIONS: ReadonlyMap<string, readonly string[]> = new Map();

/** Each event the article dates, with the article's own words for the date. */
function mentionsOf(reading: ArticleReading): Map<string, string[]> {
  const mentions = new Map<string, string[]>();
  for (const date of reading.dates) {
    if (!date.event) continue;
    const texts = mentions.get(date.event) ?? [];
    if (!texts.includes(date.text)) texts.push(date.text);
    mentions.set(date.event, texts);
  }
  return mentions;
}

function MetricList({ metrics, byMetric, sources }: { metrics: Metric[]; byMetric: ReadonlyMap<string, readonly Figure[]>; sources: ReadonlyMap<string, Source> }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      {metrics.slice(0, shown).map((metric) => (
        <MetricSpread key={metric.id} metric={metric} figures={byMetric.get(metric.id) ?? []} sources={sources} />
      ))}
      {metrics.length > shown ? (
        <button type="button" class="more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, metrics.length - shown)} more of {metrics.length}
        </button>
      ) : null}
    </>
  );
}

/** A folded part whose contents are built only once it is opened: large datasets stay fast. */
function Fold({ summary, testId, children }: { summary: string; testId: string; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="fold" data-testid={testId} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
