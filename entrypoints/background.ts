import bundled from '../assets/dataset.json';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenInBackground } from '../utils/background-messages';
import { createDatasetService } from '../utils/dataset-service';
import { getDb } from '../utils/db';
import { createReadingService } from '../utils/reading-service';
import { settingsItem } from '../utils/settings-store';
import { tabReadings } from '../utils/tab-readings';
import { setBadge, setUpToolbarButton } from '../utils/toolbar';

export default defineBackground(() => {
  const db = getDb();
  const datasets = createDatasetService({
    db,
    bundled,
    // No page may be listening (options closed): that is not an error.
    broadcast: (message) => void browser.runtime.sendMessage(message).catch(() => {}),
    clearSettings: () => settingsItem.removeValue(),
  });
  const readings = createReadingService({ db, store: tabReadings, setBadge });

  listenInBackground({
    ...datasets.handlers,
    'read-article': ({ url, page }, sender) => {
      if (sender.tab?.id === undefined) return Promise.reject(new Error('refused: "read-article" comes from a tab'));
      return readings.read(sender.tab.id, url, page);
    },
  });
  browser.runtime.onInstalled.addListener(() => void datasets.ensureBundled());
  // A cache emptied by the browser (storage pressure, "clear site data") refills on next start.
  browser.runtime.onStartup.addListener(() => void datasets.ensureBundled());
  browser.tabs.onRemoved.addListener((tabId) => void readings.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page is loading in the tab: the old reading no longer describes it.
    if (change.status === 'loading' && change.url !== undefined) void readings.forget(tabId);
  });
  setUpToolbarButton();
});
