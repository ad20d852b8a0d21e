/**
 * `npm run analyze` (and `npm run curate`, which loads pages the same way) reads pages from this
 * machine only, redirects included: a local page that answers 302 to another address must not
 * make it fetch that address.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../scripts/analyze';
import { loadPage, MAX_REDIRECTS } from '../../scripts/lib/load-page';

const PAGE = '<!doctype html><html><head><title>A page written for the tests</title></head><body><p>Nothing to see.</p></body></html>';

function serve(host: string, route: (req: IncomingMessage, res: ServerResponse, base: string) => void): Promise<{ server: Server; base: string; hits: string[] }> {
  const hits: string[] = [];
  return new Promise((done) => {
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      route(req, res, base());
    });
    const base = () => `http://${host}:${(server.address() as AddressInfo).port}`;
    server.listen(0, host, () => done({ server, base: base(), hits }));
  });
}

const redirect = (res: ServerResponse, status: number, location: string) => {
  res.writeHead(status, { location });
  res.end();
};

// "Another address": a second loopback address, so the test can see whether it was asked.
let elsewhere: Awaited<ReturnType<typeof serve>>;
let local: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  elsewhere = await serve('127.0.0.2', (_req, res) => res.end(PAGE));
  local = await serve('127.0.0.1', (req, res, base) => {
    const port = new URL(base).port;
    if (req.url === '/away') return redirect(res, 302, `${elsewhere.base}/article.html`);
    if (req.url === '/away-later') return redirect(res, 301, '/away');
    if (req.url === '/chain') return redirect(res, 302, '/chain-2');
    if (req.url === '/chain-2') return redirect(res, 307, `http://localhost:${port}/article.html`);
    if (req.url === '/loop') return redirect(res, 302, '/loop');
    if (req.url === '/to-file') return redirect(res, 302, 'file:///etc/passwd');
    if (req.url === '/article.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(PAGE);
    }
    res.writeHead(404);
    res.end();
  });
});
afterAll(() => {
  local.server.close();
  elsewhere.server.close();
});

async function analyzed(url: string): Promise<Record<string, unknown>> {
  const lines: string[] = [];
  await analyze([url], (line) => lines.push(line));
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

describe('npm run analyze reads only this machine', () => {
  it('refuses a redirect to another address, and never asks it', async () => {
    const result = await analyzed(`${local.base}/away`);
    expect(result.error).toBe(`refusing to fetch the redirect from ${local.base}/away to ${new URL(elsewhere.base).host}: only pages served from 127.0.0.1 or localhost are read`);
    expect(elsewhere.hits).toEqual([]);
  });

  it('checks every hop, not only the first', async () => {
    const result = await analyzed(`${local.base}/away-later`);
    expect(result.error).toMatch(/^refusing to fetch the redirect from .*\/away to 127\.0\.0\.2:/);
    expect(elsewhere.hits).toEqual([]);
  });

  it('follows a chain of redirects that stays on this machine', async () => {
    const result = await analyzed(`${local.base}/chain`);
    expect(result).toMatchObject({ article: false, onTopic: false });
    expect(result.error).toBeUndefined();
  });

  it.each([
    ['http://203.0.113.7/article.html', 'refusing to fetch 203.0.113.7: only pages served from 127.0.0.1 or localhost are read'],
    ['http://127.0.0.2/article.html', 'refusing to fetch 127.0.0.2: only pages served from 127.0.0.1 or localhost are read'],
    ['http://localhost.evil.example/a', 'refusing to fetch localhost.evil.example: only pages served from 127.0.0.1 or localhost are read'],
  ])('refuses %s before asking anything', async (url, message) => {
    const fetch = vi.fn();
    await expect(loadPage(url, { fetch })).rejects.toThrow(message);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the page loader', () => {
  it('follows relative and absolute local redirects to the page, and says where it ended', async () => {
    const page = await loadPage(`${local.base}/chain`);
    expect(page).toEqual({ text: PAGE, url: `http://localhost:${new URL(local.base).port}/article.html`, contentType: 'text/html; charset=utf-8' });
  });

  it(`stops a redirect loop after ${MAX_REDIRECTS} hops`, async () => {
    await expect(loadPage(`${local.base}/loop`)).rejects.toThrow(`${local.base}/loop: more than ${MAX_REDIRECTS} redirects`);
  });

  it('refuses a redirect to a file', async () => {
    await expect(loadPage(`${local.base}/to-file`)).rejects.toThrow('refusing file: address file:///etc/passwd: only http(s) pages served from 127.0.0.1 or localhost are read');
  });

  it('says which status a missing page answered', async () => {
    await expect(loadPage(`${local.base}/missing.html`)).rejects.toThrow(`${local.base}/missing.html: HTTP 404`);
  });
});
