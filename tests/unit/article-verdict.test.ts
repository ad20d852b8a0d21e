/**
 * The article verdict from what a page measured (`judgeArticle`), without rendering a page: the
 * measures of the kinds of pages the reader meets (a wire story, a brief, a paywall's teaser, a
 * video page, a home page, a thread, a shop, documentation), and each rule at its limits. The
 * signals are what the panel shows when it says why a page was or was not read.
 */
import { describe, expect, it } from 'vitest';
import { judgeArticle } from '../../utils/reading/background/article-verdict';
import type { ArticleFeatures } from '../../utils/schema';

/** A page of plain paragraphs under its headline, with no markup at all, changed by `measures`. */
function page(measures: Partial<ArticleFeatures> = {}): ArticleFeatures {
  return {
    prose: 2_000, substantial: 8, teasers: 0, headlineAbove: false, linkShare: 0.3, linkedHeadings: 0, actions: 0, video: false,
    structuredArticle: null, types: [], malformed: 0, openGraphType: null, publicationTime: false, microdata: false, articles: 0,
    times: 0, byline: false, datePhrase: false, buyButton: false, priceMarkup: false, prices: 0, codeBlocks: 0, codeSpans: 0,
    generator: null, ...measures,
  };
}

describe('the kinds of pages the reader meets', () => {
  it.each<[string, Partial<ArticleFeatures>, string[]]>([
    [
      'wire story',
      { prose: 4_210, substantial: 11, headlineAbove: true, linkShare: 0.04, structuredArticle: 'NewsArticle', types: ['NewsArticle', 'Organization'], openGraphType: 'article', publicationTime: true, articles: 1, times: 1, byline: true },
      ['counts as an article (score 9)', '11 substantial paragraphs (4,210 characters) of running text', 'a headline stands right above the text', 'few links in the text (4%)',
        'structured data calls it a NewsArticle', 'Open Graph type is "article"', 'has a publication time', 'has one <article> element', 'shows a dated <time>', 'has a byline'],
    ],
    [
      'brief, no markup',
      { prose: 620, substantial: 4, headlineAbove: true, linkShare: 0.1 },
      ['counts as an article (score 3)', '4 substantial paragraphs (620 characters): a short text', 'a headline stands right above the text', 'few links in the text (10%)'],
    ],
    [
      'paywall teaser',
      { prose: 340, substantial: 3, headlineAbove: true, linkShare: 0.25, openGraphType: 'article', publicationTime: true },
      ['counts as an article (score 3.5)', '3 substantial paragraphs (340 characters): the opening of a text', 'a headline stands right above the text', 'Open Graph type is "article"', 'has a publication time'],
    ],
    [
      'magazine, microdata',
      { prose: 9_870, substantial: 24, linkShare: 0.08, microdata: true, times: 2, datePhrase: true },
      ['counts as an article (score 5)', '24 substantial paragraphs (9,870 characters) of running text', 'few links in the text (8%)', 'microdata marks an article', 'shows a dated <time>', 'states when it was published'],
    ],
    [
      'video page',
      { prose: 180, substantial: 1, headlineAbove: true, linkShare: 0.35, video: true, types: ['VideoObject'], openGraphType: 'video.other', publicationTime: true },
      ['not an article (score -3.5)', 'little running text: 1 substantial paragraph (180 characters)', 'a headline stands right above the text', 'a video with a caption', 'Open Graph type is "video.other"', 'has a publication time'],
    ],
    [
      'home page',
      { prose: 2_400, substantial: 6, teasers: 14, linkShare: 0.72, linkedHeadings: 22, types: ['WebSite', 'ItemList'], openGraphType: 'website', articles: 18, times: 18 },
      ['not an article (score -8)', '6 substantial paragraphs (2,400 characters) of running text', 'mostly links (72% of the text)', 'looks like a listing: 22 linked headlines among 6 paragraphs',
        'structured data describes a list of pages', 'Open Graph type is "website"', 'has 18 <article> elements, as a list of teasers does'],
    ],
    [
      'forum thread',
      { prose: 3_100, substantial: 9, linkShare: 0.4, actions: 20, types: ['DiscussionForumPosting'], malformed: 1 },
      ['not an article (score -4)', '9 substantial paragraphs (3,100 characters) of running text', 'looks like a discussion: 20 reply or quote links', 'structured data describes a discussion', 'some structured data is broken and was ignored'],
    ],
    [
      'shop',
      { prose: 1_100, substantial: 3, headlineAbove: true, linkShare: 0.3, types: ['Product', 'Offer'], openGraphType: 'product', buyButton: true, priceMarkup: true, prices: 4 },
      ['not an article (score -11)', '3 substantial paragraphs (1,100 characters): a short text', 'a headline stands right above the text', 'structured data describes a product for sale', 'Open Graph type is "product"',
        'has an add-to-cart button', 'marks up a price'],
    ],
    [
      'shop, prices only',
      { prose: 800, substantial: 2, linkShare: 0.3, prices: 3 },
      ['not an article (score 0)', '2 substantial paragraphs (800 characters): a short text', 'shows 3 prices'],
    ],
    [
      'docs',
      { prose: 5_600, substantial: 14, headlineAbove: true, linkShare: 0.22, types: ['TechArticle'], codeBlocks: 5, codeSpans: 31, generator: 'Docusaurus v3.6.3' },
      ['not an article (score -3)', '14 substantial paragraphs (5,600 characters) of running text', 'a headline stands right above the text', 'structured data describes technical documentation',
        'looks like documentation: 5 code blocks, 31 code spans', 'built with a documentation generator (Docusaurus v3.6.3)'],
    ],
  ])('%s', (_kind, measures, signals) => {
    const verdict = judgeArticle(page(measures));
    expect(verdict.signals).toEqual(signals);
    expect(verdict.isArticle).toBe(signals[0]!.startsWith('counts'));
    expect(verdict.score).toBe(Number(/score (-?[\d.]+)/.exec(signals[0]!)![1]));
  });
});

describe('each rule at its limits', () => {
  // The signal the rule gives (or none: null), on a plain page otherwise.
  it.each<[string, Partial<ArticleFeatures>, RegExp, string | null]>([
    ['1,500 chars', { prose: 1_500 }, /running text/, '8 substantial paragraphs (1,500 characters) of running text'],
    ['1,499 chars', { prose: 1_499 }, /text/, '8 substantial paragraphs (1,499 characters): a short text'],
    ['500 chars', { prose: 500, substantial: 1 }, /text/, '1 substantial paragraph (500 characters): a short text'],
    ['499 chars', { prose: 499, substantial: 1 }, /text/, '1 substantial paragraph (499 characters): the opening of a text'],
    ['300 chars', { prose: 300, substantial: 0 }, /text/, '0 substantial paragraphs (300 characters): the opening of a text'],
    ['299 chars', { prose: 299, substantial: 0 }, /text/, 'little running text: 0 substantial paragraphs (299 characters)'],
    ['links 60%', { linkShare: 0.6 }, /links/, null],
    ['links 61%', { linkShare: 0.61 }, /links/, 'mostly links (61% of the text)'],
    ['links 20%', { linkShare: 0.2, substantial: 3 }, /links/, null],
    ['links 19%', { linkShare: 0.19, substantial: 3 }, /links/, 'few links in the text (19%)'],
    ['links 19%, 2 paragraphs', { linkShare: 0.19, substantial: 2 }, /links/, null],
    ['4 teasers, 8 paragraphs', { teasers: 4 }, /listing/, 'looks like a listing: 4 linked headlines among 8 paragraphs'],
    ['3 teasers, 6 paragraphs', { teasers: 3, substantial: 6 }, /listing/, null],
    ['4 teasers, 9 paragraphs', { teasers: 4, substantial: 9 }, /listing/, null],
    ['6 headings, 6 paragraphs', { linkedHeadings: 6, substantial: 6 }, /listing/, 'looks like a listing: 6 linked headlines among 6 paragraphs'],
    ['5 headings, 5 paragraphs', { linkedHeadings: 5, substantial: 5 }, /listing/, null],
    ['6 headings, 7 paragraphs', { linkedHeadings: 6, substantial: 7 }, /listing/, null],
    ['1 heading, 1 teaser, 0 paragraphs', { linkedHeadings: 1, teasers: 1, substantial: 0 }, /listing/, null],
    ['3 actions, 6 paragraphs', { actions: 3, substantial: 6 }, /discussion/, 'looks like a discussion: 3 reply or quote links'],
    ['1 action, 0 paragraphs', { actions: 1, substantial: 0 }, /discussion/, null],
    ['2 actions, 2 paragraphs', { actions: 2, substantial: 2 }, /discussion/, null],
    ['3 actions, 7 paragraphs', { actions: 3, substantial: 7 }, /discussion/, null],
    ['video, 499 chars', { video: true, prose: 499 }, /video/, 'a video with a caption'],
    ['video, 500 chars', { video: true, prose: 500 }, /video/, null],
    ['og Article', { openGraphType: 'Article' }, /Open Graph/, 'Open Graph type is "article"'],
    ['og video.movie', { openGraphType: 'video.movie' }, /Open Graph/, 'Open Graph type is "video.movie"'],
    ['og product.item', { openGraphType: 'product.item' }, /Open Graph/, 'Open Graph type is "product.item"'],
    ['og profile', { openGraphType: 'profile' }, /Open Graph/, null],
    ['og websites', { openGraphType: 'websites' }, /Open Graph/, null],
    ['2 <article>', { articles: 2 }, /<article>/, null],
    ['3 <article>', { articles: 3 }, /<article>/, 'has 3 <article> elements, as a list of teasers does'],
    ['3 <time>', { times: 3 }, /<time>/, 'shows a dated <time>'],
    ['4 <time>', { times: 4 }, /<time>/, null],
    ['2 prices', { prices: 2 }, /price/, null],
    ['1 code block', { codeBlocks: 1, codeSpans: 5 }, /documentation/, null],
    ['2 code blocks', { codeBlocks: 2 }, /documentation/, 'looks like documentation: 2 code blocks, 0 code spans'],
    ['6 code spans', { codeSpans: 6, codeBlocks: 1 }, /documentation/, 'looks like documentation: 1 code block, 6 code spans'],
    ['WordPress', { generator: 'WordPress 6.7.1' }, /generator/, null],
    ['MkDocs', { generator: 'mkdocs-1.6.0, mkdocs-material-9.5' }, /generator/, 'built with a documentation generator (mkdocs-1.6.0, mkdocs-material-9.5)'],
    ['Sphinx', { generator: 'Sphinx 7.2.6' }, /generator/, 'built with a documentation generator (Sphinx 7.2.6)'],
    ['WebPage', { types: ['WebPage', 'BreadcrumbList'] }, /structured/, null],
  ])('%s', (_case, measures, about, signal) => {
    const found = judgeArticle(page(measures)).signals.slice(1).filter((s) => about.test(s));
    expect(found).toEqual(signal === null ? [] : [signal]);
  });

  // The schema.org types shops, listings, documentation and threads declare (alone or beside others).
  it.each<[string, string]>([
    ['Product', 'a product for sale'], ['ProductGroup', 'a product for sale'], ['Offer', 'a product for sale'], ['AggregateOffer', 'a product for sale'],
    ['IndividualProduct', 'a product for sale'], ['Store', 'a product for sale'],
    ['ItemList', 'a list of pages'], ['CollectionPage', 'a list of pages'], ['SearchResultsPage', 'a list of pages'],
    ['TechArticle', 'technical documentation'], ['APIReference', 'technical documentation'], ['WebAPI', 'technical documentation'], ['SoftwareSourceCode', 'technical documentation'],
    ['DiscussionForumPosting', 'a discussion'], ['Comment', 'a discussion'], ['QAPage', 'a discussion'],
  ])('type %s', (type, what) => {
    const signals = judgeArticle(page({ types: ['WebPage', type, 'BreadcrumbList'] })).signals;
    expect(signals.filter((s) => s.startsWith('structured data'))).toEqual([`structured data describes ${what}`]);
  });

  it.each<[string, boolean, Partial<ArticleFeatures>]>([
    // A short text under its headline is an article at the threshold; a point less is not.
    ['short text, headline', true, { prose: 700, substantial: 4, headlineAbove: true }],
    ['short text alone', false, { prose: 700, substantial: 4 }],
    ['long text alone', true, { prose: 1_800 }],
    ['teaser with a byline', true, { prose: 420, substantial: 3, headlineAbove: true, byline: true, times: 1 }],
    ['long text, many <article>', false, { prose: 1_800, articles: 3 }],
    ['long text, og website', false, { prose: 1_800, openGraphType: 'website' }],
  ])('%s: article %s', (_case, isArticle, measures) => {
    expect(judgeArticle(page(measures)).isArticle).toBe(isArticle);
  });
});
