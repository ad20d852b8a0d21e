/**
 * What the Chrome build ships: the gzip -9 size of every JS and CSS file in
 * `.output/chrome-mv3`, grouped by the entrypoint that loads it (the manifest for the background
 * and content scripts, each HTML page's script and stylesheet tags for the pages). A chunk two
 * entrypoints load counts in both; a file nothing references is listed as "unreferenced".
 * Content scripts are injected into every page the reader opens, hence their budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureChromeBuild } from './build';
import { KIB } from './measure';
import type { BenchRow } from './types';

const SECTION = 'bundle-size';
const CONTENT_BUDGET_KIB = 30;
const SHIPPED = /\.(?:js|mjs|css)$/;

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  options_ui?: { page?: string };
  options_page?: string;
  side_panel?: { default_path?: string };
  action?: { default_popup?: string };
}

const clean = (path: string) => path.replace(/^\.?\//, '');

/** Scripts, module preloads and stylesheets an HTML page loads, relative to the build. */
function pageFiles(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/gi)].map((match) => clean(match[1]!));
  return files.filter((file) => SHIPPED.test(file) && existsSync(join(dir, file)));
}

/** Entrypoint name → the shipped files it loads. */
function entrypoints(dir: string): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const groups = new Map<string, string[]>();
  const add = (name: string, files: string[]) => groups.set(name, [...new Set([...(groups.get(name) ?? []), ...files.map(clean)])]);

  const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter((f): f is string => !!f);
  if (background.length) add('background', background);
  for (const script of manifest.content_scripts ?? []) {
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) add(`content script ${contentName(file)}`, [file]);
  }
  // Content scripts registered at run time rather than in the manifest still ship in this folder.
  const contentDir = join(dir, 'content-scripts');
  if (existsSync(contentDir)) {
    for (const file of readdirSync(contentDir).filter((f) => SHIPPED.test(f))) add(`content script ${contentName(file)}`, [`content-scripts/${file}`]);
  }
  const pages = new Set(
    [manifest.options_ui?.page, manifest.options_page, manifest.side_panel?.default_path, manifest.action?.default_popup]
      .concat(readdirSync(dir).filter((f) => f.endsWith('.html')))
      .filter((page): page is string => !!page)
      .map(clean),
  );
  for (const page of pages) add(page.replace(/\.html$/, '').replace(/\/index$/, ''), pageFiles(dir, page));
  return groups;
}

const contentName = (file: string) => file.replace(/^.*\//, '').replace(SHIPPED, '');

function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SHIPPED.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const gzipped = (dir: string, file: string) => {
  const raw = readFileSync(join(dir, file));
  return { raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
};

const kib = (bytes: number) => bytes / KIB;

export async function run(): Promise<BenchRow[]> {
  const { dir, newerSources } = await ensureChromeBuild();
  const groups = entrypoints(dir);
  const referenced = new Set([...groups.values()].flat());
  const unreferenced = shippedFiles(dir).filter((file) => !referenced.has(file));
  if (unreferenced.length) groups.set('unreferenced', unreferenced);
  const stale = newerSources.length ? '; the build is older than the sources' : '';

  const rows: BenchRow[] = [];
  let contentTotal = 0;
  let contentScripts = 0;
  for (const [entry, files] of groups) {
    let total = 0;
    let totalRaw = 0;
    for (const file of files) {
      const { raw, gz } = gzipped(dir, file);
      total += gz;
      totalRaw += raw;
      rows.push({ section: SECTION, name: `${entry}: ${file}`, value: kib(gz), unit: 'KiB gz', note: `${kib(raw).toFixed(1)} KiB raw` });
    }
    rows.push({ section: SECTION, name: `${entry}: total`, value: kib(total), unit: 'KiB gz', note: `${files.length} file(s), ${kib(totalRaw).toFixed(1)} KiB raw` });
    if (entry.startsWith('content script ')) {
      contentTotal += total;
      contentScripts++;
    }
  }
  if (contentScripts > 0) {
    rows.push({
      section: SECTION,
      name: 'content scripts: total',
      value: kib(contentTotal),
      unit: 'KiB gz',
      target: `≤ ${CONTENT_BUDGET_KIB} KiB`,
      ok: kib(contentTotal) <= CONTENT_BUDGET_KIB,
      note: `${contentScripts} content script(s), JS and CSS${stale}`,
    });
  } else {
    rows.push({
      section: SECTION,
      name: 'content scripts in the build',
      value: 0,
      unit: 'files',
      note: `none yet; the ${CONTENT_BUDGET_KIB} KiB gzipped budget applies once one exists${stale}`,
    });
  }
  return rows;
}
