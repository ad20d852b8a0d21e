/**
 * The background's wiring: the dataset service (install, update, sync, import, reset), the
 * reading service (each tab's article, linked; the badge), the messaging and the toolbar button.
 */
import bundled from '../../assets/dataset.json';
import { browser } from 'wxt/browser';
import { listenInBackground } from './dispatch';
import { createDatasetService } from './dataset-service';
import { getDb } from '../storage/db';
import { createReadingService } from './reading-service';
import { settingsItem } from '../storage/settings-store';
import { tabReadings } from '../storage/tab-readings';
import { injectReader } from './inject';
import { setBadge, setUpToolbarButton } from './toolbar';
import { listenForCommands } from './commands';

export function startBackground(): void {
  const db = getDb();
  const readings = createReadingService({
    db,
    store: tabReadings,
    setBadge,
    askToReread: (tabId) => browser.tabs.sendMessage(tabId, { type: 'dataset-changed' }).then(() => {}),
  });
  const datasets = createDatasetService({
    db,
    bundled,
    // No page may be listening (options closed): that is not an error.
    broadcast: (message) => void browser.runtime.sendMessage(message).catch(() => {}),
    clearSettings: () => settingsItem.removeValue(),
    onLoaded: readings.relinkAll,
  });

  listenInBackground({
    ...datasets.handlers,
    'load-reader': async (_, sender) => {
      if (sender.tab?.id === undefined) throw new Error('refused: "load-reader" comes from a tab');
      await injectReader(sender.tab.id, sender.frameId ?? 0);
      return { loaded: true };
    },
    'read-article': ({ url, page }, sender) => {
      if (sender.tab?.id === undefined) return Promise.reject(new Error('refused: "read-article" comes from a tab'));
      return readings.read(sender.tab.id, url, page, sender);
    },
  });
  browser.runtime.onInstalled.addListener(() => void datasets.ensureBundled());
  // A cache emptied by the browser (storage pressure, "clear site data") refills on next start.
  browser.runtime.onStartup.addListener(() => void datasets.ensureBundled());
  browser.tabs.onRemoved.addListener((tabId) => void readings.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A page is loading in the tab (a new one, or the same again): the old reading no longer
    // describes it; the content script reads the page once it has loaded. (Without the "tabs"
    // permission the change carries no URL, so the status is all there is to go by.)
    if (change.status === 'loading') void readings.forget(tabId);
  });
  setUpToolbarButton();
  listenForCommands();
}
