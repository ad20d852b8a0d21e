/**
 * The hover card cannot be read or rewritten by the page it sits on (issue 10, finding 12): its
 * shadow root is closed and its one handle lives in the content script's world; the card stays in
 * the top layer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, inUi, launchReadyToRead, pageState, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  ({ browser, server } = await launchReadyToRead());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page script that would take the card over: it makes every shadow root it can see open and
 * keeps them, then rewrites the verdict of any card it finds.
 */
const HOSTILE_SCRIPT = `
  const kept = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, { ...init, mode: 'open' }); kept.push(root); return root; };
  window.rewriteVerdict = () => {
    const host = document.querySelector('crosscheck-ui');
    const roots = [host && host.shadowRoot, host && host.crosscheckRoot, ...kept].filter(Boolean);
    let rewritten = 0;
    for (const root of roots) for (const verdict of root.querySelectorAll('[data-testid=card-verdict]')) {
      verdict.textContent = 'Consistent: every outlet agrees';
      rewritten++;
    }
    return { roots: roots.length, rewritten };
  };
`;

async function openCard(page: Page) {
  await eventually(async () => expect((await pageState(page)).targets.length).toBeGreaterThan(0));
  const { x, y } = await inUi(page, (root) => {
    const target = root!.querySelector<HTMLElement>('.cc-target')!;
    target.scrollIntoView({ block: 'center' });
    const rect = target.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(x, y);
  await eventually(async () => expect((await pageState(page)).cardOpen).toBe(true));
}

describe("the hover card against the page's scripts", () => {
  it('cannot be found, read or rewritten by a page script, and stays in the top layer', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(HOSTILE_SCRIPT);
    await page.goto(server.url('wire-local-news.html'));
    await openCard(page);
    const verdict = () => inUi(page, (root) => root!.querySelector('[data-testid=card-verdict]')!.textContent);
    const before = await verdict();
    expect(before).toMatch(/Consistent|Differs/);

    const attempt = await page.evaluate(() => (window as unknown as { rewriteVerdict(): { roots: number; rewritten: number } }).rewriteVerdict());
    expect(attempt).toEqual({ roots: 0, rewritten: 0 });
    const seen = await page.evaluate(() => {
      const host = document.querySelector('crosscheck-ui')!;
      return { shadowRoot: host.shadowRoot, handle: (host as unknown as Record<string, unknown>).crosscheckRoot ?? null, text: host.textContent };
    });
    expect(seen).toEqual({ shadowRoot: null, handle: null, text: '' });
    expect(await verdict()).toBe(before);
    // In the top layer: above whatever the page stacks.
    expect(await inUi(page, (root) => root!.querySelector('.cc-card')!.matches(':popover-open'))).toBe(true);
    await page.close();
  });
});
