/** Size budgets of the built extension, asserted on the build `npm test` makes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadSourceTexts, locateShared, textsRequired } from '../../scripts/lib/source-texts';
import { CARD_SCRIPT, MARKS_STYLE, READER_SCRIPT } from '../../utils/background/inject';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('what pages get stays small', () => {
  const KiB = 1024;
  it.each([
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ])('%s: no page gets a content script from the manifest', (_, build) => {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { content_scripts?: unknown[] };
    expect(manifest.content_scripts).toBeUndefined();
  });

  // What an article gets before anyone hovers, focuses or taps a mark: the reader (reading and
  // marking) and the stylesheet of its highlights; the card's UI (Preact, the comparison, their
  // styles) follows on first use.
  const beforeUse = (build: string) => [READER_SCRIPT, MARKS_STYLE].reduce((sum, file) => sum + gzipped(join(build, file)), 0);
  it.each([
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ])('%s: an article gets at most 15 KiB gzipped before any interaction', (_, build) => {
    expect(beforeUse(build)).toBeLessThanOrEqual(15 * KiB);
  });

  it.each([
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ])('%s: and at most 30 KiB gzipped with the hover card', (_, build) => {
    const card = gzipped(join(build, CARD_SCRIPT));
    // The card's UI is its own file, not in the reader: otherwise the first budget means nothing.
    expect(card).toBeGreaterThan(5 * KiB);
    expect(readFileSync(join(build, READER_SCRIPT), 'utf8')).not.toContain('cc-comparison');
    expect(beforeUse(build) + card).toBeLessThanOrEqual(30 * KiB);
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
