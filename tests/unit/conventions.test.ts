/**
 * Conventions the project keeps, checked: thin entrypoints, every npm script documented, every
 * fixture page saying what it is for, explicit imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
      const code = read(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const missing = AUTO_IMPORTS.filter(([use, imported]) => use.test(code) && !imported.test(code)).map(([use]) => use.source);
      expect(missing).toEqual([]);
    },
  );
});
