/**
 * Detection and extraction stay linear in the page, whatever its shape: four times the page must
 * take about four times as long (under 8: quadratic would be 16). Pages generated in the shapes of
 * the evaluation's structures, parsed before timing (the parser is not ours).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/reading/page/extract-page';
import { growthRatio } from './growth';
import { parseHtml } from './dom';

const SENTENCE = 'RedNote gained more than 700,000 users in two days, a person close to the company said, as TikTok users braced for a ban.';
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>RedNote draws TikTok users | Test</title>${head}</head><body>${body}</body></html>`;

/** Shapes and the page sizes they are timed at (nesting is cheap per level, so it is timed deeper). */
const SHAPES: [string, (n: number) => string, number?][] = [
  ['div soup with hashed classes', (n) => page(`<div class="css-a1"><div class="css-b2">RedNote draws TikTok users</div><div class="css-c3">${Array.from({ length: n }, (_, i) => (i % 2 ? `<div class="css-p${i % 7}"><span class="css-s1">${SENTENCE}</span></div>` : `<div class="css-p${i % 7}">${SENTENCE}</div>`)).join('')}</div></div>`)],
  ['one table cell of <br>-broken text', (n) => page(`<table><tr><td><font size="5"><b>RedNote draws TikTok users</b></font></td></tr><tr><td>${Array.from({ length: n }, () => SENTENCE).join('<br><br>')}</td></tr></table>`)],
  ['a live blog of many updates', (n) => page(`<h1>RedNote draws TikTok users</h1><div class="feed">${Array.from({ length: n }, (_, i) => `<div class="post"><div class="post-meta"><time datetime="2025-01-19">${i}</time></div><div class="post-body"><p>${SENTENCE}</p></div><div class="post-share"><a href="#">Share this update</a></div></div>`).join('')}</div>`)],
  ['paragraphs between boxes of links and forms', (n) => page(`<h1>RedNote draws TikTok users</h1><div class="entry-content">${Array.from({ length: n }, (_, i) => `<p>${SENTENCE}</p>${i % 3 ? '' : '<div class="x"><a href="/a">Another story about apps and their users</a><a href="/b">And one more story to read</a></div><div class="y"><input type="email"><p>Sign up for the digest.</p></div>'}`).join('')}</div>`)],
  ['a listing of teasers', (n) => page(`<h1>Tag: RedNote</h1>${Array.from({ length: n }, (_, i) => `<div class="excerpt"><h2><a href="/p/${i}">RedNote draws TikTok users, part ${i}</a></h2><p>${SENTENCE}</p></div>`).join('')}`)],
  ['nesting that deepens with the page', (n) => page(`<h1>RedNote draws TikTok users</h1>${'<div>'.repeat(n / 4)}${Array.from({ length: n / 4 }, () => `<p>${SENTENCE}</p>`).join('')}${'</div>'.repeat(n / 4)}`), 2_000],
  ['wrappers named like furniture, nested around the article', (n) => page(`${'<div class="menu-wrap sidebar-layout">'.repeat(n / 4)}<h1>RedNote draws TikTok users</h1>${Array.from({ length: n / 4 }, () => `<p>${SENTENCE}</p>`).join('')}${'</div>'.repeat(n / 4)}`), 2_000],
];

describe('detection and extraction grow linearly with the page', () => {
  it.each(SHAPES)('%s', (_shape, make, size = 600) => {
    const docs = new Map([
      ['small', parseHtml(make(size))],
      ['large', parseHtml(make(size * 4))],
    ]);
    expect(extractPage(docs.get('large')!).page.features?.prose).toBeGreaterThan(0);
    expect(growthRatio((key) => extractPage(docs.get(key)!), 'small', 'large')).toBeLessThan(8);
  }, 60_000);
});

