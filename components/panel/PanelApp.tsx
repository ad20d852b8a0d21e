import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messages';
import type { CrosscheckDb } from '../../utils/storage/db';
import { readPanelData } from '../../utils/storage/panel-data';
import { loadSettings, settingsItem } from '../../utils/storage/settings-store';
import { useLiveQuery, useStorageValue } from '../hooks';
import { revealFigure, useFollowedTab, useTabReading } from './follow-tab';
import { Panel } from './Panel';

/**
 * The panel wired to the browser: the dataset as a live query (a sync or an import elsewhere
 * re-renders it), the followed tab's reading, the reader's theme, and messages to the tab.
 */
export function PanelApp({ db, fixedTabId }: { db: CrosscheckDb; fixedTabId: number | null }) {
  const data = useLiveQuery(() => readPanelData(db), [db]);
  const tabId = useFollowedTab(fixedTabId);
  const tab = useTabReading(tabId);
  const stored = useStorageValue(settingsItem, loadSettings);
  const theme = stored?.settings.theme ?? 'system';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <Panel
      data={data}
      tab={tab}
      onReveal={(figure) => (typeof tabId === 'number' ? revealFigure(tabId, figure) : Promise.resolve('no-answer'))}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onRetry={() => location.reload()}
      onReadPage={typeof tabId === 'number' ? () => sendToBackground({ type: 'read-page', tabId }) : undefined}
    />
  );
}
