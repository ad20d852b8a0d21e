/**
 * A page decides the text every reading step runs over. Each step must take time linear in the
 * text on adversarial input, not only on the cases known today: one page whose reading is
 * quadratic stalls the background for every tab (issue 10, finding 1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDates } from '../../utils/reading/background/dates';
import { findOtherSubjects } from '../../utils/reading/background/link';
import { readNumbers } from '../../utils/reading/background/numbers';
import { linkReading, readExtracted } from '../../utils/reading/background/read';
import { assessTopic } from '../../utils/reading/background/topic';
import { detectArticle } from '../../utils/reading/pipeline';
import { extractPage } from '../../utils/reading/page/extract-page';
import type { ExtractedPage } from '../../utils/schema';
import { BUNDLED, BUNDLED_INDEX } from '../support/bundled';
import { parseHtml } from './dom';
import { worstGrowth } from './growth';
import { knownArticle } from '../../scripts/lib/known-article';

/** Repeats a motif to exactly `length` characters. */
const repeat = (motif: string, length: number) => motif.repeat(Math.ceil(length / motif.length)).slice(0, length);

describe('the other-apps pattern', () => {
  it.each([
    ['"Aé" repeated', 'Aé'],
    ['Cyrillic after capitals', 'AЖ'],
    ['capitals before a comma that never comes', 'ÉAbcDé'],
  ])('reads %s in time that grows linearly', (_name, motif) => {
    const { ratio, length } = worstGrowth((text: string) => findOtherSubjects(text, BUNDLED_INDEX), (n) => repeat(motif, n), { to: 256 * 1024 });
    expect(ratio, `${length} characters`).toBeLessThan(8);
  }, 60_000);

  it('still finds the apps an article introduces', () => {
    expect(findOtherSubjects('Lumio, a two-year-old video app, said 702,900 people joined. ÉLumio, an app.', BUNDLED_INDEX)).toEqual(['lumio']);
    expect(findOtherSubjects('RedNote, the app, and Lemon8, a ByteDance app', BUNDLED_INDEX)).toEqual([]);
  });
});

// Adversarial pieces: runs of capitals, mixed scripts, digits and separators, punctuation, CJK,
// and the words the readers look for. Three families, because the worst inputs are long runs of
// one kind: letters of several scripts with no space, or digits and separators with no word.
const letters = fc.constantFrom('A', 'Z', 'É', 'Ж', 'Ω', 'a', 'é', 'ж', 'Aé', 'AЖ', 'RedNote', 'TikTok', 'Xiaohongshu', '小红书', '万');
const numeric = fc.constantFrom(...'0123456789,.，。 \u00a0-–/:'.split(''), '70万', '1月13日', '3亿');
const piece = fc.oneof(
  letters,
  numeric,
  fc.constantFrom(...';!?"“”()[]年月日号十七'.split(''), ', an app', ', the ', 'more than', 'million', 'Jan.', 'Monday', 'U.S.', 'No.', 'users'),
  fc.tuple(fc.constantFrom('A', 'É', '7', ',', ' ', '.', '万'), fc.integer({ min: 2, max: 200 })).map(([c, n]) => c.repeat(n)),
  fc.string({ maxLength: 8 }),
);
const motif = fc
  .oneof(fc.array(letters, { minLength: 1, maxLength: 24 }), fc.array(numeric, { minLength: 1, maxLength: 24 }), fc.array(piece, { minLength: 1, maxLength: 24 }))
  .map((parts) => parts.join(''))
  .filter((s) => s.length > 0);

/** An article page of `text` cut in paragraphs (about 2,000 characters each), for the page's readers. */
function pageHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs: string[] = [];
  for (let at = 0; at < text.length; at += 2_000) paragraphs.push(`<p>${escape(text.slice(at, at + 2_000))}</p>`);
  return `<!doctype html><html lang="en"><head><title>RedNote and TikTok refugees: ${escape(text.slice(0, 80))}</title>
<meta property="og:type" content="article"></head><body><article><h1>RedNote draws TikTok refugees</h1>${paragraphs.join('')}</article></body></html>`;
}

/** The page as the content script would send it: on-topic headline, the text in blocks. */
function extracted(text: string): ExtractedPage {
  const blocks: ExtractedPage['blocks'] = [{ role: 'headline', text: 'TikTok refugees flock to RedNote as the ban nears' }];
  for (let at = 0; at < text.length; at += 20_000) blocks.push({ role: 'body', text: text.slice(at, at + 20_000) });
  return { features: knownArticle(blocks), title: blocks[0]!.text, outlet: null, publishedAt: '2025-01-15', language: 'en', blocks };
}

const STEPS: [string, (length: number, motif: string) => unknown, (input: never) => unknown][] = [
  ['numbers', (n, m) => repeat(m, n), (text: string) => readNumbers(text, 'en')],
  ['dates', (n, m) => repeat(m, n), (text: string) => readDates(text, '2025-01-15')],
  ['topic', (n, m) => repeat(m, n), (text: string) => assessTopic({ title: text.slice(0, 500), text }, BUNDLED.story)],
  ['other apps', (n, m) => repeat(m, n), (text: string) => findOtherSubjects(text, BUNDLED_INDEX)],
  ['the background reading and linking', (n, m) => extracted(repeat(m, n)), (page: ExtractedPage) => linkReading(readExtracted(page, BUNDLED.story, BUNDLED_INDEX), BUNDLED_INDEX)],
  ['article detection', (n, m) => parseHtml(pageHtml(repeat(m, n))), (doc: Document) => detectArticle(doc)],
  ['extraction', (n, m) => parseHtml(pageHtml(repeat(m, n))), (doc: Document) => extractPage(doc)],
];

/**
 * Quadratic is 16 per quadrupling. Linear is 4, but megabyte strings outgrow the processor's
 * caches and a loaded machine (2 shared cores) measured linear steps at up to 9 at 512 KB.
 */
const LIMIT = 12;

describe('every reading step on adversarial text up to 1 MB', () => {
  it.each(STEPS)('%s grows linearly', (_name, prepare, run) => {
    fc.assert(
      fc.property(motif, (m) => {
        const { ratio, length } = worstGrowth(run as (input: unknown) => unknown, (n) => prepare(n, m), { from: 16 * 1024, to: 1024 * 1024, limit: LIMIT, trials: 2 });
        expect(ratio, `${JSON.stringify(m.slice(0, 60))} at ${length} characters`).toBeLessThan(LIMIT);
      }),
      { numRuns: 3 },
    );
  }, 240_000);
});
