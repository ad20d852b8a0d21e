/**
 * `npm run bench`: runs every benchmark section, prints one table of figures and whether each
 * target is met, and writes everything to `bench-results/latest.json`. Nothing here fails on a
 * missed target; the exit code is 1 only when a section could not run at all.
 *
 *   npm run bench                 every section
 *   npm run bench -- pipeline     only the sections whose name contains "pipeline"
 *
 * Adding a section: write `tests/bench/<name>.ts` exporting `run(): Promise<BenchRow[]>` and add
 * one line to SECTIONS.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build';
import { formatTable, type BenchRow, type BenchSection } from './types';

/** Run in this order; each is imported only when it runs, so one failing import spares the rest. */
const SECTIONS: [name: string, load: () => Promise<BenchSection>][] = [
  ['numbers-vs-compromise', () => import('./numbers-vs-compromise')],
  ['pipeline', () => import('./pipeline')],
  ['hostile-page', () => import('./hostile-page')],
  ['extraction', () => import('./extraction')],
  ['dataset-load', () => import('./dataset-load')],
  ['bundle-size', () => import('./bundle-size')],
  ['first-look', () => import('./first-look')],
  ['page-cost', () => import('./page-cost')],
  ['content-script-cost', () => import('./content-script-cost')],
  ['marking-vs-markjs', () => import('./marking-vs-markjs')],
  ['hover-to-card', () => import('./hover-to-card')],
];

const RESULTS_DIR = join(ROOT, 'bench-results');

function gitCommit(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

async function main(filters: string[]) {
  const chosen = SECTIONS.filter(([name]) => filters.length === 0 || filters.some((filter) => name.includes(filter)));
  if (chosen.length === 0) {
    console.error(`bench: no section matches ${filters.join(', ')}; sections: ${SECTIONS.map(([name]) => name).join(', ')}`);
    return 2;
  }
  const startedAt = new Date();
  const rows: BenchRow[] = [];
  const sections: { name: string; seconds: number; error?: string }[] = [];
  for (const [name, load] of chosen) {
    process.stderr.write(`bench: ${name}…\n`);
    const start = performance.now();
    try {
      const section = await load();
      rows.push(...(await section.run()));
      sections.push({ name, seconds: (performance.now() - start) / 1000 });
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`bench: ${name} could not run: ${message}\n`);
      sections.push({ name, seconds: (performance.now() - start) / 1000, error: message });
    }
    process.stderr.write(`bench: ${name} took ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  }

  console.log(formatTable(rows));
  const missed = rows.filter((row) => row.ok === false);
  const failed = sections.filter((section) => section.error);
  console.log(
    `\n${rows.filter((row) => row.ok === true).length} targets met, ${missed.length} missed` +
      (failed.length ? `; ${failed.length} section(s) could not run: ${failed.map((s) => s.name).join(', ')}` : ''),
  );

  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'latest.json');
  const machine = { node: process.version, platform: `${process.platform} ${process.arch}`, cpu: cpus()[0]?.model ?? null, cores: availableParallelism() };
  writeFileSync(
    file,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), ...gitCommit(), machine, sections, rows }, null, 2)}\n`,
  );
  console.log(`written to ${file.slice(ROOT.length + 1)}`);
  return failed.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
