import { useState } from 'preact/hooks';
import { compareStatement } from '../../utils/core/compare';
import { linkedFigures } from '../../utils/storage/panel-data';
import type { ArticleReading, Figure, FoundFigure, Metric, Source } from '../../utils/schema';
import type { TabReading } from '../../utils/storage/tab-readings';
import { pageStatement, ROLE_POSITION } from '../card/HoverCard';
import { formatPartialDate, plural } from '../format';
import type { RevealOutcome } from './follow-tab';
import { verdictBadge, whereWords } from '../verdict';
import { t } from '../i18n';

interface Props {
  tab: TabReading;
  /** The tab's reading, linked to the dataset shown. */
  reading: ArticleReading;
  metrics: ReadonlyMap<string, Metric>;
  figuresByMetric: ReadonlyMap<string, readonly Figure[]>;
  sources: ReadonlyMap<string, Source>;
  onReveal: (figure: FoundFigure) => Promise<RevealOutcome>;
  /** The reader follows a figure's "Compare" link: its comparison should show that statement. */
  onCompare: (figure: FoundFigure) => void;
}

type RevealState = { figure: FoundFigure; outcome: RevealOutcome | 'pending' } | null;

/** The article in the tab: what it is, why it counts, and its figures, each one a way back to the page. */
export function ArticleSection({ tab, reading, metrics, figuresByMetric, sources, onReveal, onCompare }: Props) {
  const figures = linkedFigures(reading);
  const unlinked = reading.figures.filter((figure) => figure.metric === null);
  const [reveal, setReveal] = useState<RevealState>(null);
  const outlet = reading.outlet ?? hostOf(tab.url);

  const select = async (figure: FoundFigure) => {
    setReveal({ figure, outcome: 'pending' });
    const outcome = await onReveal(figure);
    setReveal((current) => (current?.figure.id === figure.id ? { figure, outcome } : current));
  };

  return (
    <section class="panel-section article" aria-labelledby="article-heading" data-testid="article" id="article">
      <h2 id="article-heading">{t('thisArticleShort')}</h2>
      <p class="article-title" data-testid="article-title">
        <bdi>{reading.title ?? t('untitled')}</bdi>
      </p>
      <p class="article-meta">
        <span data-testid="article-outlet">{outlet}</span>
        {' · '}
        {reading.publishedAt ? (
          <time dateTime={reading.publishedAt} data-testid="article-date">
            {formatPartialDate({ date: reading.publishedAt, precision: 'day' })}
          </time>
        ) : (
          <span data-testid="article-date">{t('noDate')}</span>
        )}
      </p>
      <Reasons topic={reading.topicReasons} article={reading.articleSignals} />

      <h3 id="article-figures-heading">
        {t('itsFigures')} <span class="count">({figures.length})</span>
      </h3>
      {figures.length ? (
        <>
          <p class="hint" id="article-figures-hint">
            {t('itsFiguresHint')}
          </p>
          <ol class="article-figures" data-testid="article-figures" aria-labelledby="article-figures-heading" aria-describedby="article-figures-hint">
            {figures.map((figure) => (
              <ArticleFigure
                key={figure.id}
                figure={figure}
                metric={metrics.get(figure.metric!)}
                others={figuresByMetric.get(figure.metric!) ?? []}
                sources={sources}
                reading={reading}
                busy={reveal?.figure.id === figure.id && reveal.outcome === 'pending'}
                onSelect={select}
                onCompare={onCompare}
              />
            ))}
          </ol>
        </>
      ) : (
        <p class="empty">{t('noFigures')}</p>
      )}
      {unlinked.length ? (
        <p class="hint" data-testid="article-unlinked">
          {plural(unlinked.length, 'other number')} in it (such as “{unlinked[0]!.text}”) {unlinked.length === 1 ? 'is not a figure' : 'are not figures'} the
          dataset tracks.
        </p>
      ) : null}
      <p class={`reveal-status${reveal && reveal.outcome !== 'revealed' && reveal.outcome !== 'pending' ? ' reveal-problem' : ''}`} role="status" data-testid="reveal-status">
        {reveal ? revealMessage(reveal.figure, reveal.outcome) : ''}
      </p>
    </section>
  );
}

function revealMessage(figure: FoundFigure, outcome: RevealOutcome | 'pending'): string {
  switch (outcome) {
    case 'pending':
      return t('revealPending', figure.text);
    case 'revealed':
      return t('revealDone', figure.text);
    case 'missing':
      return `“${figure.text}” is not marked on the page now: the page or the dataset changed since Crosscheck read it. Reload the tab to mark it again.`;
    case 'no-answer':
      return t('revealNoAnswer');
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'Unknown outlet';
  }
}

function Reasons({ topic, article }: { topic: string[]; article: string[] }) {
  if (!topic.length && !article.length) return null;
  return (
    <details class="reasons" data-testid="article-reasons">
      <summary>{t('whyRead')}</summary>
      {topic.length ? (
        <>
          <p class="reasons-title">It is about the story:</p>
          <ul>
            {topic.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {article.length ? (
        <>
          <p class="reasons-title">It is a news article:</p>
          <ul>
            {article.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

interface FigureProps {
  figure: FoundFigure;
  metric: Metric | undefined;
  others: readonly Figure[];
  sources: ReadonlyMap<string, Source>;
  reading: ArticleReading;
  busy: boolean;
  onSelect: (figure: FoundFigure) => void;
  onCompare: (figure: FoundFigure) => void;
}

function ArticleFigure({ figure, metric, others, sources, reading, busy, onSelect, onCompare }: FigureProps) {
  const subject = metric ? pageStatement(figure, { metrics: [metric], reading }) : null;
  const verdict = subject ? compareStatement(subject, others, sources).verdict : null;
  const where = whereWords(ROLE_POSITION[figure.role]);
  return (
    <li class="article-figure" data-testid="article-figure" data-figure-id={figure.id} data-metric={figure.metric}>
      <button type="button" class="figure-button" data-testid="reveal-figure" aria-busy={busy} onClick={() => onSelect(figure)}>
        <span class="visually-hidden">{t('showOnPage')} </span>
        <span class="figure-line">
          <span class="figure-text">{figure.text}</span>
          {verdict ? (
            <>
              <span class="visually-hidden">, </span>
              <span class={`figure-verdict figure-${verdict}`}>{verdictBadge(verdict)}</span>
            </>
          ) : null}
        </span>
        <span class="figure-about">
          <span class="figure-where">{capitalise(where.replace(/^(the|a) /, ''))}</span>
          {' · '}
          <span class="figure-metric" dir="auto">{metric ? metric.label : t('metricGone')}</span>
        </span>
      </button>
      {metric ? (
        <a class="figure-compare" href={`#metric-${metric.id}`} aria-label={t('compareLabel', figure.text)} onClick={() => onCompare(figure)}>
          {t('compare')}
        </a>
      ) : null}
    </li>
  );
}
