import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/reading/pipeline';
import { readStructuredData } from '../../utils/reading/page/structured-data';
import { hugeArticleHtml, loadPage, parseHtml } from './dom';
import { cpuMs } from './growth';

describe('detectArticle on the fixture pages', () => {
  it.each([
    // page, is an article, a signal that must explain it
    ['wire-local-news.html', true, 'structured data calls it a NewsArticle'],
    ['magazine-explainer.html', true, 'microdata marks an article'],
    ['div-soup-finance.html', true, 'Open Graph type is "article"'],
    ['trade-entertainment.html', true, 'has a publication time'],
    ['chinese-xiaohongshu.html', true, 'structured data calls it a NewsArticle'],
    ['scmp-graph.html', true, 'structured data calls it a NewsArticle'],
    ['lookalike-rival-app.html', true, 'has one <article> element'],
    ['recipe-viral-tiktok.html', true, 'substantial paragraphs'],
    ['meta-app-launch.html', true, 'substantial paragraphs'],
    ['festival-numbers.html', true, 'structured data calls it a NewsArticle'],
    ['passing-mention-chart.html', true, 'has a byline'],
    ['malformed-jsonld.html', true, 'some structured data is broken and was ignored'],
    ['no-head.html', true, 'states when it was published'],
    ['deep-nesting.html', true, 'Open Graph type is "article"'],
    ['news-home.html', false, 'looks like a listing'],
    ['section-front-tech.html', false, 'structured data describes a list of pages'],
    ['shop-phone-case.html', false, 'structured data describes a product for sale'],
    ['docs-api.html', false, 'looks like documentation'],
    // The ways pages are built (issue 8): read from their text, whatever their markup.
    ['plain-no-metadata.html', true, 'a headline stands right above the text'],
    ['div-soup-hashed.html', true, '6 substantial paragraphs'],
    ['br-table-portal.html', true, 'a short text'],
    ['wordpress-plugins.html', true, 'structured data calls it a Article'],
    ['amp-article.html', true, '5 substantial paragraphs'],
    ['live-blog.html', true, 'a headline stands right above the text'],
    ['wire-brief.html', true, '4 substantial paragraphs (638 characters): a short text'],
    ['cookie-paywall.html', true, '3 substantial paragraphs'],
    ['tag-listing.html', false, 'looks like a listing: 8 linked headlines'],
    ['search-results.html', false, 'looks like a listing: 8 linked headlines'],
    ['video-caption.html', false, 'a video with a caption'],
    ['forum-thread.html', false, 'looks like a discussion: 20 reply or quote links'],
  ])('%s → isArticle %s (%s)', (page, isArticle, signal) => {
    const verdict = detectArticle(loadPage(page));
    expect(verdict.isArticle).toBe(isArticle);
    expect(verdict.signals.join('\n')).toContain(signal);
    expect(verdict.signals[0]).toMatch(isArticle ? /^counts as an article/ : /^not an article/);
  });

  it.each([
    ['shop-phone-case.html', ['has an add-to-cart button', 'marks up a price', 'Open Graph type is "product"']],
    ['news-home.html', ['Open Graph type is "website"', '<article> elements, as a list of teasers does']],
    ['docs-api.html', ['built with a documentation generator (Docusaurus v3.6.3)']],
    ['div-soup-finance.html', ['states when it was published']],
  ])('%s explains itself', (page, expected) => {
    const signals = detectArticle(loadPage(page)).signals.join('\n');
    for (const signal of expected) expect(signals).toContain(signal);
  });

  /** The page with everything a publisher marks up taken away: what the text alone says. */
  function withoutMetadata(doc: Document): Document {
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"], meta, time'))) el.remove();
    for (const el of Array.from(doc.querySelectorAll('[itemtype], [itemprop]'))) {
      el.removeAttribute('itemtype');
      el.removeAttribute('itemprop');
    }
    for (const article of Array.from(doc.querySelectorAll('article'))) {
      const div = doc.createElement('div');
      while (article.firstChild) div.appendChild(article.firstChild);
      article.replaceWith(div);
    }
    return doc;
  }

  it.each([
    'wire-local-news.html', 'magazine-explainer.html', 'div-soup-finance.html', 'trade-entertainment.html', 'chinese-xiaohongshu.html',
    'scmp-graph.html', 'plain-no-metadata.html', 'div-soup-hashed.html', 'br-table-portal.html', 'wordpress-plugins.html',
    'amp-article.html', 'live-blog.html', 'wire-brief.html', 'cookie-paywall.html',
  ])('%s is still an article with its metadata taken away: its absence costs nothing', (page) => {
    const stripped = withoutMetadata(loadPage(page));
    expect(stripped.querySelector('script[type="application/ld+json"], meta[property="og:type"], article, time')).toBeNull();
    expect(detectArticle(stripped).isArticle).toBe(true);
  });

  it('keeps working on a 100,000-word page', () => {
    const verdict = detectArticle(parseHtml(hugeArticleHtml(100_000)));
    expect(verdict.isArticle).toBe(true);
  });

  it.each([
    ['an empty document', ''],
    ['a bare fragment', '<p>Just one line about TikTok.</p>'],
    ['text only', 'Nothing but text'],
  ])('does not throw on %s', (_name, html) => {
    const verdict = detectArticle(parseHtml(html));
    expect(verdict.isArticle).toBe(false);
  });
});

describe('readStructuredData', () => {
  const withJsonLd = (...blocks: string[]) =>
    parseHtml(
      `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
    );

  it('follows @graph and resolves the publisher by @id', () => {
    const data = readStructuredData(loadPage('scmp-graph.html'));
    expect(data.article).toMatchObject({
      type: 'NewsArticle',
      datePublished: '2025-01-17T06:00:12+08:00',
      authors: ['Kelvin Mak'],
      publisher: 'Harbour Morning Post',
    });
    expect(data.types).toEqual(expect.arrayContaining(['Organization', 'WebPage', 'ReportageNewsArticle', 'BreadcrumbList']));
  });

  it('counts broken blocks instead of throwing, and repairs a trailing comma', () => {
    const data = readStructuredData(loadPage('malformed-jsonld.html'));
    expect(data.malformed).toBe(2);
    expect(data.article).toBeNull();
    expect(data.types).toContain('WebPage');
  });

  it.each([
    ['a type array', '{"@type":["WebPage","NewsArticle"],"headline":"A"}', 'NewsArticle'],
    ['a schema.org URL as type', '{"@type":"http://schema.org/ReportageNewsArticle","headline":"A"}', 'ReportageNewsArticle'],
    ['a top-level array', '[{"@type":"WebSite"},{"@type":"BlogPosting","headline":"A"}]', 'BlogPosting'],
    ['a WebPage mainEntity', '{"@type":"WebPage","mainEntity":{"@type":"AnalysisNewsArticle","headline":"A"}}', 'AnalysisNewsArticle'],
    ['an HTML comment wrapper', '<!-- {"@type":"NewsArticle","headline":"A"} -->', 'NewsArticle'],
  ])('reads %s', (_name, json, type) => {
    expect(readStructuredData(withJsonLd(json)).article?.type).toBe(type);
  });

  it("does not take a home page's list of articles for the page itself", () => {
    const data = readStructuredData(loadPage('news-home.html'));
    expect(data.article).toBeNull();
    expect(data.types).toEqual(['WebSite', 'ItemList']);
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['deep nesting', '['.repeat(5000) + ']'.repeat(5000)],
    ['a string @graph', '{"@graph":"x","@type":null}'],
    ['odd author shapes', '{"@type":"NewsArticle","author":[null,7,{"name":["x"]},{"@id":"#missing"}]}'],
  ])('survives %s', (_name, json) => {
    expect(() => readStructuredData(withJsonLd(json))).not.toThrow();
  });

  it.each([
    ['an author nested 100,000 arrays deep', `{"@type":"NewsArticle","headline":"A","author":${'['.repeat(100_000)}"Ann Lee"${']'.repeat(100_000)}}`, []],
    ['a million authors', `{"@type":"NewsArticle","headline":"A","author":[${'"Ann Lee",'.repeat(1_000_000)}"Bo Chen"]}`, ['Ann Lee']],
    ['a graph nested 100,000 levels deep', `${'{"@graph":['.repeat(100_000)}{"@type":"NewsArticle","headline":"A"}${']}'.repeat(100_000)}`, null],
    ['an author two arrays deep', '{"@type":"NewsArticle","headline":"A","author":[[{"@type":"Person","name":"Ann Lee"}]]}', ['Ann Lee']],
  ])('bounds the depth and count of what it walks: %s', (_name, json, authors) => {
    const started = cpuMs();
    const data = readStructuredData(withJsonLd(json));
    // What lies past the bounds is dropped, quickly (in this process's CPU time: the machine's
    // other work does not count); what is within them is still read.
    expect(cpuMs() - started).toBeLessThan(2_000);
    if (authors === null) expect(data.article).toBeNull();
    else expect(data.article).toMatchObject({ type: 'NewsArticle', headline: 'A', authors });
  });
});
