/**
 * The background's wiring: the dataset service (install, update, sync, import, reset), the
 * reading service (each tab's article, linked; the badge), which tabs get the reader, the
 * messaging and the toolbar button.
 */
import bundled from '../../assets/dataset.json';
import type { Dataset } from '../schema';
import { browser } from 'wxt/browser';
import { listenInBackground } from './dispatch';
import { backgroundHandlers } from './handlers';
import { createDatasetService } from './dataset-service';
import { getDb } from '../storage/db';
import { readDatasetMeta } from '../storage/dataset-load';
import { createReadingService } from './reading-service';
import { settingsItem } from '../storage/settings-store';
import { tabReadings } from '../storage/tab-readings';
import { injectCard, injectReader } from './inject';
import { firstLookOf, watchReaderTabs, type TabsApi } from './reader-tabs';
import { isSiteDisabled, readSettings, watchSettings } from '../settings';
import { setBadge, setUpToolbarButton } from './toolbar';
import { listenForCommands } from './commands';
import { setUpContextMenu } from './context-menu';

export function startBackground(): void {
  const db = getDb();
  const readings = createReadingService({
    db,
    store: tabReadings,
    setBadge,
    askToReread: (tabId) => browser.tabs.sendMessage(tabId, { type: 'dataset-changed' }).then(() => {}),
    settings: readSettings,
  });
  const firstLook = firstLookOf(() => readDatasetMeta(db).then((meta) => meta?.story ?? null));
  const readerTabs = watchReaderTabs({
    tabs: browser.tabs as unknown as TabsApi,
    firstLook: firstLook.get,
    isSiteOff: async (url) => isSiteDisabled(new URL(url).hostname, (await readSettings()).disabledSites),
    inject: (tabId) => injectReader(tabId),
    readAgain: (tabId) => browser.tabs.sendMessage(tabId, { type: 'read-page' }).then(() => {}),
  });
  const datasets = createDatasetService({
    db,
    // The JSON's type is wider than the schema's; the build checked it against the schema.
    bundled: bundled as unknown as Dataset,
    // No page may be listening (options closed): that is not an error.
    broadcast: (message) => void browser.runtime.sendMessage(message).catch(() => {}),
    clearSettings: () => settingsItem.removeValue(),
    onLoaded: async () => {
      await readings.relinkAll();
      // Another story may be named by other tabs now.
      firstLook.forget();
      await readerTabs.scan();
    },
  });

  listenInBackground(backgroundHandlers({ datasets, readings, readerTabs, injectCard }));
  // Tabs opened before the install, or restored at start-up, are looked at once the story is cached.
  browser.runtime.onInstalled.addListener(() => void datasets.ensureBundled().then(readerTabs.scan));
  // A cache emptied by the browser (storage pressure, "clear site data") refills on next start.
  browser.runtime.onStartup.addListener(() => void datasets.ensureBundled().then(readerTabs.scan));
  // A site taken off the list gets the reader again in its open tabs, without a reload.
  watchSettings(() => void readerTabs.scan());
  browser.tabs.onRemoved.addListener((tabId) => void readings.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A page is loading in the tab (a new one, or the same again): the old reading no longer
    // describes it; the reader, if the new page gets one, reads it once it has loaded.
    if (change.status === 'loading') void readings.forget(tabId);
  });
  setUpToolbarButton();
  listenForCommands();
  setUpContextMenu(readerTabs.readOnDemand);
}
