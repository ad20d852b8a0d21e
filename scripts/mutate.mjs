/**
 * `npm run mutate [name…]`: mutation testing of the pure modules, one module after the other
 * (Stryker is CPU heavy and the machine's cores are shared), each with its own incremental file
 * so that a rerun tests only the mutants whose code or tests changed. Reports go to
 * reports/mutation/<name>.html and .json (git-ignored); the last line per module is its score, which the
 * README's "Mutation testing" section records.
 *
 *   npm run mutate                  every module below, in order
 *   npm run mutate -- compare dates  only these (names from MODULES)
 *   npm run mutate -- --force        retest every mutant, ignoring the incremental files
 */
import { Stryker } from '@stryker-mutator/core';

/** The pure modules, by name: what `npm run mutate -- <name>` takes. */
const MODULES = {
  compare: ['utils/core/compare.ts'],
  verdict: ['components/verdict.ts'],
  interval: ['utils/core/interval.ts'],
  'dataset-input': ['utils/schema/dataset-input.ts'],
  calendar: ['utils/core/calendar.ts'],
  words: ['utils/core/words.ts'],
  timeline: ['utils/core/timeline.ts'],
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
  const results = await new Stryker({
    mutate: MODULES[name],
    force,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
  }).runMutationTest();
  scores.push([name, score(results)]);
}
console.log('\nmodule            score   killed  survived');
for (const [name, s] of scores) console.log(`${name.padEnd(16)} ${s.percent.toFixed(1).padStart(6)}%  ${String(s.detected).padStart(6)}  ${String(s.survived).padStart(8)}`);
