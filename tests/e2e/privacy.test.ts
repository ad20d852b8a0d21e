/**
 * Hardening, in the real browser: nothing leaves the machine, the permissions and the content
 * security policy are the fewest that do the job, and web pages cannot reach the extension.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, chromiumFlags, eventually, FIREFOX_BUILD, inUi, launchWithExtension, pageState, serveFixtures, startRefusingProxy, type ExtensionBrowser, type FixtureServer } from './harness';

/** The hosts Chromium itself contacts in the same time without any extension (updates, sign-in). */
async function browserOwnHosts(milliseconds: number): Promise<Set<string>> {
  const proxy = await startRefusingProxy();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', ...chromiumFlags(proxy.port)],
  });
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(milliseconds);
  await context.close();
  await proxy.close();
  return new Set(proxy.refused.map(hostOf));
}

const hostOf = (request: string) => request.replace(/^(CONNECT|[A-Z]+ https?:\/\/)/, '').replace(/^ /, '').split(/[:/]/)[0]!;

let browser: ExtensionBrowser;
let server: FixtureServer;
const violations: string[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), serveFixtures()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('no network request leaves the browser', () => {
  it('while syncing the bundled dataset, reading articles and showing cards', async () => {
    const options = await browser.context.newPage();
    options.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByTestId('sync-button').click();
    await options.getByTestId('action-success').waitFor();
    for (const path of ['wire-local-news.html', 'trade-entertainment.html', 'chinese-xiaohongshu.html', 'recipe-viral-tiktok.html']) {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      if (!path.startsWith('recipe')) {
        await eventually(async () => expect((await pageState(page)).targets.length).toBeGreaterThan(0));
        await inUi(page, (root) => root!.querySelector<HTMLElement>('.cc-target')!.focus());
        await eventually(async () => expect((await pageState(page)).cardOpen).toBe(true));
      }
      await page.close();
    }
    const panel = await browser.context.newPage();
    await panel.goto(browser.extensionUrl('sidepanel.html'));
    await panel.waitForTimeout(1_000);
    // What the pages, the extension's pages and its service worker asked for: this machine only.
    const elsewhere = browser.requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith(browser.extensionUrl('')) && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    // What left the browser at all (the proxy saw it): only what Chromium does without Crosscheck.
    const own = await browserOwnHosts(8_000);
    const extra = browser.blockedRequests.filter((request) => !own.has(hostOf(request)));
    expect(extra).toEqual([]);
    // On 127.0.0.1, only the pages themselves were asked for (and the browser's favicon look-up).
    expect(server.requests.filter((path) => !path.endsWith('.html') && path !== '/favicon.ico')).toEqual([]);
  });

  it('ran the extension pages without a single content-security-policy violation', () => {
    expect(violations).toEqual([]);
  });
});

describe('the fewest permissions, and no remote code', () => {
  const manifest = (build: string) => JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

  // The web pages: the http(s) sites, so the background sees a tab's title and address and can put
  // the reader into a tab that names the story (scripting in Chrome; Firefox's MV2 lists the
  // sites among its permissions and uses tabs.executeScript). No content script: no other page
  // gets anything. contextMenus: "Crosscheck this page", with no install warning in either.
  it.each([
    ['Chrome', CHROME_BUILD, ['storage', 'contextMenus', 'sidePanel', 'scripting'], ['http://*/*', 'https://*/*']],
    ['Firefox', FIREFOX_BUILD, ['storage', 'contextMenus', 'http://*/*', 'https://*/*'], []],
  ])('%s asks only for %j and hosts %j', (_, build, permissions, hosts) => {
    const m = manifest(build);
    expect(m.permissions).toEqual(permissions);
    expect(m.host_permissions ?? []).toEqual(hosts);
    expect(m.content_scripts).toBeUndefined();
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it.each([
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ])('%s has an extension-page CSP without unsafe-eval and loads no script from elsewhere', (_, build) => {
    const m = manifest(build);
    const csp: string = typeof m.content_security_policy === 'string' ? m.content_security_policy : m.content_security_policy.extension_pages;
    expect(csp).toBe("script-src 'self'; object-src 'self'");
    for (const file of files(build).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    }
    for (const file of files(build).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code).not.toMatch(/importScripts\(|import\(\s*["'`]https?:/);
    }
  });

  it('cannot be messaged by a web page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('wire-local-news.html'));
    expect(await page.evaluate(() => typeof (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await page.close();
  });
});
