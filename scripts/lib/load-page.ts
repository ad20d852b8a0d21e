/**
 * Reads a page for the Node tools (`npm run analyze`, `npm run curate`): a file, or a page served
 * on this machine. Nothing is fetched from anywhere else, not even through a redirect: redirects
 * are followed by hand, and every hop's address is checked before it is requested.
 */
import { readFile } from 'node:fs/promises';

/** The only hosts a page is fetched from: this machine. */
export const LOCAL_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Enough for a dev server's trailing-slash and index redirects; a loop stops here. */
export const MAX_REDIRECTS = 5;

export interface LoadedPage {
  /** The page's text (HTML, or a corpus-style text file). */
  text: string;
  /** The address it was finally read from, when it was fetched. */
  url: string | null;
  /** The response's Content-Type, when it was fetched. */
  contentType: string | null;
}

export interface LoadOptions {
  fetch?: typeof globalThis.fetch;
  maxRedirects?: number;
}

export const isWebAddress = (input: string): boolean => /^https?:\/\//i.test(input);

/** `raw` (resolved against `base`) if it is an http(s) address on this machine; else why not. */
function localAddress(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new Error(`not an address: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`refusing ${url.protocol} address ${url.href}: only http(s) pages served from 127.0.0.1 or localhost are read`);
  if (!LOCAL_HOSTS.has(url.hostname)) {
    const via = base ? `the redirect from ${base.href} to ` : '';
    throw new Error(`refusing to fetch ${via}${url.host}: only pages served from 127.0.0.1 or localhost are read`);
  }
  return url;
}

async function fetchLocal(input: string, fetcher: typeof globalThis.fetch, maxRedirects: number): Promise<LoadedPage> {
  let url = localAddress(input);
  for (let hops = 0; ; hops++) {
    const response = await fetcher(url, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      if (hops >= maxRedirects) throw new Error(`${input}: more than ${maxRedirects} redirects`);
      url = localAddress(location, url);
      continue;
    }
    if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
    return { text: await response.text(), url: url.href, contentType: response.headers.get('content-type') };
  }
}

/** A file's text, or a page's from 127.0.0.1 / localhost (following local redirects only). */
export async function loadPage(input: string, { fetch: fetcher = globalThis.fetch, maxRedirects = MAX_REDIRECTS }: LoadOptions = {}): Promise<LoadedPage> {
  if (isWebAddress(input)) return fetchLocal(input, fetcher, maxRedirects);
  return { text: await readFile(input, 'utf8'), url: null, contentType: null };
}
