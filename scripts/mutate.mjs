/**
 * `npm run mutate [name…]`: mutation testing of the pure modules, one module after the other
 * (Stryker is CPU heavy and the machine's cores are shared), each with its own incremental file
 * so that a rerun tests only the mutants whose code or tests changed. Reports go to
 * reports/mutation/<name>.html and .json (git-ignored); the table printed at the end is what the
 * README's "Mutation testing" section records.
 *
 *   npm run mutate                   every module below, in order
 *   npm run mutate -- compare dates  only these (names from MODULES)
 *   npm run mutate -- --force        retest every mutant, ignoring the incremental files
 */
import { Stryker } from '@stryker-mutator/core';

const unit = (...names) => names.map((name) => `tests/unit/${name}`);

/**
 * The pure modules, by name: the files mutated, and the unit tests that state their behaviour.
 * Only those tests run (vitest.mutate.config.ts reads MUTATE_TESTS): a mutant counts as killed
 * when the module's own tests notice it, not when a panel test happens to, and the tests that
 * read the whole pipeline at import time would make every mutant "static" (rerun with a reload).
 */
const MODULES = {
  interval: { mutate: ['utils/core/interval.ts'], tests: unit('interval.test.ts') },
  compare: { mutate: ['utils/core/compare.ts'], tests: unit('compare.test.ts', 'compare-series.test.ts', 'verdict.test.ts') },
  verdict: { mutate: ['components/verdict.ts'], tests: unit('verdict.test.ts') },
  // The readers of dates and numbers use its month and weekday names in every language; the
  // timeline and the verdicts' wording its day arithmetic and English names.
  calendar: {
    mutate: ['utils/core/calendar.ts'],
    tests: unit('calendar.test.ts', 'dates.test.ts', 'dates-languages.test.ts', 'numbers.test.ts', 'numbers-languages.test.ts', 'timeline.test.ts', 'verdict.test.ts'),
  },
  words: { mutate: ['utils/core/words.ts'], tests: unit('words.test.ts', 'first-look.test.ts', 'topic.test.ts') },
  timeline: { mutate: ['utils/core/timeline.ts'], tests: unit('timeline.test.ts', 'timeline-layout.test.ts') },
  // Not import-fuzz.test.ts: its property runs and 24 MB file take minutes per mutant.
  'dataset-input': { mutate: ['utils/schema/dataset-input.ts'], tests: unit('schema.test.ts') },
  // The number reader's classification (what a number is, its unit and hedge) and range joining.
  numbers: {
    mutate: ['utils/reading/background/numbers-describe.ts', 'utils/reading/background/numbers.ts'],
    tests: unit('numbers.test.ts', 'numbers-languages.test.ts', 'numbers-forms.test.ts', 'numbers-rules.test.ts'), // not numbers-robustness: seconds a run
  },
  dates: {
    mutate: ['utils/reading/background/dates.ts', 'utils/reading/background/dates-resolve.ts'],
    tests: unit('dates.test.ts', 'dates-languages.test.ts'), // not dates-robustness: seconds a run
  },
  // How a found figure is linked to a metric (and a date to an event): through the reader on the
  // fixture pages and on sentences, and with a dataset about another story. Not
  // corpus-languages.test.ts: it reads the whole corpus in every language on every run.
  link: {
    mutate: ['utils/reading/background/link.ts', 'utils/reading/background/link-dates.ts', 'utils/reading/background/link-places.ts'],
    tests: unit('link.test.ts', 'link-dates.test.ts', 'link-phrasing.test.ts', 'pipeline.test.ts', 'second-story.test.ts'),
  },
  // Whether an article is about the story, and whether a tab's title or address names it.
  topic: {
    mutate: ['utils/reading/background/topic.ts', 'utils/reading/background/first-look.ts'],
    tests: unit('topic.test.ts', 'topic-scoring.test.ts', 'first-look.test.ts', 'second-story.test.ts'),
  },
  // Whether a page is an article, from what the page measured.
  'article-verdict': { mutate: ['utils/reading/background/article-verdict.ts'], tests: unit('article-verdict.test.ts', 'article.test.ts') },
  // A page's outline: written by the reader, checked by hand when it arrives (a page can forge
  // it), read back as a document for the extraction, and the figures' places in the page.
  outline: {
    mutate: ['utils/content/outline.ts', 'utils/reading/background/outline-document.ts', 'utils/reading/background/read-outline.ts', 'utils/schema/outline.ts'],
    tests: unit('outline.test.ts', 'outline-problem.test.ts', 'outline-document.test.ts', 'outline-read.test.ts', 'messages.test.ts', 'reading-service.test.ts'),
  },
};

const args = process.argv.slice(2);
const force = args.includes('--force');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in MODULES));
if (unknown.length) {
  console.error(`unknown module ${unknown.join(', ')}: one of ${Object.keys(MODULES).join(', ')}`);
  process.exit(2);
}

/** Stryker's score: killed (and timed out) among the mutants that compiled and ran. */
function score(results) {
  const counts = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { percent: valid ? (100 * detected) / valid : 100, detected, survived: valid - detected, counts };
}

const scores = [];
for (const name of names.length ? names : Object.keys(MODULES)) {
  const { mutate, tests } = MODULES[name];
  process.env.MUTATE_TESTS = tests.join(',');
  const results = await new Stryker({
    mutate,
    force,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
  }).runMutationTest();
  scores.push([name, score(results)]);
}
console.log('\nmodule            score   killed  survived');
for (const [name, s] of scores) console.log(`${name.padEnd(16)} ${s.percent.toFixed(1).padStart(6)}%  ${String(s.detected).padStart(6)}  ${String(s.survived).padStart(8)}`);
