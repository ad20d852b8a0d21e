/**
 * The evaluation (`npm run eval`) as a test: every seed and corpus page of ../shared rendered in
 * every page structure, read by the whole pipeline, held to the reading's targets (`THRESHOLDS`)
 * and to the last measured figures (`FLOORS`, at or past them). Skipped with
 * a line saying why when ../shared is absent; required when CI=true.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/eval';
import { FLOORS, THRESHOLDS, type StructureSummary } from '../../scripts/eval/report';
import { locateShared, textsRequired } from '../../scripts/lib/source-texts';

const shared = locateShared();
if (!shared.found) console.warn(`eval.test.ts: ${textsRequired() ? 'failing' : 'skipping'} the evaluation on real pages: ${shared.reason}`);

const share = (found: number, total: number) => (total === 0 ? 1 : found / total);

describe.skipIf(!shared.found && !textsRequired())(`reading real pages built every way${shared.found ? '' : ` (skipped: ${shared.reason})`}`, () => {
  // One run for every assertion below (about 30 s on a loaded 2-core machine).
  let summaries: StructureSummary[] = [];
  it('renders and reads every page of ../shared in every structure (required when CI=true)', { timeout: 300_000 }, () => {
    const evaluation = evaluate();
    expect(evaluation, 'the corpus and seeds are not beside the project').not.toBeNull();
    summaries = evaluation!.summaries;
    expect(evaluation!.articles.filter((a) => a.label === 'positive').length).toBeGreaterThanOrEqual(61);
    expect(summaries.filter((s) => s.kind === 'article').length).toBeGreaterThanOrEqual(8);
  });

  it('reads every on-topic page as an article, and at least 95% of them as on topic, in every article structure', () => {
    for (const s of summaries.filter((x) => x.kind === 'article')) {
      expect(share(s.article.found, s.article.total), `${s.structure}: read as an article`).toBeGreaterThanOrEqual(THRESHOLDS.onTopic);
      expect(share(s.onTopic.found, s.onTopic.total), `${s.structure}: on topic`).toBeGreaterThanOrEqual(THRESHOLDS.onTopic);
    }
  });

  it('links at least 85% of the dataset\'s figures for those pages (and no fewer than last measured), at most 2% to a wrong metric', () => {
    for (const s of summaries.filter((x) => x.kind === 'article' && x.figures.expected > 0)) {
      expect(s.figures.linked / s.figures.expected, `${s.structure}: figures linked`).toBeGreaterThanOrEqual(Math.max(FLOORS.linked, THRESHOLDS.linked));
      expect(s.figures.wrong / s.figures.expected, `${s.structure}: wrong links`).toBeLessThanOrEqual(THRESHOLDS.wrong);
    }
  });

  it('reads at most one tricky off-topic page as on topic, and refuses every page that is not an article', () => {
    for (const s of summaries) {
      if (s.kind === 'article') expect(s.offTopicOnTopic.found, `${s.structure}: off-topic pages on topic`).toBeLessThanOrEqual(Math.min(FLOORS.offTopicOnTopic, THRESHOLDS.offTopicOnTopic));
      else {
        expect(s.offTopicOnTopic.found, `${s.structure}: pages read as on topic`).toBeLessThanOrEqual(THRESHOLDS.offTopicOnTopic);
        expect(s.article.found, `${s.structure}: pages read as articles`).toBe(0);
      }
    }
  });
});
