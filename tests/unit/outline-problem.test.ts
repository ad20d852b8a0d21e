import { describe, expect, it } from 'vitest';
import { OUTLINE_ATTRIBUTES } from '../../utils/constants';
import { outlineProblem, pageOutline, type PageOutline } from '../../utils/schema/outline';

/**
 * A short article's outline as its reader sends it: <html lang="en"><head><title>…</title></head>
 * <body><h1 class="headline">…</h1><p>…</p></body></html>. Built per test: a hostile variant is
 * this with one thing forged.
 */
const plain = (): PageOutline => ({
  parents: [-1, 0, 1, 2, 0, 4, 5, 4, 7],
  tags: ['HTML', 'HEAD', 'TITLE', '', 'BODY', 'H1', '', 'P', ''],
  texts: ['', '', '', 'TikTok refugees flock to RedNote', '', '', 'TikTok refugees flock to RedNote', '', 'More than 700,000 new users joined RedNote in two days.'],
  attributes: [[0, 'lang', 'en'], [5, 'class', 'headline']],
  truncated: false,
});
const forged = (change: (outline: PageOutline) => unknown) => change(plain());
const TITLE_TEXT = 3;
const LAST = 8;

describe("what the background takes of a page's outline", () => {
  it.each([
    ['a plain article', plain()],
    ['one cut short', { ...plain(), truncated: true }],
    ['a page of the root alone', { parents: [-1], tags: ['HTML'], texts: [''], attributes: [], truncated: false }],
    ['no nodes at all (a page without a document element)', { parents: [], tags: [], texts: [], attributes: [], truncated: false }],
    ['200,000 nodes, as many as the reader sends', { parents: [-1, ...Array(199_999).fill(0)], tags: ['HTML', ...Array(199_999).fill('I')], texts: Array(200_000).fill(''), attributes: [], truncated: true }],
    ['a tag name of 100 characters', forged((o) => ({ ...o, tags: o.tags.map((t, i) => (i === 7 ? 'X'.repeat(100) : t)) }))],
    ['a text node of 200,000 characters', forged((o) => ({ ...o, texts: o.texts.map((t, i) => (i === LAST ? 'x'.repeat(200_000) : t)) }))],
    ['4,000,000 characters of text in all', { parents: [-1, ...Array(20).fill(0)], tags: ['BODY', ...Array(20).fill('')], texts: ['', ...Array(20).fill('x'.repeat(200_000))], attributes: [], truncated: true }],
    ['an attribute value of 2,000 characters', forged((o) => ({ ...o, attributes: [[7, 'style', 'x'.repeat(2_000)]] }))],
    ['an empty attribute value', forged((o) => ({ ...o, attributes: [[7, 'hidden', '']] }))],
    ['every attribute extraction reads, on one element', forged((o) => ({ ...o, attributes: [[7, ...OUTLINE_ATTRIBUTES.flatMap((name) => [name, 'x'])]] }))],
    ['attributes on the last element, and on two', forged((o) => ({ ...o, attributes: [[0, 'lang', 'en'], [7, 'class', 'lede', 'id', 'p1', 'data-component', 'text-block']] }))],
    ['an element with a child after a text node of its parent', forged((o) => ({ ...o, parents: [...o.parents, 7], tags: [...o.tags, 'B'], texts: [...o.texts, ''] }))],
  ])('takes %s', (_, outline) => {
    expect(outlineProblem(outline)).toBeNull();
    expect(pageOutline.safeParse(outline).success).toBe(true);
  });

  const ANY_ROOT = 'an outline holds parents, tags, texts, attributes and truncated only';
  const NODE = 'a node comes after its parent, an element';
  const ENTRY = "an element's index, then name and value pairs";
  const INDEX = 'the index of an element of the outline';
  const NAME = `one of the attributes extraction reads (${OUTLINE_ATTRIBUTES.join(', ')})`;
  const VALUE = 'a value of at most 2000 characters';
  const MANY = Array(200_001).fill(0);
  it.each([
    ['nothing', undefined, [], 'an outline must be an object'],
    ['null', null, [], 'an outline must be an object'],
    ['a string', '{"parents":[]}', [], 'an outline must be an object'],
    ['a field of its own', { ...plain(), trustMe: true }, ['trustMe'], ANY_ROOT],
    ['an html string beside it', { html: '<p>hi</p>', ...plain() }, ['html'], ANY_ROOT],
    ['no truncated', forged(({ truncated: _, ...o }) => o), ['truncated'], 'must be true or false'],
    ['a truncated of "false"', { ...plain(), truncated: 'false' }, ['truncated'], 'must be true or false'],
    ['an array for an outline', [], ['truncated'], 'must be true or false'],
    ['no parents', { ...plain(), parents: undefined }, ['parents'], 'must be an array'],
    ['tags as an object', { ...plain(), tags: { 0: 'HTML' } }, ['tags'], 'must be an array'],
    ['texts as a string', { ...plain(), texts: 'all of it' }, ['texts'], 'must be an array'],
    ['attributes as null', { ...plain(), attributes: null }, ['attributes'], 'must be an array'],
    ['200,001 parents', { ...plain(), parents: MANY }, ['parents'], 'at most 200000 entries'],
    ['200,001 tags', { ...plain(), tags: MANY }, ['tags'], 'at most 200000 entries'],
    ['200,001 texts', { ...plain(), texts: MANY }, ['texts'], 'at most 200000 entries'],
    ['200,001 attributes', { ...plain(), attributes: MANY }, ['attributes'], 'at most 200000 entries'],
    ['fewer tags than nodes', forged((o) => ({ ...o, tags: o.tags.slice(1) })), ['tags'], 'parents, tags and texts must be as long as each other'],
    ['more texts than nodes', forged((o) => ({ ...o, texts: [...o.texts, 'more'] })), ['tags'], 'parents, tags and texts must be as long as each other'],
    ['a root with a parent', forged((o) => ({ ...o, parents: [0, ...o.parents.slice(1)] })), ['parents', 0], 'the root has no parent (-1)'],
    ['a root whose parent is "-1"', forged((o) => ({ ...o, parents: ['-1', ...o.parents.slice(1)] })), ['parents', 0], 'the root has no parent (-1)'],
    ['two roots', forged((o) => ({ ...o, parents: [-1, -1, ...o.parents.slice(2)] })), ['parents', 1], NODE],
    ['a node its own parent', forged((o) => ({ ...o, parents: [-1, 1, ...o.parents.slice(2)] })), ['parents', 1], NODE],
    ['a parent after its child', forged((o) => ({ ...o, parents: [-1, 2, ...o.parents.slice(2)] })), ['parents', 1], NODE],
    ['a parent of 0.5', forged((o) => ({ ...o, parents: [-1, 0.5, ...o.parents.slice(2)] })), ['parents', 1], NODE],
    ['a parent as a string', forged((o) => ({ ...o, parents: [-1, '0', ...o.parents.slice(2)] })), ['parents', 1], NODE],
    ['a text node holding a node', forged((o) => ({ ...o, parents: [...o.parents.slice(0, LAST), TITLE_TEXT] })), ['parents', LAST], NODE],
    ['a text node for a root', { parents: [-1], tags: [''], texts: ['RedNote drew 700,000 users'], attributes: [], truncated: false }, ['tags', 0], 'the root is an element'],
    ['text on an element', forged((o) => ({ ...o, texts: o.texts.map((t, i) => (i === 7 ? 'hidden beside the nodes' : t)) })), ['texts', 7], 'an element holds no text of its own (its text nodes do)'],
    ['a tag that is a number', forged((o) => ({ ...o, tags: o.tags.map((t, i) => (i === 5 ? 1 : t)) })), ['tags', 5], 'a tag name of at most 100 characters'],
    ['a tag name of 101 characters', forged((o) => ({ ...o, tags: o.tags.map((t, i) => (i === 7 ? 'X'.repeat(101) : t)) })), ['tags', 7], 'a tag name of at most 100 characters'],
    ['a text that is null', forged((o) => ({ ...o, texts: o.texts.map((t, i) => (i === 6 ? null : t)) })), ['texts', 6], 'a text of at most 200000 characters'],
    ['a text node of 200,001 characters', forged((o) => ({ ...o, texts: o.texts.map((t, i) => (i === LAST ? 'x'.repeat(200_001) : t)) })), ['texts', LAST], 'a text of at most 200000 characters'],
    ['4,000,001 characters of text', { parents: [-1, ...Array(21).fill(0)], tags: ['BODY', ...Array(21).fill('')], texts: ['', ...Array(20).fill('x'.repeat(200_000)), 'x'], attributes: [], truncated: true }, ['texts'], 'at most 4000000 characters of text in all'],
    ['an entry that is not a list', forged((o) => ({ ...o, attributes: [[0, 'lang', 'en'], { 0: 5, 1: 'class', 2: 'x' }] })), ['attributes', 1], ENTRY],
    ['an index alone', forged((o) => ({ ...o, attributes: [[5]] })), ['attributes', 0], ENTRY],
    ['an attribute without its value', forged((o) => ({ ...o, attributes: [[0, 'class']] })), ['attributes', 0], ENTRY],
    ['a second attribute without its value', forged((o) => ({ ...o, attributes: [[5, 'class', 'headline', 'id']] })), ['attributes', 0], ENTRY],
    ['more pairs than attributes extraction reads', forged((o) => ({ ...o, attributes: [[5, ...Array(OUTLINE_ATTRIBUTES.length + 1).fill(['class', 'x']).flat()]] })), ['attributes', 0], ENTRY],
    ['an index past the end', forged((o) => ({ ...o, attributes: [[9, 'class', 'x']] })), ['attributes', 0, 0], INDEX],
    ['an index of -1', forged((o) => ({ ...o, attributes: [[-1, 'class', 'x']] })), ['attributes', 0, 0], INDEX],
    ['an index as a string', forged((o) => ({ ...o, attributes: [['5', 'class', 'x']] })), ['attributes', 0, 0], INDEX],
    ['an attribute on a text node', forged((o) => ({ ...o, attributes: [[LAST, 'class', 'x']] })), ['attributes', 0, 0], INDEX],
    ['a link (href)', forged((o) => ({ ...o, attributes: [[5, 'href', 'https://tracker.example/?id=42']] })), ['attributes', 0, 1], NAME],
    ['a handler after a class', forged((o) => ({ ...o, attributes: [[5, 'class', 'headline', 'onclick', 'steal()']] })), ['attributes', 0, 3], NAME],
    ['a name that is a number', forged((o) => ({ ...o, attributes: [[0, 'lang', 'en'], [5, 1, 'x']] })), ['attributes', 1, 1], NAME],
    ['an attribute value of 2,001 characters', forged((o) => ({ ...o, attributes: [[5, 'class', 'x'.repeat(2_001)]] })), ['attributes', 0, 2], VALUE],
    ['a second value that is a number', forged((o) => ({ ...o, attributes: [[5, 'class', 'headline', 'id', 7]] })), ['attributes', 0, 4], VALUE],
  ])('refuses %s, saying where and what', (_, outline, path, message) => {
    expect(outlineProblem(outline)).toEqual({ path, message });
    const parsed = pageOutline.safeParse(outline);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([expect.objectContaining({ code: 'custom', path, message })]);
  });
});
