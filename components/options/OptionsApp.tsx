import { useEffect, useState } from 'preact/hooks';
import type { CrosscheckDb, LoadRecord } from '../../utils/storage/db';
import { readDatasetMeta } from '../../utils/storage/dataset-load';
import { loadSettings, saveSettings, settingsItem } from '../../utils/storage/settings-store';
import type { Settings } from '../../utils/schema';
import { useLiveQuery, useStorageValue } from '../hooks';
import { formatTimestamp } from '../format';
import { BundledOffer } from './BundledOffer';
import { DatasetActions } from './DatasetActions';
import { DatasetSummary, type DatasetStatus } from './DatasetSummary';
import { ProblemList } from './ProblemList';
import { SettingsForm } from './SettingsForm';
import { useDatasetActions } from './useDatasetActions';
import { t } from '../i18n';

async function readStatus(db: CrosscheckDb): Promise<DatasetStatus> {
  const [meta, lastLoad, sources] = await Promise.all([
    readDatasetMeta(db),
    db.meta.get('last-load'),
    db.sources.orderBy('id').toArray(),
  ]);
  return { meta, lastLoad: lastLoad?.key === 'last-load' ? lastLoad : null, sources };
}

/** The options page: the cached dataset, the actions that reload it, and the settings. */
export function OptionsApp({ db }: { db: CrosscheckDb }) {
  const status = useLiveQuery(() => readStatus(db), [db]);
  const stored = useStorageValue(settingsItem, loadSettings);
  const actions = useDatasetActions();
  const [saveProblems, setSaveProblems] = useState<string[]>([]);
  // The repair writes the fixed settings back, which makes the next read clean: keep the notice.
  const [repairNotes, setRepairNotes] = useState<string[]>([]);
  useEffect(() => {
    if (stored?.repaired.length) setRepairNotes(stored.repaired);
  }, [stored]);

  // What the reader just chose, shown at once: the stored value catches up a moment later, and
  // a second change made before it does must build on the first, not on the stored value.
  const [draft, setDraft] = useState<Settings | null>(null);
  useEffect(() => {
    if (draft && stored && JSON.stringify(stored.settings) === JSON.stringify(draft)) setDraft(null);
  }, [stored, draft]);
  const change = async (next: Settings) => {
    setDraft(next);
    const problems = await saveSettings(next);
    setSaveProblems(problems);
    if (problems.length) setDraft(null);
  };

  const theme = (draft ?? stored?.settings)?.theme ?? 'system';
  // The story the cached dataset follows, in its own words (the code names none).
  const story = status.status === 'ready' ? (status.value.meta?.story.title ?? null) : null;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <main>
      <header class="page-header">
        <h1>Crosscheck</h1>
        <p class="lede">{story ? t('optionsLede', story) : t('optionsLedeNoStory')}</p>
      </header>

      <section aria-labelledby="dataset-heading">
        <h2 id="dataset-heading">{t('datasetHeading')}</h2>
        {status.status === 'loading' ? <p class="hint">Reading the local cache…</p> : null}
        {status.status === 'error' ? (
          <ProblemList title="The local cache could not be read:" problems={[status.error]} testId="cache-error" />
        ) : null}
        {status.status === 'ready' ? (
          <>
            <LastLoadProblems lastLoad={status.value.lastLoad} />
            <BundledOffer meta={status.value.meta} onLoad={actions.sync} busy={actions.state.kind === 'running'} />
            <DatasetSummary status={status.value} />
          </>
        ) : null}
        <DatasetActions state={actions.state} onSync={actions.sync} onImport={actions.importFile} onReset={actions.reset} />
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('readingHeading')}</h2>
        {stored ? (
          <>
            <ProblemList
              title="Some stored settings were damaged and have been put back to their defaults:"
              problems={repairNotes}
              testId="settings-repaired"
            />
            <SettingsForm settings={draft ?? stored.settings} onChange={change} />
            <ProblemList title="These settings could not be saved:" problems={saveProblems} />
          </>
        ) : (
          <p class="hint">Reading your settings…</p>
        )}
      </section>
    </main>
  );
}

/** A failed load stays visible after the page is reopened, until a load succeeds. */
function LastLoadProblems({ lastLoad }: { lastLoad: LoadRecord | null }) {
  if (!lastLoad || lastLoad.ok) return null;
  const what = lastLoad.origin === 'import' ? `Importing ${lastLoad.fileName ?? 'a file'}` : 'Syncing the bundled dataset';
  return (
    <ProblemList
      testId="last-load-problems"
      title={`${what} failed on ${formatTimestamp(lastLoad.at)}; the cached data below was kept.`}
      problems={lastLoad.problems}
    />
  );
}
