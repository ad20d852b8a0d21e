/**
 * The whole reading, page to linked figures, on a fixture page for each way real sites build an
 * article (issue 8) and for the pages that must keep being refused: what a reader of each would
 * see marked. The same structures, filled with the corpus's real reporting, are measured by
 * `npm run eval`.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/reading/pipeline';
import { BUNDLED_READING } from '../support/bundled';
import { loadPage } from './dom';

const read = (page: string) => readPage(loadPage(page), BUNDLED_READING);

describe('each page structure, read end to end', () => {
  it.each([
    ['plain-no-metadata.html', [['More than 700,000', 'rednote-new-users-two-days'], ['about 300 million', 'rednote-users']]],
    ['div-soup-hashed.html', [['More than 700,000', 'rednote-new-users-two-days'], ['about 300 million', 'rednote-users']]],
    ['br-table-portal.html', [['超过70万', 'rednote-new-users-two-days'], ['约3亿', 'rednote-users'], ['约1.7亿', 'tiktok-us-users']]],
    ['wordpress-plugins.html', [['More than 700,000', 'rednote-new-users-two-days'], ['about 300 million', 'rednote-users']]],
    ['amp-article.html', [['about 170 million', 'tiktok-us-users'], ['more than 700,000', 'rednote-new-users-two-days']]],
    ['live-blog.html', [['more than 700,000', 'rednote-new-users-two-days'], ['roughly 170 million', 'tiktok-us-users']]],
    ['wire-brief.html', [['about 300 million', 'rednote-users']]],
    ['cookie-paywall.html', [['more than 700,000', 'rednote-new-users-two-days'], ['$17 billion', 'rednote-valuation']]],
  ])('%s: an article on topic, its figures linked', (page, expected) => {
    const reading = read(page);
    expect([reading.article, reading.onTopic]).toEqual([true, true]);
    const linked = reading.figures.map((f) => [f.text, f.metric]);
    for (const figure of expected) expect(linked).toContainEqual(figure);
  });

  it.each([
    ['the div soup\'s sign-up box and reading list', 'div-soup-hashed.html', ['Evening Edition', 'More to read', 'Lemon8, ByteDance']],
    ['the plugins and comments around the WordPress paragraphs', 'wordpress-plugins.html', ['12,000 readers', 'Recent Posts', 'order noodles']],
    ["the portal's lists", 'br-table-portal.html', ['热门排行', '相关新闻', '春运']],
  ])('reads no figure from %s', (_what, page, furniture) => {
    const sentences = read(page).figures.map((f) => f.sentence).join('\n');
    for (const phrase of furniture) expect(sentences).not.toContain(phrase);
  });

  it.each(['tag-listing.html', 'search-results.html', 'video-caption.html', 'forum-thread.html', 'news-home.html', 'section-front-tech.html', 'shop-phone-case.html', 'docs-api.html'])(
    '%s: talk about the story, not an article: nothing is marked',
    (page) => {
      const reading = read(page);
      expect(reading.article).toBe(false);
      expect(reading.onTopic).toBe(false);
      expect(reading.figures).toEqual([]);
    },
  );
});
