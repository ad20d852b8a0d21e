import { describe, expect, it } from 'vitest';
import { outlinePage } from '../../utils/content/outline';
import { extractOutline, extractOutlineNow, fingerprint, placesOf } from '../../utils/reading/background/read-outline';
import type { ExtractedPage } from '../../utils/schema';
import { hugeArticleHtml, loadPage, parseHtml } from './dom';

/** An article written for this test; its lede runs across inline elements, its last paragraph over a line break. */
const ARTICLE = `<!doctype html><html lang="en"><head><title>TikTok refugees flock to RedNote</title>
<meta property="article:published_time" content="2025-01-15"></head><body><nav><a>Home</a></nav><article>
<h1>TikTok refugees flock to RedNote</h1>
<p>More than <b>700,000</b> new users joined <i>RedNote</i> in two days, the company said on Tuesday, as the TikTok ban neared and creators looked for a new home.</p>
<p>The app, known as Xiaohongshu in China, has about 300 million monthly users, most of them in China, and few of them had met an American before this week.</p>
<p>Lemon8 rose to No. 2 among free apps.<br>Analysts said 3 million people had tried both.</p>
</article></body></html>`;

function read() {
  const { outline } = outlinePage(parseHtml(ARTICLE));
  const { blocks } = extractOutlineNow(outline);
  const blockOf = (start: string) => blocks.findIndex((b) => b.text.startsWith(start));
  return { outline, blocks, place: placesOf(blocks), blockOf };
}

describe("where a figure is in the page, by the outline's text nodes", () => {
  it.each([
    // [phrase, the block it starts, the text nodes it runs over]
    ['More than', 'More than', ['More than ']],
    ['700,000', 'More than', ['700,000']],
    ['than 700,000 new', 'More than', ['More than ', '700,000', ' new users joined ']],
    ['700,000 new users joined RedNote in', 'More than', ['700,000', ' new users joined ', 'RedNote', ' in two days']],
    ['and creators looked for a new home.', 'More than', [' in two days']],
    ['300 million', 'The app', ['The app']],
    ['TikTok refugees', 'TikTok refugees', ['TikTok refugees']],
    ['No. 2', 'Lemon8', ['Lemon8']],
    ['3 million people', 'Lemon8', ['Analysts']],
  ])('finds "%s"', (phrase, startOfBlock, runs) => {
    const { outline, blocks, place, blockOf } = read();
    const block = blockOf(startOfBlock);
    const start = blocks[block]!.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const at = place({ block, start, end: start + phrase.length })!;
    const [first, from, last, to] = at;
    // The nodes it names are the ones the phrase runs over, and the text between its ends is the phrase.
    const texts = outline.texts.map((text, i) => (outline.tags[i] === '' ? text : null));
    const between = texts.slice(first, last + 1).filter((text): text is string => text !== null);
    expect(between[0]!.startsWith(runs[0]!)).toBe(true);
    expect(between.at(-1)!.startsWith(runs.at(-1)!)).toBe(true);
    expect(between).toHaveLength(runs.length);
    const text = first === last ? between[0]!.slice(from, to) : `${between[0]!.slice(from)}${between.slice(1, -1).join('')}${between.at(-1)!.slice(0, to)}`;
    expect(text).toBe(phrase);
    // Asked again (the cached block), the same.
    expect(place({ block, start, end: start + phrase.length })).toEqual(at);
  });

  it('names the nodes and offsets of a figure in a bold run exactly', () => {
    const { outline, blocks, place, blockOf } = read();
    const block = blockOf('More than');
    const start = blocks[block]!.text.indexOf('700,000');
    const bold = outline.texts.indexOf('700,000');
    expect(place({ block, start, end: start + 7 })).toEqual([bold, 0, bold, 7]);
    expect(place({ block, start: start - 5, end: start + 3 })).toEqual([bold - 2, 5, bold, 3]);
    const tail = ' in two days, the company said on Tuesday, as the TikTok ban neared and creators looked for a new home.';
    expect(place({ block, start: 0, end: blocks[block]!.text.length })).toEqual([bold - 2, 0, outline.texts.indexOf(tail), tail.length]);
  });

  it.each([
    ['an empty span', () => ({ start: 4, end: 4 }), 'Lemon8'],
    ['a span that ends before it starts', () => ({ start: 9, end: 4 }), 'Lemon8'],
    ['a span starting on the line break', (text: string) => ({ start: text.indexOf('\n'), end: text.indexOf('\n') + 9 }), 'Lemon8'],
    ['a span ending on the line break', (text: string) => ({ start: text.indexOf('No. 2'), end: text.indexOf('\n') + 1 }), 'Lemon8'],
    ['a span past the end of its block', (text: string) => ({ start: text.length - 3, end: text.length + 1 }), 'Lemon8'],
    ['a span wholly past the end', (text: string) => ({ start: text.length, end: text.length + 5 }), 'Lemon8'],
  ])('answers null for %s', (_, span, startOfBlock) => {
    const { blocks, place, blockOf } = read();
    const block = blockOf(startOfBlock);
    expect(place({ block, ...span(blocks[block]!.text) })).toBeNull();
  });

  it('answers null for a block the page does not have', () => {
    const { blocks, place } = read();
    expect(place({ block: blocks.length, start: 0, end: 3 })).toBeNull();
    expect(place({ block: -1, start: 0, end: 3 })).toBeNull();
    expect(placesOf([])({ block: 0, start: 0, end: 3 })).toBeNull();
  });
});

describe("a reading's key", () => {
  const page = (): ExtractedPage => extractOutlineNow(outlinePage(parseHtml(ARTICLE)).outline).page;
  const withBlock = (p: ExtractedPage, i: number, change: Partial<ExtractedPage['blocks'][number]>) => ({ ...p, blocks: p.blocks.map((b, k) => (k === i ? { ...b, ...change } : b)) });

  it('is the same for the same page read again, and a base-36 number of at most 53 bits', () => {
    const key = fingerprint(page());
    expect(fingerprint(page())).toBe(key);
    expect(fingerprint(extractOutlineNow(outlinePage(parseHtml(ARTICLE)).outline).page)).toBe(key);
    const keys = ['wire-local-news.html', 'no-head.html', 'german-rednote.html', 'forum-thread.html'].map((name) => fingerprint(extractOutlineNow(outlinePage(loadPage(name)).outline).page));
    for (const k of [key, ...keys]) {
      expect(k).toMatch(/^[0-9a-z]{1,11}$/);
      expect(parseInt(k, 36)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    }
    expect(new Set([key, ...keys]).size).toBe(5);
  });

  it.each([
    ['another title', (p: ExtractedPage) => ({ ...p, title: 'TikTok refugees flock to Lemon8' })],
    ['no title', (p: ExtractedPage) => ({ ...p, title: null })],
    ['another date', (p: ExtractedPage) => ({ ...p, publishedAt: '2025-01-16' })],
    ['another language', (p: ExtractedPage) => ({ ...p, language: 'de' })],
    ['a digit moved from one measure to the next', (p: ExtractedPage) => ({ ...p, features: { ...p.features, prose: 12, substantial: 3 } }), (p: ExtractedPage) => ({ ...p, features: { ...p.features, prose: 1, substantial: 23 } })],
    ['a measure more', (p: ExtractedPage) => ({ ...p, features: { ...p.features, prose: p.features.prose + 1 } })],
    ['a block less', (p: ExtractedPage) => ({ ...p, blocks: p.blocks.slice(0, -1) })],
    ['a block as a caption', (p: ExtractedPage) => withBlock(p, 1, { role: 'caption' })],
    ['a word changed at its start', (p: ExtractedPage) => withBlock(p, 1, { text: `Fewer${p.blocks[1]!.text.slice(4)}` })],
    ['a word more at its end', (p: ExtractedPage) => withBlock(p, 1, { text: `${p.blocks[1]!.text} Really.` })],
    ['a character changed at 64', (p: ExtractedPage) => withBlock(p, 1, { text: `${p.blocks[1]!.text.slice(0, 63)}#${p.blocks[1]!.text.slice(64)}` })],
  ])('changes with %s', (_, change, from = (p: ExtractedPage) => p) => {
    expect(fingerprint(change(page()))).not.toBe(fingerprint(from(page())));
  });

  // Only a block's start and length count: a figure edited in a long paragraph's middle keeps the
  // key (its marks are placed again on the next full read), and hashing the whole text of a
  // 4-million-character page on every reread would cost more than it saves.
  it('keeps with a character changed past 64 in a block, its length kept', () => {
    const p = page();
    expect(fingerprint(withBlock(p, 1, { text: `${p.blocks[1]!.text.slice(0, 64)}#${p.blocks[1]!.text.slice(65)}` }))).toBe(fingerprint(p));
  });
});

describe('the article in an outline, in slices', () => {
  it('pauses between slices and finds what the read in one go finds', async () => {
    const { outline } = outlinePage(parseHtml(hugeArticleHtml(5_000)));
    let pauses = 0;
    const sliced = await extractOutline(outline, { pause: async () => void pauses++, sliceMs: 0 });
    expect(pauses).toBeGreaterThan(3);
    expect(sliced.page).toEqual(extractOutlineNow(outline).page);
    let unsliced = 0;
    expect((await extractOutline(outline, { pause: async () => void unsliced++ })).page).toEqual(sliced.page);
    // Without a slice length only the passes' own pauses: fewer.
    expect(unsliced).toBeLessThan(pauses);
    expect((await extractOutline(outline)).page).toEqual(sliced.page);
  });

  it('lets the rest of the background run between its slices by default', async () => {
    const { outline } = outlinePage(parseHtml(hugeArticleHtml(5_000)));
    let served = false;
    setTimeout(() => (served = true), 0);
    await extractOutline(outline, { sliceMs: 0 });
    expect(served).toBe(true);
  });
});
