import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/**
 * What each room of the code may import (see utils/README.md). A content script runs in every
 * article a reader opens, so it carries no validator (zod), no database (Dexie), no schema values
 * and no panel or options code; pure code runs anywhere, so it touches no browser API.
 */
const BROWSER_API = [
  { name: 'wxt/browser', message: 'pure code takes no browser API: pass what it needs as an argument' },
  { name: 'webextension-polyfill', message: 'pure code takes no browser API: pass what it needs as an argument' },
];
const pattern = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });
const NO_STORAGE = pattern('^(\.\./)+(storage|background)/', 'pure code does not reach the cache or the background: take the data as an argument');
const NO_UI = pattern('(^|/)components/|^preact', 'pure code renders nothing');
const NO_VALIDATOR = [
  pattern('^zod(/|$)', 'the content script carries no validator library (size budget): check by hand, as utils/content/incoming.ts does'),
  pattern('^dexie$', 'the content script has no database: the cache belongs to the extension origin; ask the background by message'),
  pattern('(^|/)schema(/(index|dataset|settings|reading|outline|messages|primitives|dataset-input))?$', 'the content script imports the schema types only (import type …)', true),
  pattern('(^|/)components/(panel|options)/', 'the side panel and options views stay out of the content script'),
  pattern('(^|/)(storage|background)/|/reading/background/', 'the content script does not carry the background’s code'),
];

const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench-results/**', 'demo-output/**', 'eval-results/**', 'reports/**', '.stryker-tmp/**'] },
  ...tseslint.configs.recommended,
  {
    // A page decides what text the reading code runs its patterns over: a pattern that can
    // backtrack super-linearly lets one page stall the background for every tab (issue 10).
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['utils/core/**', 'utils/schema/**'],
    rules: restrict(BROWSER_API, [NO_STORAGE, NO_UI, pattern('^dexie$', 'pure code does not open the database')]),
  },
  {
    files: ['utils/reading/**'],
    rules: restrict(BROWSER_API, [NO_STORAGE, NO_UI, pattern('^dexie$|^zod(/|$)', 'the reading pipeline validates nothing and stores nothing: it runs in Node too')]),
  },
  {
    files: ['utils/reading/page/**'],
    rules: restrict(BROWSER_API, [
      NO_STORAGE,
      NO_UI,
      pattern('^dexie$|^zod(/|$)', 'the reading pipeline validates nothing and stores nothing: it runs in Node too'),
      pattern('(^|/)background/', 'what runs in the page does not carry the background’s readers (numbers, dates, topic, links)'),
    ]),
  },
  {
    // The extension's origin renders nothing of its own here: the views are the panel's, the
    // options page's and the card's. Their words are not views (the background words each mark's
    // accessible name with components/card/mark-label.ts and components/i18n.ts).
    files: ['utils/background/**', 'utils/storage/**'],
    rules: restrict([], [
      // Case-sensitive: a view's module is named for its component (HoverCard), a wording module is not (mark-label).
      { ...pattern('^preact|\\.tsx$|(^|/)components/(panel|options)/|(^|/)components/card/[A-Z]', 'the background and the cache render nothing: views belong to the panel, options and card'), caseSensitive: true },
    ]),
  },
  {
    files: ['utils/content/**', 'entrypoints/*.content/**', 'entrypoints/*.content.ts', 'entrypoints/reader.ts', 'entrypoints/card.ts', 'components/card/**'],
    rules: restrict([], NO_VALIDATOR),
  },
);
