/**
 * The background's wiring: the dataset service (install, update, sync, import, reset), the
 * reading service (each tab's article, linked; the badge), which tabs get the reader, the
 * messaging and the toolbar button.
 */
import { version as bundledVersion } from '../../assets/dataset.json';
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

/** Where the build puts the bundled dataset in the package. */
const BUNDLED_FILE = '/dataset.json';

/**
 * The bundled dataset, a file of the package (wxt.config.ts puts assets/dataset.json there): the
 * build checked it against the schema. The JSON's type is wider than the schema's.
 */
async function readBundledDataset(): Promise<Dataset> {
  // A build hook adds the file, which WXT's typed list of the package's paths does not know.
  const response = await fetch((browser.runtime.getURL as (path: string) => string)(BUNDLED_FILE));
  if (!response.ok) throw new Error(`${BUNDLED_FILE} answered ${response.status}`);
  return (await response.json()) as Dataset;
}

/**
 * The bundled dataset's file, read as soon as the service worker is being installed (the
 * extension was installed or updated: its own `install` event, which comes right after the
 * script's first evaluation, well before `runtime.onInstalled`), so that reading it overlaps
 * opening (on install, creating) the database. Taken once by the load; any other load reads the
 * file again. Firefox's background page gets no such event and reads it when it loads it.
 */
function bundledFile() {
  let early: Promise<Dataset> | null = null;
  (globalThis as unknown as EventTarget).addEventListener?.('install', () => {
    early = readBundledDataset();
    early.catch(() => {}); // its load reports the failure
  });
  return {
    read: (): Promise<Dataset> => {
      const file = early ?? readBundledDataset();
      early = null;
      return file;
    },
    /** Not loaded after all (the cache already holds this version): let it go. */
    drop: () => void (early = null),
  };
}

export function startBackground(): void {
  const file = bundledFile();
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
    bundled: { version: bundledVersion, read: file.read },
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
  // On every start of the background, not only on install or update: the load begins at once
  // instead of after the onInstalled event (50 ms later on the bench's first load), and a cache
  // emptied by the browser (storage pressure, "clear site data") refills on the next start.
  const ready = datasets.ensureBundled().catch(() => null);
  void ready.then(file.drop);
  // Tabs opened before the install, or restored at start-up, are looked at once the story is cached.
  browser.runtime.onInstalled.addListener(() => void ready.then(readerTabs.scan));
  browser.runtime.onStartup.addListener(() => void ready.then(readerTabs.scan));
  // A site taken off the list gets the reader again in its open tabs, without a reload; every
  // reader reads again, and its answer brings the new settings (the reader watches no storage).
  watchSettings(() => {
    void readerTabs.scan();
    void readerTabs.rereadAll();
  });
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
