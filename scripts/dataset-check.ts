/**
 * Checks a dataset file before it ships: the schema (as an import reads it), then every quote
 * word for word in its own article (`../shared`, or the folder `CROSSCHECK_SHARED` names), then
 * prints what it holds. Exits non-zero on any problem.
 *
 *   npm run dataset:check                 # assets/dataset.json
 *   npm run dataset:check -- other.json
 *
 * Without the source texts the quote check is skipped with a line saying so, except on CI
 * (`CI=true`), where that is a failure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkQuotes, formatSummary, summarize, validateDatasetText } from './lib/dataset-check';
import { loadSourceTexts, locateShared, ROOT, textsRequired } from './lib/source-texts';

export interface CheckRun {
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  root?: string;
  write?: (line: string) => void;
}

export function runDatasetCheck({ args, env = process.env, root = ROOT, write = console.log }: CheckRun): number {
  const file = resolve(args[0] ?? resolve(root, 'assets', 'dataset.json'));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    write(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  const validated = validateDatasetText(text);
  if (!validated.ok) {
    for (const problem of validated.problems) write(problem);
    write(`${file}: ${validated.problems.length} problem${validated.problems.length === 1 ? '' : 's'} with the schema; quotes not checked`);
    return 1;
  }
  const data = validated.dataset;
  const shared = locateShared(env, root);
  let problems: string[] = [];
  if (shared.found) {
    problems = checkQuotes(data, loadSourceTexts(shared.dir, root));
    for (const problem of problems) write(problem);
  } else if (textsRequired(env)) {
    write(`quotes cannot be checked: ${shared.reason} (required when CI=true)`);
    return 1;
  } else {
    write(`quote check skipped: ${shared.reason}`);
  }
  for (const line of formatSummary(summarize(data))) write(line);
  write(
    problems.length
      ? `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`
      : `${file}: valid${shared.found ? ', every quote found in its article' : ''}`,
  );
  return problems.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runDatasetCheck({ args: process.argv.slice(2) }));
}
