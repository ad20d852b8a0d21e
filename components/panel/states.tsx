import type { OnDemand } from '../../utils/background/reader-tabs';
import type { ArticleReading } from '../../utils/schema';
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
      <h2 id="empty-heading">The local dataset is empty</h2>
      <p>
        Crosscheck compares figures with a dataset kept in this browser, and it holds nothing right now (it may have been cleared with the
        browser’s data). Load the bundled dataset again from the options page: <em>Sync bundled dataset</em>.
      </p>
      <button type="button" class="primary" onClick={onOpenOptions} data-testid="open-options">
        Open Crosscheck’s options
      </button>
    </section>
  );
}

/** The cache could not be read (IndexedDB refused, a broken upgrade). */
export function CacheError({ error, onOpenOptions, onRetry }: { error: string; onOpenOptions: () => void; onRetry: () => void }) {
  return (
    <section class="state problems" data-testid="panel-error" role="alert" aria-labelledby="error-heading">
      <h2 id="error-heading" class="problems-title">
        The local dataset could not be read
      </h2>
      <p>
        <code>{error}</code>
      </p>
      <p>Try again; if it keeps failing, the options page can reset the cache and load the bundled dataset.</p>
      <p class="buttons">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={onOpenOptions}>
          Open options
        </button>
      </p>
    </section>
  );
}

/** The tab holds no article about the story; say why when Crosscheck read it. */
export function NoArticle({ reading, onReadPage }: { reading: ArticleReading | null; onReadPage?: () => Promise<OnDemand> }) {
  const read = reading !== null;
  return (
    <section class="notice" data-testid="panel-no-article" aria-labelledby="no-article-heading">
      <h2 id="no-article-heading">No article about the story in this tab</h2>
      <p>
        {read
          ? reading.article
            ? 'Crosscheck read this page: it is an article, but not about TikTok users moving to RedNote.'
            : 'Crosscheck looked at this page: it is not a news article.'
          : 'Crosscheck marks figures in news articles about the January 2025 move of “TikTok refugees” to RedNote; this tab shows none it has read.'}{' '}
        Everything the dataset holds is below.
      </p>
      {onReadPage ? <ReadThisPage onRead={onReadPage} reading={reading} /> : null}
      {read && (reading.topicReasons.length || reading.articleSignals.length) ? (
        <details class="reasons">
          <summary>What Crosscheck found</summary>
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
