import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);
/** What runs in web pages: the browser's own extension API, not webextension-polyfill. */
const IN_PAGES = new Set(['reader', 'card']);

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader (and a test) sees where every name comes from.
  imports: false,
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Marks the numbers in TikTok and RedNote news and shows what every other outlet reported for them.',
    // storage: settings; contextMenus: "Crosscheck this page" (no install warning in Chrome or
    // Firefox, where it is the `menus` API under its portable name); sidePanel: Chrome's panel
    // (Firefox uses sidebar_action, no permission); scripting: Chrome's way to put the reader into
    // a tab (Firefox's MV2 has tabs.executeScript).
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel', 'scripting'])],
    // No content script: the background reads each tab's title and address (visible through
    // these host permissions, without "tabs") and puts the reader only into tabs that name the
    // story. Firefox's MV2 build lists these sites under permissions.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The toolbar button: its badge counts the page's linked figures; a click opens the panel.
    action: { default_title: 'Crosscheck' },
    // The interface's words are in public/_locales/<language>/messages.json.
    default_locale: 'en',
    // A shortcut to the marks (rebindable at chrome://extensions/shortcuts or in Firefox's add-on
    // manager): Crosscheck's focus targets come after the page's last element in Tab order.
    commands: {
      'focus-next-mark': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandFocusNextMark__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'crosscheck@crosscheck.example',
              // 140: the first release with the CSS Custom Highlight API and data-collection declarations.
              strict_min_version: '140.0',
              // Nothing leaves the browser: Crosscheck collects no data at all.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  hooks: {
    // The background loads the bundled dataset without validating it again (its first load on
    // install is a third faster): a dataset the schema rejects never makes it into a build.
    'build:before': async () => {
      const { validateDataset } = await import('./utils/schema/dataset-input');
      const bundled = JSON.parse(readFileSync(new URL('./assets/dataset.json', import.meta.url), 'utf8'));
      const checked = validateDataset(bundled);
      if (!checked.ok) throw new Error(`assets/dataset.json is not a valid dataset:\n${checked.problems.join('\n')}`);
    },
    // The bundled dataset is a file of the package, read by the background only when it loads it
    // (utils/background/start.ts): inside the background's script it was half of what every
    // start of the service worker parses. Written without the file's indentation.
    'build:publicAssets': (_wxt, files) => {
      const text = readFileSync(new URL('./assets/dataset.json', import.meta.url), 'utf8');
      files.push({ relativeDest: 'dataset.json', contents: JSON.stringify(JSON.parse(text)) });
    },
    // The scripts injected into pages take the extension API as the browser gives it (WXT's own
    // `wxt/browser`) instead of webextension-polyfill, which would be a third of the reader's size
    // and start-up time: the calls they make return promises in Chrome (MV3) and Firefox alike,
    // and their message listener answers with sendResponse. The extension's pages and the
    // background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => IN_PAGES.has(entrypoint.name))) return;
      const alias = config.resolve?.alias ?? [];
      const entries = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: require.resolve('wxt/browser') }, ...entries],
      };
      // Every page that names the story downloads and compiles these: terser, given the whole
      // script as one scope, makes them about 5% smaller gzipped than the default minifier
      // (measured on reader.js and card.js; the size budgets are in tests/e2e/budget.test.ts).
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: {
          ecma: 2020,
          toplevel: true,
          compress: { passes: 3, pure_getters: true },
          mangle: { toplevel: true },
          // V8's compile hint (Chrome 136+; other engines read a comment): compile every function
          // with the script rather than each on its first call, parsing it once instead of twice.
          // The reader calls nearly all of its functions on an article's first read: its main-thread
          // time on the short article fell by a sixth to a third in paired runs (bench).
          format: { preamble: '//# allFunctionsCalledOnLoad' },
        },
      };
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
    // CROSSCHECK_SOURCEMAP=1 for size analysis (which module costs what in a bundle).
    build: { target: 'es2022', sourcemap: process.env.CROSSCHECK_SOURCEMAP === '1' },
  }),
});
