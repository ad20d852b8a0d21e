import { describe, expect, it } from 'vitest';
import { detectArticle, readStructuredData } from '../../utils/reading/page/article';
import { hugeArticleHtml, loadPage, parseHtml } from './dom';

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
});
