/**
 * The evaluation's page structures, filled with an article written for this test (the corpus is
 * not needed): every template places what it says it places, and the reading recovers every
 * paragraph and no furniture from each article structure and refuses each non-article. The
 * same checks `npm run eval` runs on the corpus, here on every machine.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/reading/page/extract-page';
import { normalise, type EvalArticle } from '../../scripts/eval/pages';
import { REFUSAL_STRUCTURES } from '../../scripts/eval/refusals';
import { ARTICLE_STRUCTURES, briefOf } from '../../scripts/eval/structures';
import { parseHtml } from './dom';
import { detectArticle } from '../../utils/reading/pipeline';

const block = (text: string, heading = false) => ({ text, heading, furniture: false });

const ARTICLE: EvalArticle = {
  id: 'test-rednote-arrivals',
  kind: 'corpus',
  label: 'positive',
  url: 'https://news.example/rednote-arrivals',
  title: 'TikTok users pour into RedNote as the ban deadline nears',
  outlet: 'Test Herald',
  date: '2025-01-15',
  language: 'en',
  sourceIds: [],
  blocks: [
    block('Americans worried about losing TikTok have spent the week signing up for RedNote, a Chinese app that few of them had opened before Monday.'),
    block('More than 700,000 new users joined in two days, a person close to the company said, and the app climbed to the top of the U.S. download chart.'),
    block('Who is arriving', true),
    block('Many of the newcomers call themselves TikTok refugees. They post introductions in English and ask longtime users, nearly all of them in China, for help.'),
    block('The app has about 300 million monthly users and was valued at $17 billion by investors last year, according to people familiar with its finances.'),
    block('A U.S. law requires ByteDance to sell TikTok by January 19 or see it banned, and the Supreme Court is expected to rule on it within days.'),
    block('Analysts say sign-ups are not the same as daily use, and that many accounts opened in a rush may be abandoned once the deadline has passed.'),
    // The source page's own furniture, which came with its text.
    { text: 'Edited by Sam Rivers', heading: false, furniture: true },
  ],
};

const others: EvalArticle[] = ['Lemon8 climbs the charts too', 'What the Supreme Court heard on Friday', 'How RedNote moderates English posts'].map((title, i) => ({
  ...ARTICLE,
  id: `other-${i}`,
  title,
  blocks: [block(`A short story about ${title.toLowerCase()}, written for this test so the listings have teasers to show.`)],
}));
const all = [ARTICLE, ...others];

describe('the evaluation\'s article structures', () => {
  it.each(ARTICLE_STRUCTURES.map((s) => [s.id, s] as const))('%s: everything placed is on the page, and the reading recovers it without furniture', (_id, structure) => {
    const { html, parts } = structure.render(ARTICLE, all);
    const doc = parseHtml(html);
    const pageText = normalise(doc.body.textContent ?? '');
    for (const piece of [...parts.paragraphs, ...parts.extras]) expect(pageText).toContain(normalise(piece));
    const expected = structure.id === 'short-brief' ? briefOf(ARTICLE.blocks).filter((b) => !b.heading && !b.furniture).length : structure.id === 'cookie-paywall' ? 3 : 6;
    expect(parts.paragraphs).toHaveLength(expected);

    const { page } = extractPage(doc);
    expect(detectArticle(doc).isArticle).toBe(true);
    const text = normalise(page.blocks.map((b) => b.text).join('\n'));
    for (const paragraph of [...parts.paragraphs, ...parts.extras]) expect(text).toContain(normalise(paragraph));
    const articleText = normalise(parts.articleText.join('\n'));
    const carried = parts.furniture.filter((piece) => piece.length >= 20 && !articleText.includes(normalise(piece)) && text.includes(normalise(piece)));
    // The layout-table page's text is one block: a credit line inside it cannot be cut out of it.
    expect(carried).toEqual(structure.id === 'br-table' ? ['Edited by Sam Rivers'] : []);
  });

  it('cuts a brief after a sentence, between 120 and 300 words', () => {
    const long = block(`${'RedNote drew new users from across the United States this week. '.repeat(40)}`);
    const brief = briefOf([block('A short opening line about the app and its new users.'), long]);
    const words = brief.map((b) => b.text).join(' ').split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(120);
    expect(words).toBeLessThanOrEqual(300);
    expect(brief.at(-1)!.text).toMatch(/\.$/);
  });
});

describe('the evaluation\'s non-article structures', () => {
  it.each(REFUSAL_STRUCTURES.map((s) => [s.id, s] as const))('%s is refused', (_id, structure) => {
    expect(detectArticle(parseHtml(structure.render(ARTICLE, all).html)).isArticle).toBe(false);
  });
});
