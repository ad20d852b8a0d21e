import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MAX_DATASET_BYTES } from '../../utils/schema/dataset-input';
import type { LoadResult } from '../../utils/storage/dataset-load';
import { sendToBackground } from '../../utils/messages';
import { loadProgressMessage, type LoadProgressMessage } from '../../utils/schema';

export type ActionKind = 'sync' | 'import' | 'reset';

export type ActionState =
  | { kind: 'idle' }
  | { kind: 'running'; action: ActionKind; fileName?: string; progress: LoadProgressMessage | null }
  | { kind: 'finished'; action: ActionKind; fileName?: string; result: LoadResult };

/** Sync, import and reset, run by the background, with its progress messages folded in. */
export function useDatasetActions() {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });

  useEffect(() => {
    const listener = (raw: unknown) => {
      const parsed = loadProgressMessage.safeParse(raw);
      if (!parsed.success) return;
      setState((current) => (current.kind === 'running' ? { ...current, progress: parsed.data } : current));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  const run = async (action: ActionKind, task: () => Promise<LoadResult>, fileName?: string) => {
    setState({ kind: 'running', action, fileName, progress: null });
    let result: LoadResult;
    try {
      result = await task();
    } catch (error) {
      result = { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
    }
    setState({ kind: 'finished', action, fileName, result });
  };

  return {
    state,
    sync: () => run('sync', () => sendToBackground({ type: 'sync-bundled' })),
    reset: () => run('reset', () => sendToBackground({ type: 'reset' })),
    importFile: (file: File) =>
      run(
        'import',
        async () => {
          // Refused before reading: a huge file never reaches memory or the background.
          if (file.size > MAX_DATASET_BYTES) {
            return {
              ok: false,
              problems: [`file is too large: ${(file.size / 1048576).toFixed(1)} MB (the limit is ${MAX_DATASET_BYTES / 1048576} MB)`],
            };
          }
          return sendToBackground({ type: 'import-dataset', fileName: file.name.slice(0, 255) || 'dataset.json', text: await file.text() });
        },
        file.name,
      ),
  };
}
