import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '../../utils/background/dispatch';
import { isExtensionPage } from '../../utils/messages';
import { outlinePage } from '../../utils/content/outline';
import { pageOutline } from '../../utils/schema';
import { parseHtml } from './dom';

const context = { runtimeId: 'crosscheck-id', extensionOrigin: 'chrome-extension://crosscheck-id/' };
const optionsPage = { id: 'crosscheck-id', url: 'chrome-extension://crosscheck-id/options.html' };
const firefoxPage = { id: 'crosscheck-id', url: 'moz-extension://uuid-1/options.html' };
const contentScript = { id: 'crosscheck-id', url: 'https://news.example.com/tiktok-rednote', tab: { id: 4 } as never };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

function handlers(): Handlers {
  const ok = { ok: true, meta: { version: '1.0.0' } } as never;
  return {
    'sync-bundled': vi.fn(async () => ok),
    'import-dataset': vi.fn(async () => ok),
    reset: vi.fn(async () => ok),
    'read-article': vi.fn(async () => ({}) as never),
    'load-card': vi.fn(async () => ({ loaded: true })),
    'read-page': vi.fn(async () => ({ reading: true as const })),
  };
}

describe('who may send what', () => {
  it.each([
    ['the options page', optionsPage, context, true],
    ['a Firefox extension page', firefoxPage, { runtimeId: 'crosscheck-id', extensionOrigin: 'moz-extension://uuid-1/' }, true],
    ['a content script', contentScript, context, false],
    ['another extension', otherExtension, context, false],
    ['a sender without a URL', { id: 'crosscheck-id' }, context, false],
    ['a page whose URL only starts like ours', { id: 'crosscheck-id', url: 'chrome-extension://crosscheck-id.evil/x' }, context, false],
  ])('%s is an extension page: %s', (_, sender, ctx, expected) => {
    expect(isExtensionPage(sender, ctx.runtimeId, ctx.extensionOrigin)).toBe(expected);
  });
});

describe('dispatching a message in the background', () => {
  it.each([
    [{ type: 'sync-bundled' }],
    [{ type: 'reset' }],
    [{ type: 'import-dataset', fileName: 'rednote.json', text: '{}' }],
    // A page must not make Crosscheck read another tab.
    [{ type: 'read-page', tabId: 7 }],
  ])('refuses privileged %o from a content script', async (message) => {
    const h = handlers();
    const reply = await dispatch(message, contentScript, h, context);
    expect(reply).toEqual({ error: `refused: "${message.type}" is accepted from Crosscheck's own pages only` });
    expect(Object.values(h).every((fn) => (fn as ReturnType<typeof vi.fn>).mock.calls.length === 0)).toBe(true);
  });

  it('runs privileged messages from an extension page', async () => {
    const h = handlers();
    expect(await dispatch({ type: 'sync-bundled' }, optionsPage, h, context)).toEqual({ value: { ok: true, meta: { version: '1.0.0' } } });
    expect(h['sync-bundled']).toHaveBeenCalledOnce();
  });

  it("reads a tab on demand when the side panel asks", async () => {
    const h = handlers();
    expect(await dispatch({ type: 'read-page', tabId: 7 }, optionsPage, h, context)).toEqual({ value: { reading: true } });
    expect(h['read-page']).toHaveBeenCalledWith({ type: 'read-page', tabId: 7 }, optionsPage);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'sync-bundled'],
    ['an unknown type', { type: 'delete-everything' }],
    ['an extra field', { type: 'sync-bundled', force: true }],
    ['a wrong field type', { type: 'import-dataset', fileName: 7, text: '{}' }],
    ['a tab id that is no tab id', { type: 'read-page', tabId: -1.5 }],
    ['a prototype trick', JSON.parse('{"type":"sync-bundled","__proto__":{"admin":true}}')],
  ])('refuses a malformed message: %s', async (_, message) => {
    const h = handlers();
    const reply = await dispatch(message, optionsPage, h, context);
    expect(reply).toHaveProperty('error');
    expect((reply as { error: string }).error).toMatch(/^refused: not a Crosscheck message/);
    expect(h['sync-bundled']).not.toHaveBeenCalled();
  });

  // What a page sends of itself is the page's to decide: the background takes an outline within bounds only.
  const plain = outlinePage(parseHtml('<!doctype html><html lang="en"><head><title>RedNote</title></head><body><h1 class="headline">RedNote</h1><p>RedNote drew 700,000 new users in two days.</p></body></html>')).outline;
  const pageWith = (outline: unknown) => ({ type: 'read-article', url: 'https://news.example.com/a', outline });
  const n = plain.parents.length;
  it.each([
    ['a parent after its child', { ...plain, parents: [-1, 2, ...plain.parents.slice(2)] }],
    ['two roots', { ...plain, parents: [-1, -1, ...plain.parents.slice(2)] }],
    ['a text node holding a node', { ...plain, parents: [...plain.parents.slice(0, -1), plain.tags.lastIndexOf('')] }],
    ['an index past the end', { ...plain, attributes: [[n, 'class', 'x']] }],
    ['an attribute extraction never reads (href)', { ...plain, attributes: [[0, 'href', 'https://tracker.example/']] }],
    ['an attribute on a text node', { ...plain, attributes: [[plain.tags.indexOf(''), 'class', 'x']] }],
    ['an attribute without its value', { ...plain, attributes: [[0, 'class']] }],
    ['an attribute value of 2,001 characters', { ...plain, attributes: [[0, 'class', 'x'.repeat(2_001)]] }],
    ['fewer tags than nodes', { ...plain, tags: plain.tags.slice(1) }],
    ['a tag name of 101 characters', { ...plain, tags: ['x'.repeat(101), ...plain.tags.slice(1)] }],
    ['a text node of 200,001 characters', { ...plain, texts: plain.texts.map((t, i) => (i === plain.tags.indexOf('') ? 'x'.repeat(200_001) : t)) }],
    ['more than 4,000,000 characters of text', { parents: [-1, ...Array(21).fill(0)], tags: ['HTML', ...Array(21).fill('')], texts: ['', ...Array(21).fill('x'.repeat(200_000))], attributes: [], truncated: true }],
    ['a field of its own', { ...plain, trustMe: true }],
    ['no outline at all', undefined],
    ['an outline of null', null],
  ])('refuses a page whose outline holds %s', async (_, outline) => {
    const h = handlers();
    const reply = await dispatch(pageWith(outline), contentScript, h, context);
    expect((reply as { error: string }).error).toMatch(/^refused: not a Crosscheck message.*outline/s);
    expect(h['read-article']).not.toHaveBeenCalled();
  });

  it("takes a plain page's outline", async () => {
    const h = handlers();
    expect(pageOutline.safeParse(plain).success).toBe(true);
    await dispatch(pageWith(plain), contentScript, h, context);
    expect(h['read-article']).toHaveBeenCalledOnce();
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const h = handlers();
    h.reset = async () => {
      throw new Error('cache unavailable');
    };
    expect(await dispatch({ type: 'reset' }, optionsPage, h, context)).toEqual({ error: 'cache unavailable' });
  });
});
