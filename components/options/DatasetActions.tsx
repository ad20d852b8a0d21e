import type { ActionKind, ActionState } from './useDatasetActions';
import { ProblemList } from './ProblemList';
import { plural } from '../format';
import { t } from '../i18n';

const PHASES = { waiting: 'Waiting for another load to finish…', validating: 'Checking the dataset…', writing: 'Writing to the local cache…', done: 'Finishing…' };
const VERBS: Record<ActionKind, string> = { sync: 'Sync', import: 'Import', reset: 'Reset' };

interface Props {
  state: ActionState;
  onSync: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
}

/** The buttons that reload the cache, and what happened when they were last used. */
export function DatasetActions({ state, onSync, onImport, onReset }: Props) {
  const busy = state.kind === 'running';
  return (
    <div class="actions">
      <div class="buttons">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus while it runs. */}
        <button type="button" class="primary" onClick={() => busy || onSync()} aria-disabled={busy} data-testid="sync-button">
          {t('syncBundled')}
        </button>
        <label class={`button${busy ? ' disabled' : ''}`}>
          {t('importFile')}
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            data-testid="import-input"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared so that choosing the same file again imports it again.
              input.value = '';
              if (file) onImport(file);
            }}
          />
        </label>
        <button
          type="button"
          class="danger"
          aria-disabled={busy}
          onClick={() => {
            if (!busy && confirm('Reset Crosscheck? This forgets your settings and any imported dataset, then loads the bundled dataset.')) onReset();
          }}
        >
          {t('reset')}
        </button>
      </div>
      <div class="status" role="status" aria-live="polite" data-testid="action-status">
        {state.kind === 'running' ? <Running state={state} /> : null}
        {state.kind === 'finished' && state.result.ok ? (
          <p class="success" data-testid="action-success">
            {VERBS[state.action]} done: version {state.result.meta.version} is cached, with{' '}
            {plural(state.result.meta.counts.figures, 'figure')} from {plural(state.result.meta.counts.sources, 'source')}.
          </p>
        ) : null}
      </div>
      {state.kind === 'finished' && !state.result.ok ? (
        <ProblemList
          testId="action-problems"
          title={`${VERBS[state.action]} failed${state.fileName ? ` for ${state.fileName}` : ''}: nothing was changed. ${state.result.problems.length === 1 ? 'The problem' : 'The problems'}:`}
          problems={state.result.problems}
        />
      ) : null}
    </div>
  );
}

function Running({ state }: { state: Extract<ActionState, { kind: 'running' }> }) {
  const progress = state.progress;
  const writing = progress?.phase === 'writing' && progress.total > 0;
  return (
    <div class="progress" data-testid="action-progress">
      <p>{progress ? PHASES[progress.phase] : `${VERBS[state.action]} started…`}</p>
      {writing ? (
        <progress max={progress.total} value={progress.done} aria-label="Rows written">
          {progress.done} of {progress.total}
        </progress>
      ) : (
        <progress aria-label="Working" />
      )}
    </div>
  );
}
