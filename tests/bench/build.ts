/**
 * The extension build the browser and bundle sections measure. A fresh clone has none, so the
 * first section that needs it builds it (once per bench run). An existing build is used as it
 * is, with a warning when sources are newer than it: rebuilding unasked would race anyone else
 * building in the same tree. For the same reason the sections measure a snapshot of the build,
 * copied once per run, not the folder a concurrent `wxt build` empties and refills.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const MANIFEST = join(CHROME_BUILD, 'manifest.json');
const SOURCES = ['entrypoints', 'components', 'utils', 'assets', 'public', 'wxt.config.ts', 'package.json'];

export interface BuildInfo {
  /** A whole copy of the build, safe from a concurrent rebuild, for this run only. */
  dir: string;
  /** Whether this run built it. */
  builtNow: boolean;
  /** Source files changed after the build was made (empty when it is current). */
  newerSources: string[];
}

let pending: Promise<BuildInfo> | undefined;

/** The Chrome build, built with `npx wxt build` when missing. */
export function ensureChromeBuild(): Promise<BuildInfo> {
  pending ??= (async () => {
    let builtNow = false;
    // A folder without its manifest is a build in progress (wxt empties the folder first).
    if (existsSync(CHROME_BUILD)) await until(() => existsSync(MANIFEST), 60_000);
    if (!existsSync(MANIFEST)) {
      process.stderr.write('bench: no extension build at .output/chrome-mv3; running `npx wxt build`…\n');
      // Its output goes to stderr so that stdout stays the table.
      const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
      if (result.status !== 0 || !existsSync(MANIFEST)) throw new Error(`\`npx wxt build\` failed (exit ${result.status ?? result.signal})`);
      builtNow = true;
    }
    const builtAt = statSync(MANIFEST).mtimeMs;
    const newerSources = SOURCES.flatMap((path) => filesUnder(join(ROOT, path))).filter((file) => statSync(file).mtimeMs > builtAt);
    if (newerSources.length > 0) {
      process.stderr.write(
        `bench: warning: ${newerSources.length} source file(s) changed after the build in .output/chrome-mv3 (e.g. ${newerSources[0]!.slice(ROOT.length + 1)}); run \`npm run build\` for figures of the current code.\n`,
      );
    }
    return { dir: await snapshot(), builtNow, newerSources };
  })();
  return pending;
}

async function until(check: () => boolean, timeout: number): Promise<boolean> {
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await sleep(500)) {
    if (check()) return true;
  }
  return check();
}

/** Every file the manifest and its pages name is there: the build is whole. */
function complete(dir: string): boolean {
  try {
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const named = [...manifest.matchAll(/"([^"]+\.(?:js|css|html))"/g)].map((match) => match[1]!);
    const pages = named.filter((file) => file.endsWith('.html'));
    const loaded = pages.flatMap((page) => [...readFileSync(join(dir, page), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
    return [...named, ...loaded].every((file) => existsSync(join(dir, file)));
  } catch {
    return false;
  }
}

/** A whole copy of the build in a temporary folder, removed when the process exits. */
async function snapshot(): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), 'crosscheck-bench-build-'));
  process.once('exit', () => rmSync(copy, { recursive: true, force: true }));
  for (let attempt = 0; attempt < 20; attempt++) {
    rmSync(copy, { recursive: true, force: true });
    try {
      cpSync(CHROME_BUILD, copy, { recursive: true, filter: (source) => !source.endsWith('.map') });
    } catch {
      // The folder changed under the copy: another build is writing it; try again.
    }
    if (complete(copy)) return copy;
    await sleep(3_000);
  }
  throw new Error(`the build in ${CHROME_BUILD} stayed incomplete for a minute (another build running?)`);
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
