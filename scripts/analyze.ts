/**
 * Runs the reading pipeline on pages and prints one JSON object per input: whether it is an
 * article, whether it is about the story, and what it states, linked to the dataset.
 *
 *   npm run analyze -- tests/fixtures/pages/wire-local-news.html http://127.0.0.1:4173/page.html
 *
 * Curators use it to see what an article states that the dataset lacks (`metric: null`). URLs
 * must be on this machine (127.0.0.1 / localhost), and so must every redirect they answer with
 * (scripts/lib/load-page.ts): nothing is fetched from anywhere else.
 */
import { DOMParser } from 'linkedom';
import bundled from '../assets/dataset.json';
import { dataset } from '../utils/schema';
import { buildLinkIndex } from '../utils/reading/background/link';
import { readPage } from '../utils/reading/pipeline';
import { loadPage } from './lib/load-page';

export async function analyze(inputs: string[], write: (line: string) => void = console.log): Promise<number> {
  const data = dataset.parse(bundled);
  const source = { story: data.story, index: buildLinkIndex(data) };
  let failures = 0;
  for (const input of inputs) {
    try {
      const { text: html } = await loadPage(input);
      const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const reading = readPage(doc, source);
      write(
        JSON.stringify({
          input,
          article: reading.article,
          onTopic: reading.onTopic,
          title: reading.title,
          publishedAt: reading.publishedAt,
          figures: reading.figures.map(({ text, value, unit, qualifier, metric }) => ({ text, value, unit, qualifier, metric })),
          events: reading.dates.map(({ text, date, event }) => ({ text, date, event })),
        }),
      );
    } catch (error) {
      failures++;
      write(JSON.stringify({ input, error: error instanceof Error ? error.message : String(error) }));
    }
  }
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = process.argv.slice(2);
  if (inputs.length === 0) {
    console.error('usage: npm run analyze -- <file.html | http://127.0.0.1 URL> [...]');
    process.exit(2);
  }
  analyze(inputs).then((failures) => process.exit(failures ? 1 : 0));
}
