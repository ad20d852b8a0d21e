import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { OUTLINE_LIMITS, READING_LIMITS } from '../../utils/constants';
import { outlinePage, outlineSteps } from '../../utils/content/outline';
import { outlineDocumentSteps, type OutlineDocument } from '../../utils/reading/background/outline-document';
import { extractOutlineNow } from '../../utils/reading/background/read-outline';
import { extractPage } from '../../utils/reading/page/extract-page';
import { drain } from '../../utils/reading/page/slicing';
import { pageOutline, type PageOutline } from '../../utils/schema/outline';
import type { EvalArticle } from '../../scripts/eval/pages';
import { REFUSAL_STRUCTURES } from '../../scripts/eval/refusals';
import { ARTICLE_STRUCTURES } from '../../scripts/eval/structures';
import { hugeArticleHtml, loadPage, PAGES_DIR, parseHtml } from './dom';

const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));
const documentOf = (html: string): OutlineDocument => drain(outlineDocumentSteps(outlinePage(parseHtml(html)).outline));

describe("the page's outline, read in the background", () => {
  // The extraction run on the outline must be the extraction run on the page: every fixture page,
  // articles and refusals, hostile ones included.
  it.each(pages)('%s: the same measures, metadata and blocks as read from the page itself', (name) => {
    const doc = loadPage(name);
    const { outline } = outlinePage(doc);
    const parsed = pageOutline.safeParse(outline);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(extractOutlineNow(outline).page).toEqual(extractPage(doc).page);
  });

  const block = (text: string, heading = false) => ({ text, heading, furniture: false });
  const article: EvalArticle = {
    id: 'outline-rednote-week',
    kind: 'corpus',
    label: 'positive',
    url: 'https://wire.example/rednote-week',
    title: 'RedNote draws 700,000 TikTok refugees in two days',
    outlet: 'Example Wire',
    date: '2025-01-15',
    language: 'en',
    sourceIds: [],
    blocks: [
      block('More than 700,000 new users joined RedNote in two days as the TikTok ban neared, the company said on Tuesday.'),
      block('What they found', true),
      block('The app, known as Xiaohongshu in China, has about 300 million monthly users, most of them in China, and few spoke English.'),
      block('Lemon8, another ByteDance app, rose to No. 2 among free apps on the App Store the same week, analysts at a data firm said.'),
    ],
  };
  const others = ['Lemon8 climbs too', 'The court hears the case'].map((title, i) => ({ ...article, id: `outline-other-${i}`, title, blocks: [block(`A teaser about ${title}, written for this test.`)] }));
  it.each([...ARTICLE_STRUCTURES, ...REFUSAL_STRUCTURES].map((structure) => [structure.id, structure] as const))(
    'the evaluation\'s %s structure: the same from its outline',
    (_, structure) => {
      const doc = parseHtml(structure.render(article, [article, ...others]).html);
      expect(extractOutlineNow(outlinePage(doc).outline).page).toEqual(extractPage(doc).page);
    },
  );
});

describe('what the outline carries of a page', () => {
  it("carries the attributes extraction reads and no other (no link, no handler, no form data: only a button's label)", () => {
    const { outline } = outlinePage(
      parseHtml(`<html lang="de"><head><meta property="og:type" content="article"></head><body>
<a href="https://tracker.example/?id=42" class="byline" onclick="steal()" data-secret="x">Ana</a><input type="email" name="email" value="me@example.com">
<input type="hidden" name="csrf" value="t0ken"><input type="submit" value="Reply"></body></html>`),
    );
    // (linkedom answers '' for the class of an element that has none, where browsers answer null.)
    const pairsOf = ([, ...pairs]: (string | number)[]) => pairs.flatMap((name, k) => (k % 2 === 0 && !(name === 'class' && pairs[k + 1] === '') ? [name, pairs[k + 1]!] : []));
    const carried = outline.attributes.map((entry) => [outline.tags[entry[0] as number], pairsOf(entry)]).filter(([, pairs]) => pairs!.length > 0);
    expect(carried).toEqual([
      ['HTML', ['lang', 'de']],
      ['META', ['content', 'article', 'property', 'og:type']],
      ['A', ['class', 'byline']],
      ['INPUT', ['name', 'email', 'type', 'email']],
      ['INPUT', ['name', 'csrf', 'type', 'hidden']],
      ['INPUT', ['type', 'submit', 'value', 'Reply']],
    ]);
    expect(JSON.stringify(outline)).not.toMatch(/tracker|steal|secret|me@example|t0ken/);
  });

  it.each([
    ['a script', '<script>var token = "s3cret";</script>', 'SCRIPT', false],
    ['a style', '<style>.x { color: red }</style>', 'STYLE', false],
    ['a JSON-LD block', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>', 'SCRIPT', true],
    ['a textarea', '<textarea>my draft reply</textarea>', 'TEXTAREA', false],
    ['an svg', '<svg><text>chart label</text></svg>', 'svg', false],
    ['a noscript', '<noscript><p>enable JavaScript</p></noscript>', 'NOSCRIPT', false],
  ])('keeps %s as an element, its content only when extraction reads it', (_, html, tag, withText) => {
    const { outline } = outlinePage(parseHtml(`<html><body>${html}<p>After.</p></body></html>`));
    const at = outline.tags.findIndex((name) => name.toUpperCase() === tag.toUpperCase());
    expect(at).toBeGreaterThan(0);
    const children = outline.parents.flatMap((parent, i) => (parent === at ? [i] : []));
    expect(children.length > 0).toBe(withText);
    expect(outline.texts.join('|')).toContain('After.');
  });

  it('leaves out comments, and keeps whitespace-only text nodes (they separate inline runs)', () => {
    const { outline, nodes } = outlinePage(parseHtml('<html><body><p>One<!-- note --> <b>two</b></p></body></html>'));
    expect(outline.texts.filter(Boolean)).toEqual(['One', ' ', 'two']);
    expect(nodes.every((node) => node.nodeType === 1 || node.nodeType === 3)).toBe(true);
    expect(nodes).toHaveLength(outline.parents.length);
  });

  it('sends the start of a page past its bounds, and says it is cut', () => {
    const paragraphs = Array.from({ length: 25 }, (_, i) => `<p>${String(i % 10).repeat(200_000)}</p>`).join('');
    const { outline } = outlinePage(parseHtml(`<html><body>${paragraphs}</body></html>`));
    expect(outline.truncated).toBe(true);
    expect(outline.texts.reduce((sum, text) => sum + text.length, 0)).toBe(READING_LIMITS.pageText);
    expect(pageOutline.safeParse(outline).success).toBe(true);
    const small = outlinePage(parseHtml('<html><body><p>whole</p></body></html>')).outline;
    expect(small.truncated).toBe(false);
    expect(OUTLINE_LIMITS.nodes).toBeGreaterThan(6_773 * 10);
  });

  it('walks a page nested 20,000 levels deep without overflowing the stack, both ways', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}<p>RedNote drew 700,000 new users.</p>${'</div>'.repeat(20_000)}</body></html>`;
    const doc = documentOf(html);
    expect(doc.getElementsByTagName('p')[0]!.textContent).toBe('RedNote drew 700,000 new users.');
    expect(doc.body!.contains(doc.getElementsByTagName('p')[0]!)).toBe(true);
  });

  it('yields between slices when its slice has used its time, and gives the same outline', () => {
    const doc = parseHtml(hugeArticleHtml(20_000));
    const steps = outlineSteps(doc, () => true);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(3);
    // It asks every 256 steps, not at every one: a step opens or closes a node.
    expect(pauses).toBeLessThanOrEqual((2 * step.value.nodes.length) / 256);
    expect(step.value.outline).toEqual(outlinePage(doc).outline);
  });
});

describe("the outline's bounds and filters", () => {
  const outlineOf = (body: string, head = '') => outlinePage(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`)).outline;
  const attributesOf = (outline: PageOutline, tag: string) => {
    const at = outline.tags.indexOf(tag);
    const entry = outline.attributes.find((e) => e[0] === at);
    return Object.fromEntries(Array.from({ length: ((entry?.length ?? 1) - 1) / 2 }, (_, k) => [entry![1 + 2 * k], entry![2 + 2 * k]]));
  };

  it.each([
    ['a submit button', '<input type="submit" value="Reply">', 'Reply'],
    ['a button input', '<input type="button" value="Load more">', 'Load more'],
    ['a reset button in capitals, spaced', '<input type=" RESET " value="Clear">', 'Clear'],
    ['a text field', '<input type="text" value="my reply">', undefined],
    ['a field without a type', '<input value="me@example.com">', undefined],
    ['a password', '<input type="password" value="hunter2">', undefined],
    ['a button element', '<button value="delete-account">Delete</button>', undefined],
    ['a submit button element', '<button type="submit" value="delete-account">Delete</button>', undefined],
    ['a list item', '<li value="3">Third</li>', undefined],
    ['a data element', '<data value="700000">700,000</data>', undefined],
  ])("carries the value of %s only when it is a button's label", (_, html, value) => {
    const outline = outlineOf(html);
    const tag = outline.tags[outline.tags.length - (html.includes('</') ? 2 : 1)]!;
    expect(attributesOf(outline, tag).value).toBe(value);
  });

  it.each([
    ['a JSON-LD block', 'application/ld+json', true],
    ['one typed in capitals, spaced', ' Application/LD+JSON ', true],
    ['plain JSON', 'application/json', false],
    ['a module', 'module', false],
    ['a script without a type', null, false],
  ])('reads the text of %s only when it is structured data', (_, type, read) => {
    const outline = outlineOf(`<script${type === null ? '' : ` type="${type}"`}>{"@type":"NewsArticle","headline":"RedNote"}</script><p>After.</p>`);
    expect(outline.texts.includes('{"@type":"NewsArticle","headline":"RedNote"}')).toBe(read);
    expect(outline.texts).toContain('After.');
  });

  it.each([
    ['template', '<template><p>a card</p></template>'],
    ['math', '<math><mi>x</mi></math>'],
    ['canvas', '<canvas><p>fallback</p></canvas>'],
    ['select', '<select><option>Option one</option></select>'],
    ['object', '<object><p>fallback</p></object>'],
  ])('keeps a %s without what it holds', (tag, html) => {
    const outline = outlineOf(`${html}<p>After.</p>`);
    const at = outline.tags.findIndex((name) => name.toUpperCase() === tag.toUpperCase());
    expect(at).toBeGreaterThan(0);
    expect(outline.parents).not.toContain(at);
    expect(outline.texts.filter(Boolean)).toEqual(['After.']);
  });

  it('cuts a tag name at 100 characters, a value at 2,000 and a text node at 200,000, and says the page is not cut', () => {
    const tag = `x-${'a'.repeat(150)}`;
    const outline = outlineOf(`<${tag} class="${'c'.repeat(3_000)}">${'7'.repeat(250_000)}</${tag}><p id="${'i'.repeat(2_000)}">RedNote</p>`);
    const at = outline.tags.findIndex((name) => name.toLowerCase().startsWith('x-'));
    expect(outline.tags[at]!.toLowerCase()).toBe(tag.slice(0, 100));
    expect(attributesOf(outline, outline.tags[at]!).class).toBe('c'.repeat(2_000));
    expect(outline.texts[at + 1]).toBe('7'.repeat(OUTLINE_LIMITS.text));
    expect(attributesOf(outline, 'P').id).toBe('i'.repeat(2_000));
    expect(outline.texts.at(-1)).toBe('RedNote');
    expect(outline.truncated).toBe(false);
  });

  it('sends nothing of a document without a root', () => {
    const doc = parseHtml('<html><body><p>RedNote</p></body></html>');
    doc.removeChild(doc.documentElement);
    expect(outlinePage(doc)).toEqual({ outline: { parents: [], tags: [], texts: [], attributes: [], truncated: false }, nodes: [] });
  });

  // The outline's own document is a DOM enough for the writer: a page of exactly 200,000 nodes
  // is sent whole, one of 200,001 is cut at 200,000.
  it.each([
    [200_000, false],
    [200_001, true],
  ])('sends a page of %i nodes cut: %s', (count, truncated) => {
    const many: PageOutline = { parents: [-1, ...Array(count - 1).fill(0)], tags: ['HTML', ...Array(count - 1).fill('I')], texts: Array(count).fill(''), attributes: [], truncated: false };
    const { outline } = outlinePage(drain(outlineDocumentSteps(many)) as unknown as Document);
    expect([outline.parents.length, outline.truncated]).toEqual([Math.min(count, OUTLINE_LIMITS.nodes), truncated]);
  });

  it("writes no entry for an element without attributes (a browser's, not linkedom's, which gives every element a class)", () => {
    const outline: PageOutline = {
      parents: [-1, 0, 1, 0, 3, 4],
      tags: ['HTML', 'HEAD', 'TITLE', 'BODY', 'P', ''],
      texts: ['', '', '', '', '', 'RedNote drew 700,000 new users.'],
      attributes: [[0, 'lang', 'en'], [4, 'class', 'lede']],
      truncated: false,
    };
    expect(outlinePage(drain(outlineDocumentSteps(outline)) as unknown as Document).outline).toEqual(outline);
  });

  it.each(['wire-local-news.html', 'hostile-styles.html', 'deep-nesting.html', 'chinese-xiaohongshu.html'])('%s: written again from its own document, the same outline', (name) => {
    const { outline } = outlinePage(loadPage(name));
    expect(outlinePage(drain(outlineDocumentSteps(outline)) as unknown as Document).outline).toEqual(outline);
  });
});

describe("the outline's document", () => {
  // Built before each test, not while the file is collected (see the README's "Mutation testing").
  let doc: OutlineDocument;
  beforeEach(() => {
    doc = documentOf(
      '<html><head><title> RedNote  news </title></head><body><h1 itemprop="headline">Head</h1><nav role="navigation"><a>Home</a></nav><p class="x">Body <b>bold</b></p></body></html>',
    );
  });
  it.each([
    ['h1', 'H1'],
    ['[itemprop="headline"]', 'H1'],
    ['nav, [role="navigation"]', 'NAV'],
    ['p, h1, article', 'H1'],
    ['article', null],
  ])('answers the selector %s', (selector, tag) => {
    expect(doc.querySelector(selector)?.tagName ?? null).toBe(tag);
  });

  it('gives text, title, body and head as a DOM does', () => {
    expect(doc.title).toBe('RedNote news');
    expect(doc.body!.tagName).toBe('BODY');
    expect(doc.head!.tagName).toBe('HEAD');
    expect(doc.querySelector('p')!.textContent).toBe('Body bold');
    expect(doc.querySelector('p')!.firstElementChild!.tagName).toBe('B');
    expect(doc.querySelector('h1')!.nextElementSibling!.tagName).toBe('NAV');
    expect(doc.body!.contains(doc.querySelector('b'))).toBe(true);
    expect(doc.querySelector('nav')!.contains(doc.querySelector('b'))).toBe(false);
  });

  // Extraction and the outline are kept in step: asking for what the outline does not carry fails loudly.
  it.each([
    ['an attribute it does not carry', () => doc.querySelector('p')!.getAttribute('href')],
    ['a selector it cannot answer', () => doc.querySelector('p > b')],
    ['a selector on an attribute it does not carry', () => doc.querySelector('[href="x"]')],
  ])('throws on %s', (_, ask) => {
    expect(ask).toThrow(/the outline/);
  });
});
