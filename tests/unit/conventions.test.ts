/**
 * Conventions the project keeps, checked: thin entrypoints, every npm script documented, every
 * fixture page saying what it is for, explicit imports, one job a file, and import boundaries
 * between the rooms of utils/ that the linter really enforces.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const walk = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => (statSync(join(ROOT, dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

describe('conventions', () => {
  it('documents every npm script in the README', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
    const readme = read('README.md');
    const internal = new Set(['postinstall', 'pretest', 'typecheck', 'lint']);
    const undocumented = scripts.filter((name) => !internal.has(name) && !readme.includes(name === 'test' ? 'npm test' : `npm run ${name}`));
    expect(undocumented).toEqual([]);
  });

  it.each(walk('entrypoints').filter((f) => /\.(ts|tsx)$/.test(f)))('keeps %s thin: wiring only, under 40 lines', (file) => {
    expect(read(file).split('\n').length).toBeLessThanOrEqual(40);
  });

  it.each(walk('tests/fixtures/pages').filter((f) => f.endsWith('.html')))('%s says what it is for in its first lines', (file) => {
    expect(read(file).trimStart().startsWith('<!--')).toBe(true);
  });

  const AUTO_IMPORTS: [RegExp, RegExp][] = [
    [/\bbrowser\.[a-z]/, /import \{[^}]*\bbrowser\b[^}]*\} from 'wxt\/browser'/],
    [/\bdefineBackground\(/, /from 'wxt\/utils\/define-background'/],
    [/\bdefineContentScript\(/, /from 'wxt\/utils\/define-content-script'/],
    [/\bstorage\.(defineItem|getItem|setItem|watch|removeItem)\(/, /import \{[^}]*\bstorage\b[^}]*\} from 'wxt\/utils\/storage'/],
  ];
  it.each([...walk('entrypoints'), ...walk('utils'), ...walk('components')].filter((f) => /\.(ts|tsx)$/.test(f)))(
    '%s imports what WXT would otherwise auto-import',
    (file) => {
      const code = read(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*/g, '');
      const missing = AUTO_IMPORTS.filter(([use, imported]) => use.test(code) && !imported.test(code)).map(([use]) => use.source);
      expect(missing).toEqual([]);
    },
  );

  it.each([...walk('entrypoints'), ...walk('utils'), ...walk('components'), ...walk('scripts')].filter((f) => /\.(ts|tsx|mjs)$/.test(f)))(
    '%s does one job: at most 400 lines',
    (file) => {
      expect(read(file).split('\n').length).toBeLessThanOrEqual(400);
    },
  );

  it('keeps at most a handful of loose files at the top of utils/', () => {
    expect(readdirSync(join(ROOT, 'utils')).filter((name) => statSync(join(ROOT, 'utils', name)).isFile() && name.endsWith('.ts')).length).toBeLessThanOrEqual(5);
  });
});

describe('import boundaries, as the linter enforces them', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const restricted = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  };

  it.each([
    ['utils/content/probe.ts', "import { z } from 'zod/mini';", true],
    ['utils/content/probe.ts', "import Dexie from 'dexie';", true],
    ['utils/content/probe.ts', "import { dataset } from '../schema';", true],
    ['utils/content/probe.ts', "import type { Dataset } from '../schema';", false],
    ['utils/content/probe.ts', "import { Panel } from '../../components/panel/Panel';", true],
    ['utils/content/probe.ts', "import { readNumbers } from '../reading/background/numbers';", true],
    ['utils/content/probe.ts', "import { getDb } from '../storage/db';", true],
    ['utils/content/probe.ts', "import { readBlock } from '../reading/page/extract';", false],
    ['components/card/Probe.tsx', "import { z } from 'zod/mini';", true],
    ['utils/core/probe.ts', "import { browser } from 'wxt/browser';", true],
    ['utils/core/probe.ts', "import { getDb } from '../storage/db';", true],
    ['utils/core/probe.ts', "import type { Figure } from '../schema';", false],
    ['utils/reading/page/probe.ts', "import { readNumbers } from '../background/numbers';", true],
    ['utils/reading/background/probe.ts', "import { browser } from 'wxt/browser';", true],
    ['utils/reading/background/probe.ts', "import { readNumbers } from './numbers';", false],
    ['utils/reading/probe.ts', "import { readExtracted } from './background/read';", false],
    ['utils/background/probe.ts', "import { z } from 'zod/mini';", false],
    ['utils/background/probe.ts', "import { markLabel } from '../../components/card/mark-label';", false],
    ['utils/background/probe.ts', "import { HoverCard } from '../../components/card/HoverCard';", true],
    ['utils/storage/probe.ts', "import { Panel } from '../../components/panel/Panel';", true],
    ['utils/storage/probe.ts', "import { h } from 'preact';", true],
  ])('%s: %s → refused %s', async (file, code, refused) => {
    expect((await restricted(file, `${code}\nexport const probe = 1;\n`)).length > 0).toBe(refused);
  });
});
