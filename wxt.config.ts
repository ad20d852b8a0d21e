import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

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
    // storage: settings; sidePanel: Chrome's panel (Firefox uses sidebar_action, no permission).
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel', 'scripting'])],
    // The same sites the gate content script already runs on, so the background may load the
    // reader into a page whose gate found a likely article (Firefox's MV2 build lists these
    // under permissions). No new install warning: the content script implies the same access.
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
    // The gate content script (`reader`) runs on every page and sends one message: it takes the
    // extension API as the browser gives it (WXT's own `wxt/browser`) instead of
    // webextension-polyfill, which would be most of its size and start-up time. Everything else,
    // the reader it loads included, keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'reader')) return;
      const alias = config.resolve?.alias ?? [];
      const entries = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: require.resolve('wxt/browser') }, ...entries],
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
