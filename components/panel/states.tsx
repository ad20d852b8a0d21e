import type { OnDemand } from '../../utils/background/reader-tabs';
import type { ArticleReading } from '../../utils/schema';
import { t } from '../i18n';
import { ReadThisPage } from './ReadThisPage';

/** While the cache or the tab is read: said, not left blank. */
export function Loading({ what }: { what: string }) {
  return (
    <p class="state state-loading" data-testid="panel-loading" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true" />
      {what}
    </p>
  );
}

/** The cache holds no dataset: nothing to compare with until it is synced. */
export function EmptyDataset({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <section class="state state-empty" data-testid="panel-empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('emptyHeading')}</h2>
      <p>
        {t('emptyExplained')} <em>{t('syncBundled')}</em>.
      </p>
      <button type="button" class="primary" onClick={onOpenOptions} data-testid="open-options">
        {t('openOptionsLong')}
      </button>
    </section>
  );
}

/** The cache could not be read (IndexedDB refused, a broken upgrade). */
export function CacheError({ error, onOpenOptions, onRetry }: { error: string; onOpenOptions: () => void; onRetry: () => void }) {
  return (
    <section class="state problems" data-testid="panel-error" role="alert" aria-labelledby="error-heading">
      <h2 id="error-heading" class="problems-title">
        {t('cacheErrorHeading')}
      </h2>
      <p>
        <code>{error}</code>
      </p>
      <p>{t('cacheErrorHelp')}</p>
      <p class="buttons">
        <button type="button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
        <button type="button" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      </p>
    </section>
  );
}

/** The tab holds no article about the story; say why when Crosscheck read it. */
export function NoArticle({ reading, story, onReadPage }: { reading: ArticleReading | null; story: string; onReadPage?: () => Promise<OnDemand> }) {
  const read = reading !== null;
  return (
    <section class="notice" data-testid="panel-no-article" aria-labelledby="no-article-heading">
      <h2 id="no-article-heading">{t('noArticleHeading')}</h2>
      <p>
        {read
          ? reading.article
            ? t('noArticleOffTopic', story)
            : t('noArticleNotArticle')
          : t('noArticleUnread', story)}{' '}
        {t('noArticleBelow')}
      </p>
      {onReadPage ? <ReadThisPage onRead={onReadPage} reading={reading} /> : null}
      {read && (reading.topicReasons.length || reading.articleSignals.length) ? (
        <details class="reasons">
          <summary>{t('whatFound')}</summary>
          <ul>
            {[...reading.articleSignals, ...reading.topicReasons].map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** The background stopped reading the page at its time budget: what is shown is its start. */
export function PartialReading({ figures }: { figures: number }) {
  return (
    <p class="notice" data-testid="panel-partial" role="status">
      This page is too long to read completely: Crosscheck read its start ({figures === 1 ? '1 figure' : `${figures} figures`}) and stopped, so
      that reading it would not hold up your other tabs.
    </p>
  );
}
