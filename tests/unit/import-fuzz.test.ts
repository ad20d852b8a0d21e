/**
 * The import path against hostile files (issue 10): what it echoes back is bounded (finding 9),
 * and for any JSON at all an import either loads a dataset that passes the schema or names its
 * problems by path, leaving the cache byte for byte as it was.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../../utils/schema';
import { MAX_PROBLEMS, parseDatasetText } from '../../utils/schema/dataset-input';
import { loadDataset, loadDatasetText } from '../../utils/storage/dataset-load';
import { DATA_TABLES, openDb, type CrosscheckDb } from '../../utils/storage/db';
import { syntheticDataset } from '../support/synthetic-dataset';

let counter = 0;
const opened: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = openDb(`crosscheck-fuzz-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const imported = { kind: 'import', fileName: 'hostile.json' } as const;
const bytes = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n')).length;

describe('echoed problems (finding 9)', () => {
  /** 24 MB of enormous unknown keys, at the top level, in a figure, and as a language code. */
  function enormousKeys(): string {
    const data = structuredClone(syntheticDataset()) as Record<string, unknown>;
    const huge = (n: number) => `${String.fromCharCode(97 + n)}${'k'.repeat(1024 * 1024)}`;
    for (let i = 0; i < 20; i++) data[huge(i)] = 1;
    (data.figures as Record<string, unknown>[])[0]![huge(21)] = 1;
    (data.metrics as { signals: Record<string, string[]> }[])[0]!.signals[huge(22)] = ['users'];
    (data.story as { actors: { aliases: Record<string, string[]> }[] }).actors[0]!.aliases[huge(23)] = ['x'];
    return JSON.stringify(data);
  }

  it('a 24 MB file of enormous keys gets a few kilobytes of problems, each naming its path', () => {
    const text = enormousKeys();
    expect(text.length).toBeGreaterThan(24_000_000);
    const result = parseDatasetText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(bytes(result.problems)).toBeLessThan(20 * 1024);
    expect(result.problems.join('\n')).toContain('(top level): unknown fields "akkkk');
    expect(result.problems.join('\n')).toContain('and 17 more');
    expect(result.problems.join('\n')).toContain('figures[0]: unknown field "v');
    expect(result.problems.every((line) => line.length <= 300)).toBe(true);
  });

  it('stores no more than that for the options page', async () => {
    const db = freshDb();
    await loadDatasetText(db, enormousKeys(), imported);
    const record = await db.meta.get('last-load');
    expect(bytes((record as { problems: string[] }).problems)).toBeLessThan(20 * 1024);
  });

  it('caps the number of problems kept and says how many more there were', () => {
    const data = syntheticDataset({ figures: 500 });
    for (const figure of data.figures) (figure as Record<string, unknown>)[`extra-${'x'.repeat(5_000)}`] = 1;
    const result = parseDatasetText(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)).toBe('…and 450 more problems');
    expect(bytes(result.problems)).toBeLessThan(20 * 1024);
  });
});

/** Every row of every data table, as bytes to compare (less the record of the last attempt, which a failed load updates). */
async function snapshot(db: CrosscheckDb): Promise<string> {
  const tables = await Promise.all(DATA_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const));
  return JSON.stringify(tables.map(([name, rows]) => [name, rows.filter((row: { key?: string }) => row.key !== 'last-load')]));
}

/**
 * A problem names where it is: a path from one of the dataset's fields (`figures[3].value: …`;
 * a key can hold any character, so only the path's root is checked), or the file as a whole.
 */
const NAMES_A_PATH = /^(?:\(top level\): |(?:format|version|builtAt|story|sources|metrics|figures|events)\b.*: |file |…and \d+ more problems$)/s;

describe('importing any JSON at all', () => {
  const base = syntheticDataset({ figures: 40 });
  /** Hostile shapes from issue 10, put anywhere in an otherwise valid dataset. */
  const hostileValue = fc.constantFrom<unknown>(
    'Reuters\u202e',
    'Reu\u200b\u200bters',
    'https://reuters.com@evil.example/',
    '99999999999999999999.0.0',
    '2025-02-30',
    0.30000000000000004,
    1e17 + 16,
    -1e308,
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    { __proto__: { polluted: true } },
    'x'.repeat(5_000),
  );
  const paths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
    value && typeof value === 'object'
      ? [path, ...Object.entries(value).flatMap(([key, child]) => paths(child, [...path, Array.isArray(value) ? Number(key) : key]))]
      : [path];
  const allPaths = paths(base).filter((p) => p.length > 0);
  const mutated = fc.tuple(fc.constantFrom(...allPaths), fc.oneof(hostileValue, fc.jsonValue({ maxDepth: 3 }))).map(([path, value]) => {
    const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path.at(-1)!] = value;
    return copy;
  });

  it('either loads a dataset that passes the schema, or names its problems and leaves the cache as it was', async () => {
    const db = freshDb();
    await loadDataset(db, syntheticDataset({ figures: 20, version: '1.0.0' }), { kind: 'bundled' });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 6 }), mutated), async (value) => {
        const before = await snapshot(db);
        const result = await loadDatasetText(db, JSON.stringify(value) ?? 'null', imported);
        if (result.ok) {
          expect(dataset.safeParse(value).success).toBe(true);
          // Put the reference dataset back for the next run.
          await loadDataset(db, syntheticDataset({ figures: 20, version: '1.0.0' }), { kind: 'bundled' });
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem).toMatch(NAMES_A_PATH);
          expect(await snapshot(db)).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
