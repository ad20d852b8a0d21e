/** Size budgets of the built extension, asserted on the build `npm test` makes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadSourceTexts, locateShared, textsRequired } from '../../scripts/lib/source-texts';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('the content scripts stay small', () => {
  const KiB = 1024;
  const manifestScripts = (build: string) => {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };
    return manifest.content_scripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  };
  it.each([
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ])('%s: the gate every page gets is at most 5 KiB gzipped', (_, build) => {
    const files = manifestScripts(build);
    expect(files.length).toBeGreaterThan(0);
    expect(files.reduce((sum, file) => sum + gzipped(join(build, file)), 0)).toBeLessThanOrEqual(5 * KiB);
  });

  it.each([
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ])('%s: the reader it loads on likely articles is at most 30 KiB gzipped', (_, build) => {
    expect(gzipped(join(build, 'reader-main.js'))).toBeLessThanOrEqual(30 * KiB);
  });

  it('ships no source maps or test code', () => {
    const all = readdirSync(CHROME_BUILD, { recursive: true }) as string[];
    expect(all.filter((f) => f.endsWith('.map') || /fixtures|seeds/.test(f))).toEqual([]);
  });
});

const shared = locateShared();
if (!shared.found) console.warn(`budget.test.ts: ${textsRequired() ? 'failing' : 'skipping'} the check that no article text is packaged: ${shared.reason}`);

describe.skipIf(!shared.found && !textsRequired())(`the article texts stay out of the package${shared.found ? '' : ` (skipped: ${shared.reason})`}`, () => {
  it('holds no paragraph of the seed articles or the corpus pages, only short quotes (required when CI=true)', () => {
    expect(shared.found ? '' : shared.reason).toBe('');
    const texts = loadSourceTexts(shared.dir);
    const paragraphs = [...texts.bySeed.values(), ...texts.byUrl.values()]
      .flatMap((article) => article.text.split(/\n+/))
      .map((line) => line.trim())
      .filter((line) => line.length > 250);
    expect(paragraphs.length).toBeGreaterThan(100);
    const bundle = (readdirSync(CHROME_BUILD, { recursive: true }) as string[])
      .filter((file) => /\.(js|json|html|css)$/.test(file))
      .map((file) => readFileSync(join(CHROME_BUILD, file), 'utf8'))
      .join('\n');
    expect(paragraphs.filter((paragraph) => bundle.includes(paragraph.slice(0, 220)))).toEqual([]);
  });
});
