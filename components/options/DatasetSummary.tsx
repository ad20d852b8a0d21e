import type { DatasetMeta, LoadRecord } from '../../utils/storage/db';
import type { Source } from '../../utils/schema';
import { formatPartialDate, formatTimestamp, plural } from '../format';
import { SourceList } from './SourceList';
import { t } from '../i18n';

export interface DatasetStatus {
  meta: DatasetMeta | null;
  lastLoad: LoadRecord | null;
  sources: Source[];
}

/** What the local cache holds: version, dates, counts and sources. */
export function DatasetSummary({ status }: { status: DatasetStatus }) {
  const { meta, sources } = status;
  if (!meta) {
    return (
      <p class="empty" data-testid="dataset-empty">
        The local cache is empty. Sync the bundled dataset to fill it.
      </p>
    );
  }
  return (
    <div data-testid="dataset-summary">
      <dl class="facts">
        <div>
          <dt>{t('factVersion')}</dt>
          <dd data-testid="dataset-version">{meta.version}</dd>
        </div>
        <div>
          <dt>{t('factBuilt')}</dt>
          <dd>{formatPartialDate({ date: meta.builtAt, precision: 'day' })}</dd>
        </div>
        <div>
          <dt>{t('factSynced')}</dt>
          <dd data-testid="dataset-synced">
            <time dateTime={meta.syncedAt}>{formatTimestamp(meta.syncedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('factFrom')}</dt>
          <dd data-testid="dataset-origin">{meta.origin === 'bundled' ? 'the bundled dataset' : `imported file ${meta.fileName ?? ''}`}</dd>
        </div>
      </dl>
      <ul class="counts" data-testid="dataset-counts" aria-label="Contents">
        <li>{plural(meta.counts.sources, 'source')}</li>
        <li>{plural(meta.counts.metrics, 'metric')}</li>
        <li>{plural(meta.counts.figures, 'figure')}</li>
        <li>{plural(meta.counts.events, 'event')}</li>
      </ul>
      <h3>{t('sourcesHeading')}</h3>
      <SourceList sources={sources} />
    </div>
  );
}
