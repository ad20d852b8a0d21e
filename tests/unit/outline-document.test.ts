import { describe, expect, it } from 'vitest';
import { OUTLINE_ATTRIBUTES } from '../../utils/constants';
import { outlinePage } from '../../utils/content/outline';
import { OutlineElement, outlineDocumentSteps, OutlineText, type OutlineDocument } from '../../utils/reading/background/outline-document';
import { drain } from '../../utils/reading/page/slicing';
import type { PageOutline } from '../../utils/schema/outline';
import { loadPage, parseHtml } from './dom';

const documentOf = (outline: PageOutline): OutlineDocument => drain(outlineDocumentSteps(outline));

/** An article page written for this test: comments, whitespace, an opaque element, a data script, furniture. */
const ARTICLE = `<!doctype html><html lang="en"><head>
<title> TikTok refugees  flock to RedNote </title><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-15"}</script><style>p { color: red }</style>
</head><body class="story-page">
<nav role="navigation"><a>Home</a> <a>World</a></nav><!-- ad slot -->
<article class="story" itemprop="articleBody" data-component="body"><h1 itemprop="headline">RedNote draws <em>700,000</em> users</h1>
<p id="lede">More than <b>700,000</b> new users joined <i>RedNote</i> in two days.</p><svg><text>chart</text></svg>
<p>The app has about 300 million monthly users.</p><input type="submit" value="Share"></article>
<footer hidden="">Copyright</footer></body></html>`;

/** Each node as the page's DOM sees it, restricted to the nodes its outline carries. */
function expectSameTree(doc: Document) {
  const { outline, nodes } = outlinePage(doc);
  const outlined = documentOf(outline);
  const index = new Map(nodes.map((node, i) => [node, i]));
  const at = (node: Node | null | undefined): number | null => (node ? (index.get(node) ?? null) : null);
  // The DOM's next node the outline carries (a comment, or the content of an opaque element, is not).
  const carried = (node: Node | null, step: (n: Node) => Node | null): number | null => {
    let n = node;
    while (n && !index.has(n)) n = step(n);
    return at(n);
  };
  const ix = (node: { index: number } | null) => node?.index ?? null;
  expect(outlined.nodes).toHaveLength(nodes.length);
  expect(ix(outlined.documentElement)).toBe(0);
  expect(ix(outlined.body)).toBe(at(doc.body));
  expect(ix(outlined.head)).toBe(at(doc.head));
  nodes.forEach((node, i) => {
    const mine = outlined.nodes[i]!;
    expect([mine.index, mine.ownerDocument, mine.isConnected]).toEqual([i, outlined, true]);
    expect([ix(mine.parentNode), ix(mine.parentElement)]).toEqual([at(node.parentNode), at(node.parentNode)]);
    expect(ix(mine.nextSibling)).toBe(carried(node.nextSibling, (n) => n.nextSibling));
    expect(ix(mine.previousSibling)).toBe(carried(node.previousSibling, (n) => n.previousSibling));
    expect(ix(mine.firstChild)).toBe(carried(node.firstChild, (n) => n.nextSibling));
    expect(ix(mine.lastChild)).toBe(carried(node.lastChild, (n) => n.previousSibling));
    if (node.nodeType === 3) {
      expect(mine).toBeInstanceOf(OutlineText);
      expect([(mine as OutlineText).nodeType, (mine as OutlineText).textContent]).toEqual([3, (node as Text).data]);
      return;
    }
    const el = node as Element;
    const outEl = mine as OutlineElement;
    expect(outEl).toBeInstanceOf(OutlineElement);
    expect([outEl.nodeType, outEl.tagName, outEl.localName, outEl.upperTag]).toEqual([1, el.tagName, el.tagName.toLowerCase(), el.tagName.toUpperCase()]);
    expect(ix(outEl.firstElementChild)).toBe(carried(el.firstElementChild, (n) => (n as Element).nextElementSibling));
    expect(ix(outEl.nextElementSibling)).toBe(carried(el.nextElementSibling, (n) => (n as Element).nextElementSibling));
    // Its last descendant in the outline: every later node up to it is inside, the next is not.
    const inside = nodes.map((other) => el !== other && el.contains(other));
    expect(outEl.end).toBe(inside.lastIndexOf(true) === -1 ? i : inside.lastIndexOf(true));
    nodes.forEach((other, j) => expect(outEl.contains(outlined.nodes[j]!), `${i} contains ${j}`).toBe(el.contains(other)));
    const texts = nodes.filter((other, j) => inside[j] && other.nodeType === 3).map((text) => (text as Text).data);
    expect(outEl.textContent).toBe(texts.join(''));
    for (const name of OUTLINE_ATTRIBUTES) {
      const value = name === 'value' && !/^(submit|button|reset)$/i.test(el.getAttribute('type') ?? '') ? null : el.getAttribute(name);
      expect([name, outEl.getAttribute(name), outEl.hasAttribute(name)]).toEqual([name, value, value !== null]);
    }
  });
}

describe("the outline's document, node by node as the page's", () => {
  it.each([['an article written for this test', ARTICLE], ['a fragment without head', '<p>RedNote <b>grew</b></p>text<div></div>']])('%s', (_, html) => {
    expectSameTree(parseHtml(html));
  });
  it.each(['wire-local-news.html', 'no-head.html', 'hostile-styles.html', 'video-caption.html'])('%s', (name) => {
    expectSameTree(loadPage(name));
  });
});

describe("the outline's document", () => {
  const page = () => documentOf(outlinePage(parseHtml(ARTICLE)).outline);

  it('gives the title squashed, and an empty one without a title', () => {
    expect(page().title).toBe('TikTok refugees flock to RedNote');
    expect(documentOf(outlinePage(parseHtml('<html><body><p>x</p></body></html>')).outline).title).toBe('');
    expect(documentOf(outlinePage(parseHtml('<html><head><title>\n A\tB \n</title></head></html>')).outline).title).toBe('A B');
  });

  it('finds body and head only as children of the root', () => {
    // A <body> inside a <div> is not the page's body (a forged outline can nest one anywhere).
    const doc = documentOf({ parents: [-1, 0, 1, 0], tags: ['HTML', 'DIV', 'BODY', 'HEAD'], texts: ['', '', '', ''], attributes: [], truncated: false });
    expect(doc.body).toBeNull();
    expect(doc.head!.index).toBe(3);
    expect(documentOf({ parents: [], tags: [], texts: [], attributes: [], truncated: false })).toMatchObject({ documentElement: null, body: null, head: null, title: '' });
  });

  it.each([
    ['h1', ['H1']],
    ['P', ['P', 'P']],
    ['b, i', ['B', 'I']],
    ['i,b', ['B', 'I']],
    ['[itemprop="headline"]', ['H1']],
    ['[role="navigation"], footer', ['NAV', 'FOOTER']],
    ['[data-component="body"]', ['ARTICLE']],
    ['[id="lede"]', ['P']],
    ['[hidden=""]', ['FOOTER']],
    ['[class="story"]', ['ARTICLE']],
    ['[class="stor"]', []],
    ['script', ['SCRIPT']],
    ['table', []],
  ])('answers %s in document order', (selector, tags) => {
    const doc = page();
    expect(doc.querySelectorAll(selector).map((el) => el.tagName)).toEqual(tags);
    expect(doc.querySelector(selector)?.tagName ?? null).toBe(tags[0] ?? null);
    expect(doc.body!.querySelectorAll(selector).map((el) => el.tagName)).toEqual(tags.filter((t) => t !== 'SCRIPT'));
  });

  it('looks only inside an element, never at the element itself', () => {
    const doc = page();
    const article = doc.querySelector('article')!;
    expect(article.querySelector('article')).toBeNull();
    expect(article.querySelectorAll('article')).toEqual([]);
    expect(doc.querySelector('footer')!.querySelectorAll('footer, article')).toEqual([]);
    expect(article.querySelectorAll('p').map((p) => p.index)).toEqual(doc.querySelectorAll('p').map((p) => p.index));
    expect(article.getElementsByTagName('b')).toEqual([doc.querySelector('b')]);
    expect(doc.getElementsByTagName('b')).toEqual([doc.querySelector('b')]);
    const lede = doc.querySelector('[id="lede"]')!;
    expect(lede.querySelector('b')!.textContent).toBe('700,000');
    expect(lede.querySelector('em')).toBeNull();
    expect(doc.querySelector('h1')!.querySelector('em')!.textContent).toBe('700,000');
    expect(doc.querySelector('footer')!.querySelector('footer')).toBeNull();
  });

  it("holds no node of another page's document, nor nothing", () => {
    const doc = page();
    const again = page();
    expect(doc.body!.contains(doc.querySelector('b'))).toBe(true);
    expect(doc.body!.contains(again.querySelector('b'))).toBe(false);
    expect(doc.body!.contains(null)).toBe(false);
  });

  it.each([
    ['an attribute it does not carry', (doc: OutlineDocument) => doc.querySelector('p')!.getAttribute('href'), 'the outline does not carry the attribute "href"'],
    ['its presence either', (doc: OutlineDocument) => doc.querySelector('p')!.hasAttribute('onclick'), 'the outline does not carry the attribute "onclick"'],
    ['a child selector', (doc: OutlineDocument) => doc.querySelector('p > b'), 'the outline cannot answer the selector "p > b"'],
    ['a class selector', (doc: OutlineDocument) => doc.querySelectorAll('.story'), 'the outline cannot answer the selector ".story"'],
    ['one bad selector in a list', (doc: OutlineDocument) => doc.body!.querySelector('h1, p b'), 'the outline cannot answer the selector "p b"'],
    ['an attribute selector without a value', (doc: OutlineDocument) => doc.querySelector('[hidden]'), 'the outline cannot answer the selector "[hidden]"'],
    ['a link selector', (doc: OutlineDocument) => doc.querySelector('[href="https://x.example/"]'), 'the outline cannot answer the selector "[href="https://x.example/"]"'],
    ['a tag with an attribute', (doc: OutlineDocument) => doc.querySelector('p[id="lede"]'), 'the outline cannot answer the selector "p[id="lede"]"'],
    ['an attribute then a tag', (doc: OutlineDocument) => doc.querySelector('[id="lede"] b'), 'the outline cannot answer the selector "[id="lede"] b"'],
    ['a tag starting with a digit', (doc: OutlineDocument) => doc.querySelector('1p'), 'the outline cannot answer the selector "1p"'],
  ])('throws on %s, naming it', (_, ask, message) => {
    expect(() => ask(page())).toThrow(message);
  });

  it('carries the last of an attribute pair list, and ignores a pair on a text node or without its value', () => {
    const doc = documentOf({
      parents: [-1, 0, 1, 0],
      tags: ['HTML', 'P', '', 'DIV'],
      texts: ['', '', 'RedNote', ''],
      attributes: [[1, 'class', 'lede', 'id', 'p1'], [2, 'class', 'x'], [3, 'role', 'main', 'lang']],
      truncated: false,
    });
    const [p, div] = doc.querySelectorAll('p, div');
    expect([p!.getAttribute('class'), p!.getAttribute('id'), p!.getAttribute('role')]).toEqual(['lede', 'p1', null]);
    expect([div!.getAttribute('role'), div!.getAttribute('lang'), div!.attributes!.size]).toEqual(['main', null, 1]);
    expect(doc.querySelector('html')!.attributes).toBeNull();
    expect(doc.nodes[2]).not.toHaveProperty('attributes');
  });

  it('yields every 256 nodes when its slice has used its time, and builds the same document', () => {
    const outline = outlinePage(parseHtml(`<html><body>${'<p>RedNote drew 700,000 users.</p>'.repeat(1_000)}</body></html>`)).outline;
    let asked = 0;
    const steps = outlineDocumentSteps(outline, () => ++asked % 2 === 0);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(outline.parents.length).toBe(2_002);
    expect([asked, pauses]).toEqual([7, 3]);
    expect(step.value.nodes.map((n) => n.index)).toEqual(documentOf(outline).nodes.map((n) => n.index));
  });
});
