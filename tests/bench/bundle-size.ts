/**
 * What the Chrome build ships: the gzip -9 size of every JS and CSS file in
 * `.output/chrome-mv3`, grouped by the entrypoint that loads it (the manifest for the background
 * and any content scripts, each HTML page's script and stylesheet tags for the pages, and the
 * scripts the background injects: the reader with its stylesheet, and the card on first use). A
 * chunk two entrypoints load counts in both; a file nothing references is listed as
 * "unreferenced". What pages get has budgets: an article before any interaction at most 15 KiB,
 * with the card at most 30 KiB (`tests/e2e/budget.test.ts` asserts both on every build).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CARD_SCRIPT, MARKS_STYLE, READER_SCRIPT } from '../../utils/background/inject';
import { ensureChromeBuild } from './build';
import { KIB } from './measure';
import type { BenchRow } from './types';

const SECTION = 'bundle-size';
/** Budgets (issue 13): what an article gets before any interaction, and with the card. */
const BEFORE_USE_BUDGET_KIB = 15;
const WITH_CARD_BUDGET_KIB = 30;
const INJECTED = {
  'reader (an article, before any interaction)': [READER_SCRIPT, MARKS_STYLE],
  'card (on first hover, focus or tap)': [CARD_SCRIPT],
};
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
  for (const [name, files] of Object.entries(INJECTED)) add(name, files.filter((file) => existsSync(join(dir, clean(file)))));
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
  const totals = new Map<string, number>();
  for (const [entry, files] of groups) {
    let total = 0;
    let totalRaw = 0;
    for (const file of files) {
      const { raw, gz } = gzipped(dir, file);
      total += gz;
      totalRaw += raw;
      rows.push({ section: SECTION, name: `${entry}: ${file}`, value: kib(gz), unit: 'KiB gz', note: `${kib(raw).toFixed(1)} KiB raw` });
    }
    totals.set(entry, total);
    rows.push({ section: SECTION, name: `${entry}: total`, value: kib(total), unit: 'KiB gz', note: `${files.length} file(s), ${kib(totalRaw).toFixed(1)} KiB raw` });
  }
  const [readerGroup, cardGroup] = Object.keys(INJECTED) as [string, string];
  const manifestScripts = [...groups.keys()].filter((entry) => entry.startsWith('content script '));
  const beforeUse = totals.get(readerGroup) ?? 0;
  const withCard = beforeUse + (totals.get(cardGroup) ?? 0);
  rows.push(
    {
      section: SECTION,
      name: 'what an article gets before any interaction',
      value: kib(beforeUse),
      unit: 'KiB gz',
      target: `≤ ${BEFORE_USE_BUDGET_KIB} KiB`,
      ok: kib(beforeUse) <= BEFORE_USE_BUDGET_KIB,
      note: `the reader and its highlight stylesheet${stale}`,
    },
    {
      section: SECTION,
      name: 'what an article gets with the card',
      value: kib(withCard),
      unit: 'KiB gz',
      target: `≤ ${WITH_CARD_BUDGET_KIB} KiB`,
      ok: kib(withCard) <= WITH_CARD_BUDGET_KIB,
      note: `the reader, its stylesheet and the card${stale}`,
    },
    {
      section: SECTION,
      name: 'what a page that does not name the story gets',
      value: manifestScripts.reduce((sum, entry) => sum + (totals.get(entry) ?? 0), 0) / KIB,
      unit: 'KiB gz',
      target: '0',
      ok: manifestScripts.length === 0,
      note: manifestScripts.length ? `content scripts in the manifest: ${manifestScripts.join(', ')}` : 'no content script in the manifest',
    },
  );
  return rows;
}
