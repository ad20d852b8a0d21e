/**
 * The first look: which tabs get the reader, from their title and address alone, against the
 * bundled story's `firstLook` words. Its recall is measured on the fixture pages and on the real
 * pages of `../shared/corpus`, and printed.
 */
import { describe, expect, it } from 'vitest';
import { addressWords, compileFirstLook } from '../../utils/reading/background/first-look';
import { BUNDLED } from '../support/bundled';
import { corpusOrSkip } from '../support/corpus';
import { corpusRecall, describeRecall, fixtureRecall } from '../support/first-look-recall';
import { growthRatio } from './growth';

const look = compileFirstLook(BUNDLED.story.firstLook);

describe('an address as words', () => {
  it.each([
    ['https://www.reuters.com/technology/tiktok-refugees_flock-to/rednote-2025-01-14/', '/technology/tiktok refugees flock to/rednote 2025 01 14/'],
    ['https://news.example.com/search?q=tiktok+ban&page=2', 'search tiktok ban 2'],
    ['https://www.hanghangsou.com/%E6%8A%A5%E5%91%8A/%E5%B0%8F%E7%BA%A2%E4%B9%A6.html', '报告 小红书.html'],
    ['https://example.com/a%E5%B0%8Fb%ZZc%E5', 'a小b%ZZc%E5'],
    ['https://example.com/#/news/lemon8-tops-charts', '  news lemon8 tops charts'],
    ['https://www.tiktok.com/@someone/video/123', '@someone video 123'],
    ['https://news.example.com/gardening/tomatoes?utm_source=tiktok&utm_medium=social&ref=tiktok', 'gardening tomatoes'],
    ['not an address', ''],
  ])('%s → %j', (url, words) => {
    expect(addressWords(url).replace(/\s+/g, ' ').trim()).toBe(words.replace(/[/]/g, ' ').replace(/\s+/g, ' ').trim());
  });
});

describe('the first look at a tab', () => {
  it.each([
    ["Over half a million 'TikTok refugees' sign up for China's RedNote as ban nears | KVLT News 7", 'http://127.0.0.1/wire-local-news.html', true],
    ['Weekend briefing | The Gazette', 'https://gazette.example/2025/01/15/tiktok-users-move-to-rednote', true],
    ['小红书连续三天霸榜', 'http://56news.example/news/wl173917.html', true],
    ['美國用戶湧入小紅書', 'https://example.tw/a/1', true],
    ['Why the #TikTokRefugee crowd loves Xiaohongshu', 'https://example.com/p/9', true],
    ['Weekend briefing | The Gazette', 'https://gazette.example/2025/01/15/%E5%B0%8F%E7%BA%A2%E4%B9%A6', true],
    ['Search results', 'https://news.example/search?q=red+note', true],
    ['Lemon 8 explained', 'https://example.com/x', true],
    // A name inside another word is not the name; a site's own name is not the page's subject.
    ['Stiktoks and other oddities', 'https://example.com/odd', false],
    ['Growing tomatoes on a balcony | Garden Notes', 'https://tiktok.example.com/garden/tomatoes', false],
    ['Growing tomatoes on a balcony | Garden Notes', 'https://garden.example/tomatoes?utm_source=tiktok', false],
    ['Inbox (3)', 'https://mail.example.com/u/0/#inbox', false],
    ['', '', false],
  ])('%j at %s → %s', (title, url, expected) => {
    expect(look.names({ title, url })).toBe(expected);
  });

  it('names nothing when the story has no first-look words', () => {
    expect(compileFirstLook({}).names({ title: 'TikTok refugees on RedNote', url: 'https://example.com/tiktok' })).toBe(false);
  });

  it('reads a 100 KB address in linear time, without throwing on broken escapes', () => {
    const address = (repeats: number) => `https://example.com/${'%E5%B0%-x_'.repeat(repeats)}tiktok`;
    expect(look.names({ title: null, url: address(10_000) })).toBe(true);
    // Four times the address in about four times the time (16 if it were quadratic).
    expect(growthRatio((url) => look.names({ title: null, url }), address(2_500), address(10_000))).toBeLessThan(8);
  });
});

describe('recall of the first look', () => {
  it('lets through every fixture page about the story that has a title', () => {
    const recall = fixtureRecall(look);
    console.log(`first look on the fixture pages: ${describeRecall(recall)}`);
    // By design: morning-briefing.html names neither app in its title or address, and
    // no-head.html has no <title> (its tab shows its address): "Read this page" is for pages like them.
    expect(recall.missed.sort()).toEqual(['morning-briefing.html', 'no-head.html']);
    // Their titles or addresses name TikTok; the reader then finds no article, or the background
    // judges it not about the story.
    expect(recall.passedOffTopic.sort()).toEqual([
      'docs-api.html',
      'forum-thread.html',
      'recipe-viral-tiktok.html',
      'search-results.html',
      'shop-phone-case.html',
      'tag-listing.html',
      'video-caption.html',
    ]);
  });

  const corpus = corpusOrSkip();
  it.skipIf('skip' in corpus)(`lets through the corpus's pages about the story${'skip' in corpus ? ` (skipped: ${corpus.skip})` : ''}`, () => {
    if (!('pages' in corpus)) return;
    const recall = corpusRecall(corpus.pages, look);
    console.log(`first look on ../shared/corpus: ${describeRecall(recall)}`);
    expect(recall.of).toBe(61);
    // The three it misses name neither app in title nor address: a law firm's "Supreme Court
    // Update (Jan. 17)", a Korean headline (틱톡: Korean is not among the languages read) and a
    // Chinese one about Duolingo.
    expect(recall.found).toBeGreaterThanOrEqual(58);
  });
});
