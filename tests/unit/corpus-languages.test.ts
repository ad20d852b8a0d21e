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

/**
 * Links on the corpus's pages in other languages, reviewed by reading each page: page, value,
 * metric. Values only: the pages' words stay in ../shared. A reviewed value linked to another
 * metric fails; a link not reviewed yet is printed for review.
 */
const REVIEWED: [slug: string, value: number, metric: string][] = [
  ['appliv-tiktok-ban-xiaohongshu-2025-02-14', 75, 'tiktok-ban-enforcement-pause-days'],
  ['getnews-rednote-tiktok-refugees-2025-01', 3e8, 'rednote-users'],
  ['note-hoppy-tiktok-refugees-red-note-2025-01', 1.7e8, 'tiktok-us-users'],
  ['note-hoppy-tiktok-refugees-red-note-2025-01', 7e5, 'rednote-new-users-two-days'],
  ['koreatimes-us-tiktok-refugees-chinese-instagram-2025-01-15', 1.7e8, 'tiktok-us-users'],
  ['moneytoday-xiaohongshu-tiktok-refugees-2025-01-15', 1.7e8, 'tiktok-us-users'],
  ['moneytoday-xiaohongshu-tiktok-refugees-2025-01-15', 3e8, 'rednote-users'],
  ['socialmediamuseum-trump-weitere-75-tage-tiktok-2025-04', 75, 'tiktok-ban-enforcement-pause-days'],
  ['thebunker-tiktok-refugees-libretti-rossi-2025-01', 1.7e8, 'tiktok-us-users'],
  ['thebunker-tiktok-refugees-libretti-rossi-2025-01', 90, 'tiktok-extension-promised-days'], // promised before taking office, as the dataset has it
  ['theindiadaily-rednote-7-lakh-users-2025-01', 7e5, 'rednote-new-users-two-days'],
  ['theindiadaily-rednote-7-lakh-users-2025-01', 3e8, 'rednote-users'],
  ['xinhua-pt-rednote-refugiados-tiktok-2025-01-16', 7e5, 'rednote-new-users-two-days'],
  ['ihu-unisinos-conversation-rednote-media-expert-2025-01-21', 36.2e6, 'tiktokrefugee-hashtag-views'],
  ['idntimes-mengenal-rednote-pengganti-tiktok-2025-01', 7e5, 'rednote-new-users-two-days'],
  // Reviewed with the ranks, shares, growth, yuan and countries the reader now reads, and the
  // dataset's figures in these languages (each is one of the dataset's figures, or the same
  // quantity at another date: ITBear's daily downloads "below 200,000" before the surge, RedNote
  // at the top of the free chart on 13 January).
  ['appliv-tiktok-ban-xiaohongshu-2025-02-14', 1, 'rednote-us-app-store-rank'],
  ['chinaorgcn-jp-tiktok-refugees-xiaohongshu-2025-01-16', 1, 'rednote-us-app-store-rank'],
  ['chinaorgcn-jp-tiktok-refugees-xiaohongshu-2025-01-16', 2.2e8, 'tiktokrefugee-hashtag-views'],
  ['chinaorgcn-jp-tiktok-refugees-xiaohongshu-2025-01-16', 5e6, 'tiktokrefugee-hashtag-comments'],
  ['chinaorgcn-jp-tiktok-refugees-xiaohongshu-2025-01-16', 270, 'tiktok-law-divestment-days'],
  ['ffsy56-xiaohongshu-80-countries-app-store-2025-01-16', 80, 'rednote-countries-topped-download-charts'],
  ['getnews-rednote-tiktok-refugees-2025-01', 1, 'rednote-us-app-store-rank'],
  ['hanghangsou-tiktok-refugee-report-2025-01', 8e8, 'tiktokrefugee-hashtag-views'],
  ['idntimes-mengenal-rednote-pengganti-tiktok-2025-01', 2.5e8, 'tiktokrefugee-hashtag-views'],
  ['idntimes-mengenal-rednote-pengganti-tiktok-2025-01', 5.5e6, 'tiktokrefugee-hashtag-comments'],
  ['itbear-xiaohongshu-app-store-downloads-2025-01', 25, 'rednote-us-app-store-rank'],
  ['itbear-xiaohongshu-app-store-downloads-2025-01', 1, 'rednote-us-app-store-rank'],
  ['itbear-xiaohongshu-app-store-downloads-2025-01', 2e5, 'rednote-ios-daily-downloads-global'],
  ['itbear-xiaohongshu-app-store-downloads-2025-01', 608_000, 'rednote-ios-daily-downloads-global'],
  ['itbear-xiaohongshu-app-store-downloads-2025-01', 1_115_000, 'rednote-ios-downloads-three-days'],
  ['koreatimes-us-tiktok-refugees-chinese-instagram-2025-01-15', 1, 'rednote-us-app-store-rank'],
  ['moneytoday-xiaohongshu-tiktok-refugees-2025-01-15', 1, 'rednote-us-app-store-rank'],
  ['moneytoday-xiaohongshu-tiktok-refugees-2025-01-15', 1e9, 'rednote-profit-2024'],
  ['mydigit-duolingo-mandarin-216-rednote-2025-01', 216, 'duolingo-us-mandarin-learners-growth'],
  ['mydigit-duolingo-mandarin-216-rednote-2025-01', 5e5, 'duolingo-move-to-china-video-likes'],
  ['newsamigo-hola-refugiados-de-tiktok-2025-01', 3e6, 'rednote-us-new-users-one-day'],
  ['note-hoppy-tiktok-refugees-red-note-2025-01', 60, 'tiktok-us-users-aged-18-29-share'],
  ['note-hoppy-tiktok-refugees-red-note-2025-01', 1, 'rednote-us-app-store-rank'],
  ['note-hoppy-tiktok-refugees-red-note-2025-01', 100, 'rednote-us-downloads-wow-change'],
  ['note-hoppy-tiktok-refugees-red-note-2025-01', 2e5, 'tiktokrefugee-hashtag-posts'],
  ['note-hoppy-tiktok-refugees-red-note-2025-01', 2e8, 'tiktokrefugee-hashtag-views'],
  ['theindiadaily-rednote-7-lakh-users-2025-01', 1, 'rednote-us-app-store-rank'],
  ['xinhua-pt-rednote-refugiados-tiktok-2025-01-16', 1, 'rednote-us-app-store-rank'],
  ['xinhua-pt-rednote-refugiados-tiktok-2025-01-16', 7e8, 'tiktokrefugee-hashtag-views'],
  ['xinhua-pt-rednote-refugiados-tiktok-2025-01-16', 1e7, 'tiktokrefugee-hashtag-comments'],
];
/** At least this share of each language's on-topic pages must be read as on topic (issue 12's target). */
const ON_TOPIC_TARGET = 0.9;

const available = corpusAvailable();
if (!available && process.env.CI !== 'true') console.log(`corpus-languages: skipped, no corpus at ${CORPUS_DIR}`);

describe.skipIf(!available && process.env.CI !== 'true')('reading the corpus by language', () => {
  it('finds the corpus', () => {
    expect(available, `the corpus is required in CI: ${CORPUS_DIR}`).toBe(true);
  });

  const rows = available
    ? (readCorpus() ?? []).map((page) => {
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
      if (page.onTopic) {
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
        if ((language === 'en' && process.env.CORPUS_DETAIL !== 'all') || !page.onTopic) continue;
        console.log(`\n${page.slug} [${language}] on topic ${reading.onTopic}: ${reading.topicReasons.join('; ')}`);
        for (const f of reading.figures) console.log(`   ${f.metric ? '→' : ' '} ${JSON.stringify(f.text)} ${f.value} ${f.unit ?? ''} ${f.metric ?? ''}`);
        void linked;
      }
    }
    expect(table.size).toBeGreaterThan(0);
    for (const [language, r] of table) expect(r.onTopic / Math.max(r.pages, 1), `${language}: on topic`).toBeGreaterThanOrEqual(language === 'unknown' ? 0 : ON_TOPIC_TARGET);
  });

  it('links the reviewed figures of pages in other languages to their metrics, and no reviewed value to another', () => {
    const unreviewed: string[] = [];
    for (const { page, language, linked } of rows) {
      if (language === 'en' || !page.onTopic) continue;
      for (const figure of linked) {
        const reviewed = REVIEWED.filter(([slug, value]) => slug === page.slug && value === figure.value);
        if (reviewed.length === 0) unreviewed.push(`${page.slug}: ${figure.value} → ${figure.metric}`);
        else expect(reviewed.map(([, , metric]) => metric), `${page.slug}: ${figure.value}`).toContain(figure.metric);
      }
    }
    if (unreviewed.length) console.log(`links to review (add them to REVIEWED when right):\n${unreviewed.join('\n')}`);
    for (const [slug, value, metric] of REVIEWED) {
      const row = rows.find((r) => r.page.slug === slug);
      expect(row?.linked.some((f) => f.value === value && f.metric === metric), `${slug}: ${value} → ${metric}`).toBe(true);
    }
  });
});
