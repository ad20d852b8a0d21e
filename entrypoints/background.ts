import bundled from '../assets/dataset.json';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDatasetService } from '../utils/dataset-service';
import { getDb } from '../utils/db';
import { listenInBackground } from '../utils/background-messages';
import { settingsItem } from '../utils/settings';

export default defineBackground(() => {
  const datasets = createDatasetService({
    db: getDb(),
    bundled,
    // No page may be listening (options closed): that is not an error.
    broadcast: (message) => void browser.runtime.sendMessage(message).catch(() => {}),
    clearSettings: () => settingsItem.removeValue(),
  });
  listenInBackground(datasets.handlers);
  browser.runtime.onInstalled.addListener(() => void datasets.ensureBundled());
  // A cache emptied by the browser (storage pressure, "clear site data") refills on next start.
  browser.runtime.onStartup.addListener(() => void datasets.ensureBundled());
});
