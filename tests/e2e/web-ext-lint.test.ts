/**
 * Mozilla's add-on linter (what addons.mozilla.org runs on upload) over the Firefox build, as
 * `npm run lint:firefox` does: errors fail the test, warnings are printed so that each one is
 * fixed or explained in the README.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD } from './harness';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}
type Lint = (
  params: { sourceDir: string; selfHosted: boolean; output: 'none' | 'json' | 'text'; boring?: boolean; warningsAsErrors?: boolean },
  options: { shouldExitProgram: boolean },
) => Promise<LintReport>;

// web-ext ships no TypeScript types; `Lint` is the part of its API used here.
async function loadLint(): Promise<Lint> {
  const { default: webExt } = (await import('web-ext' as string)) as { default: { cmd: { lint: Lint } } };
  return webExt.cmd.lint;
}

const describeMessage = (kind: string, m: LintMessage) =>
  `${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}: ${m.message}`;

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors', async () => {
    if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
      throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build:firefox\` first (npm test does it for you).`);
    }
    const lint = await loadLint();
    // output 'none': the report is returned, and printed below in one block, not by the linter.
    const report = await lint({ sourceDir: FIREFOX_BUILD, selfHosted: true, output: 'none' }, { shouldExitProgram: false });
    const lines = [...report.warnings.map((m) => describeMessage('warning', m)), ...report.notices.map((m) => describeMessage('notice', m))];
    if (lines.length > 0) {
      console.warn(`web-ext lint: ${report.warnings.length} warnings, ${report.notices.length} notices\n  ${lines.join('\n  ')}`);
    }
    expect(report.errors.map((m) => describeMessage('error', m))).toEqual([]);
  }, 60_000);
});
