/**
 * Firefox ESR with the Firefox build of the extension (Manifest V2) installed, driven by
 * puppeteer-core over WebDriver BiDi; fixture pages come from the same 127.0.0.1 server as the
 * Chromium tests.
 *
 * Extension pages are opened at a base URL known in advance: the pref
 * `extensions.webextensions.uuids` maps the add-on id to a fixed internal UUID, which Firefox uses
 * when it installs the add-on. Two Firefox limits shape how they are driven:
 * - WebDriver BiDi refuses to navigate to moz-extension:// ("Navigation … is not allowed in this
 *   context") unless Firefox runs with `--remote-allow-system-access`;
 * - it reports no navigation events for extension documents (extension contexts are not
 *   supported yet, bug 1755014), so puppeteer's `page.goto` and `page.reload` never resolve there.
 *   `gotoExtensionPage` sends `browsingContext.navigate` itself and waits for the load.
 * Everything else (`page.evaluate`, `$eval`, `waitForSelector`, `click`, `keyboard`,
 * `uploadFile`) works in extension pages as in web pages.
 *
 * Firefox must not reach the network (only 127.0.0.1 exists here, and CI must not depend on
 * Mozilla's servers): prefs turn off everything that phones home, and whatever still tries goes
 * to a local proxy that refuses it and records it (`blockedRequests`). 127.0.0.1 is never proxied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { countRowsInExtension, eventually, FIREFOX_BUILD, serveFixtures, startRefusingProxy, type FixtureServer } from './harness';

export { eventually };

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const ADDON_ID = 'crosscheck@crosscheck.example';
/** The internal UUID Firefox gives the add-on in these tests, so its pages have a known URL. */
export const EXTENSION_UUID = '6f1c7c5e-3b0a-4d8e-9a51-c20e5d7b1a42';
export const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}/`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Fixture pages on 127.0.0.1; `fixtures.url('wire-local-news.html')`. */
  fixtures: FixtureServer;
  /** `moz-extension://<uuid>/`. */
  baseUrl: string;
  extensionUrl(path: string): string;
  /** A new tab showing `url` (absolute, or a fixture path), loaded. */
  openPage(url: string): Promise<Page>;
  /** A new tab showing an extension page: `options.html`, `sidepanel.html?tab=3`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Loads an extension page in an existing tab; also the way to reload one. */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /** Requests Firefox made to anywhere but 127.0.0.1, refused: `CONNECT host:443`, `GET http://…`. */
  blockedRequests: string[];
  close(): Promise<void>;
}

/**
 * Prefs that keep Firefox off the network, on top of puppeteer's and the Remote Agent's own
 * (which already stop updates, most telemetry and safebrowsing, but point some services at
 * `dummy.test`, a name Firefox then tries to resolve).
 */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  // Remote settings: a data: URL makes Firefox skip every sync. Release builds ignore this pref
  // unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the environment (see launchFirefox).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Updates of the browser, add-ons, system add-ons, media plugins, search engines, regions.
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.webservice.discoverURL': '',
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'browser.search.update': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  // Telemetry, studies, experiments, crash reports, health reports.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.healthreport.documentServerURI': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
  'browser.tabs.crashReporting.sendReport': false,
  // Connectivity probes, captive portal, DNS over HTTPS, push, time servers.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'network.sntp.pools': '',
  // Safebrowsing and tracking-protection lists.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'privacy.trackingprotection.enabled': false,
  'security.OCSP.enabled': 0,
  // Guesses ahead of the page: prefetch, speculative connections.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  // New-tab page content, accounts, geolocation.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'identity.fxaccounts.enabled': false,
  'geo.provider.network.url': '',
};

function checkBuild(build: string): void {
  const manifestPath = join(build, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build of the extension at ${build}: run \`npm run build:firefox\` first (npm test does it for you).`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (id !== ADDON_ID) {
    throw new Error(`${manifestPath} is not the Firefox build (add-on id ${JSON.stringify(id)}, expected ${ADDON_ID}): run \`npm run build:firefox\`.`);
  }
}

/** The BiDi browsing context behind a puppeteer page (not in puppeteer's public types). */
function browsingContextOf(page: Page): { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> } {
  const context = (page.mainFrame() as unknown as { browsingContext?: { navigate?: unknown } }).browsingContext;
  if (typeof context?.navigate !== 'function') {
    throw new Error('puppeteer-core no longer exposes the BiDi browsing context of a frame; update gotoExtensionPage in tests/e2e/firefox-harness.ts.');
  }
  return context as ReturnType<typeof browsingContextOf>;
}

/** Firefox ESR, headless, with the Firefox build of the extension installed. One per test file. */
export async function launchFirefox({ build = FIREFOX_BUILD, executablePath = FIREFOX } = {}): Promise<FirefoxWithExtension> {
  checkBuild(build);
  if (!existsSync(executablePath)) {
    throw new Error(`Firefox is not installed at ${executablePath}: run \`node scripts/ensure-browsers.mjs firefox\` (or point FIREFOX_PATH at it).`);
  }
  const proxy = await startRefusingProxy();
  const fixtures = await serveFixtures();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      args: ['--remote-allow-system-access'],
      // Lets release builds honour services.settings.server (see QUIET_PREFS).
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
      },
    });
    const installed = await browser.installExtension(build);
    if (installed !== ADDON_ID) throw new Error(`Firefox installed ${installed}, expected ${ADDON_ID}`);
  } catch (error) {
    await closeBrowser(browser);
    await Promise.all([fixtures.close(), proxy.close()]);
    throw error;
  }
  const firefox = browser;

  const extensionUrl = (path: string) => `${EXTENSION_BASE}${path.replace(/^\//, '')}`;

  async function gotoExtensionPage(page: Page, path: string): Promise<void> {
    const url = extensionUrl(path);
    // Firefox shows an empty page, not an error, for a file the add-on does not have.
    const file = new URL(url).pathname;
    if (!existsSync(join(build, file))) throw new Error(`The Firefox build has no ${file.slice(1)} (looked in ${build}).`);
    const notOurs = 'Firefox did not give the add-on the UUID from extensions.webextensions.uuids';
    await browsingContextOf(page)
      .navigate(url, 'complete')
      // An unknown moz-extension host fails with NS_ERROR_NOT_AVAILABLE.
      .catch((error: Error) => Promise.reject(new Error(`Firefox could not open ${url} (${error.message.split('\n')[0]}): ${notOurs}?`)));
    const where = await page.evaluate(() => ({
      href: location.href,
      addonId: (globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id,
    }));
    if (where.addonId !== ADDON_ID || where.href !== url) {
      throw new Error(`Opening ${url} showed ${where.href} (add-on ${where.addonId ?? 'none'}): ${notOurs}.`);
    }
  }

  return {
    browser: firefox,
    fixtures,
    baseUrl: EXTENSION_BASE,
    extensionUrl,
    async openPage(url) {
      const page = await firefox.newPage();
      await page.goto(/^[a-z]+:/.test(url) ? url : fixtures.url(url), { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await firefox.newPage();
      await gotoExtensionPage(page, path);
      return page;
    },
    gotoExtensionPage,
    blockedRequests: proxy.refused,
    async close() {
      await closeBrowser(firefox);
      await Promise.all([fixtures.close(), proxy.close()]);
      if (proxy.refused.length > 0) {
        console.warn(`Firefox tried to reach the network ${proxy.refused.length} times (refused):\n  ${[...new Set(proxy.refused)].join('\n  ')}`);
      }
    },
  };
}

/** Closes Firefox, and kills it if it does not close in time: no test run leaves one behind. */
async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const child = browser.process();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), 10_000)));
  const result = await Promise.race([browser.close().catch(() => 'failed' as const), timedOut]);
  clearTimeout(timer);
  if (result !== undefined && child && child.exitCode === null) child.kill('SIGKILL');
}

/** The rendered text of the first element matching `selector`; throws if there is none. */
export async function text(page: Page, selector: string): Promise<string> {
  const found = await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? null, selector);
  if (found === null) throw new Error(`no element matches ${selector}`);
  return found;
}

const extensionPages = new WeakMap<FirefoxWithExtension, Promise<Page>>();
const tabIds = new WeakMap<Page, number>();

/**
 * Runs `fn` in the extension's content-script sandbox of `page`, with the card's closed shadow
 * root, which only that sandbox holds (`UI_ROOT` in utils/content/overlay.ts): through
 * `tabs.executeScript` from one of the extension's pages, which shares the content scripts' scope
 * in Firefox. What the tests can do and a page's scripts cannot. `fn` is sent as source.
 */
export async function inUi<R, A = undefined>(firefox: FirefoxWithExtension, page: Page, fn: (root: ShadowRoot | null, arg: A) => R, arg?: A): Promise<R> {
  let opened = extensionPages.get(firefox);
  if (!opened) extensionPages.set(firefox, (opened = firefox.openExtensionPage('options.html')));
  const extensionPage = await opened;
  let tabId = tabIds.get(page);
  if (tabId === undefined) tabIds.set(page, (tabId = await tabIdOf(extensionPage, page)));
  const code = `(${fn.toString()})(document.querySelector('crosscheck-ui')?.crosscheckRoot ?? null, ${JSON.stringify(arg) ?? 'undefined'})`;
  const [result] = await extensionPage.evaluate(
    (id, source) => (globalThis as unknown as { browser: { tabs: { executeScript(id: number, d: { code: string }): Promise<unknown[]> } } }).browser.tabs.executeScript(id, { code: source }),
    tabId,
    code,
  );
  return result as R;
}

/**
 * The text of the first element matching `selector` in the card's closed shadow root; throws if
 * there is none yet.
 */
export async function shadowText(firefox: FirefoxWithExtension, page: Page, selector: string): Promise<string> {
  const found = await inUi(
    firefox,
    page,
    (root, s) => {
      if (!root) return { error: 'no crosscheck-ui with its shadow root' };
      const element = root.querySelector(s) as HTMLElement | null;
      return element ? { text: element.innerText } : { error: `nothing in the shadow root matches ${s}` };
    },
    selector,
  );
  if ('error' in found) throw new Error(found.error);
  return found.text;
}

/** Moves the mouse over the first element matching `selector` (scrolled into view). */
export async function hover(page: Page, selector: string): Promise<void> {
  await page.hover(selector);
}

/** Counts the extension's cached rows, read from an open extension page. */
export function countCachedRows(extensionPage: Page): Promise<Record<string, number>> {
  return extensionPage.evaluate(countRowsInExtension);
}

/**
 * The extension's tab id for `page`, asked from an open extension page (for
 * `sidepanel.html?tab=<id>`). `page` is brought to the front and the active tab is asked for,
 * which needs no "tabs" permission.
 */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extensionPage.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]> };
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    const [active] = await tabs.query({ active: true, currentWindow: true });
    return active?.id ?? null;
  });
  if (id === null) throw new Error('no active tab found');
  return id;
}
