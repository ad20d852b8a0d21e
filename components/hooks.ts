import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The state of a Dexie query that re-runs whenever the tables it read change (in any context). */
export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}

/** What `read` makes of a storage item, read again whenever the item changes anywhere in the extension. */
export function useStorageValue<T>(item: { watch(callback: () => void): () => void }, read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void read().then((v) => alive && setValue(v));
    const unwatch = item.watch(() => void read().then((v) => alive && setValue(v)));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}
