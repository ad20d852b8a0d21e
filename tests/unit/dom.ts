/**
 * Test helper: parse HTML into a Document with linkedom, the DOM the reading pipeline gets in
 * Node. linkedom builds no implied <html>/<body> around a bare fragment (browsers do), so a
 * fragment is wrapped first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';

// import.meta.dirname, not a file: URL: happy-dom's URL is not one Node's fileURLToPath accepts.
export const PAGES_DIR = `${join(import.meta.dirname, '../fixtures/pages')}/`;

export function parseHtml(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
}

export function readPage(name: string): string {
  return readFileSync(`${PAGES_DIR}${name}`, 'utf8');
}

export function loadPage(name: string): Document {
  return parseHtml(readPage(name));
}

const FILLER = [
  'Newcomers to RedNote kept posting introductions in English, and longtime users answered with tips on food, slang and where to find the translate button.',
  'Several creators said they would post on both apps until the future of TikTok was settled, because rebuilding an audience from nothing takes months.',
  'Analysts cautioned that sign-ups are not the same as daily use, and that many accounts opened in a rush are abandoned within weeks.',
  'The company behind Xiaohongshu has not published its own figures, so outside estimates from app trackers remain the main guide to the surge.',
  'Parents and teachers asked what the move means for privacy, since the app stores its data in China and follows Chinese rules on content.',
];

/**
 * A long on-topic article (about `words` words) for checks that nothing is quadratic: the
 * pipeline must stay linear on a page the size of a book. Generated, not committed.
 */
export function hugeArticleHtml(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = `${FILLER[i % FILLER.length]} ${FILLER[(i * 3 + 1) % FILLER.length]}`;
    paragraphs.push(`<p>${text}</p>`);
    count += text.split(' ').length;
  }
  return `<!doctype html><html lang="en"><head><title>A very long read on RedNote and TikTok | Test Gazette</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-16T10:00:00Z"></head>
<body><nav>${'<a href="/section">Section</a>'.repeat(200)}</nav><article><h1>A very long read on RedNote and TikTok</h1>
${paragraphs.join('\n')}</article><footer>Follow us on TikTok</footer></body></html>`;
}
