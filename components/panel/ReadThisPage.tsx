import { useEffect, useState } from 'preact/hooks';
import type { OnDemand } from '../../utils/background/reader-tabs';

type Status = { kind: 'idle' } | { kind: 'reading' } | { kind: 'refused'; reason: string };

/**
 * "Read this page": Crosscheck reads by itself only the pages whose title or address names the
 * story; this reads the tab whatever its title says (it still has to be an article about the
 * story to be marked). The status holds until the tab's reading comes back (`reading` changes).
 */
export function ReadThisPage({ onRead, reading }: { onRead: () => Promise<OnDemand>; reading: unknown }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => setStatus({ kind: 'idle' }), [reading]);
  const read = async () => {
    setStatus({ kind: 'reading' });
    try {
      const outcome = await onRead();
      setStatus(outcome.reading ? { kind: 'reading' } : { kind: 'refused', reason: outcome.reason });
    } catch (error) {
      setStatus({ kind: 'refused', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <p class="read-page">
      <button type="button" onClick={() => void read()} disabled={status.kind === 'reading'} data-testid="read-page">
        Read this page
      </button>{' '}
      <span role="status" data-testid="read-page-status">
        {status.kind === 'reading' ? 'Reading the page…' : status.kind === 'refused' ? `Crosscheck cannot read this tab: ${status.reason}.` : ''}
      </span>
    </p>
  );
}
