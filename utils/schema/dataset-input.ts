/**
 * Turns untrusted input (an imported file, or the bundle) into a validated dataset, or into
 * problems that name the path and what is wrong with it. Nothing here writes anywhere.
 */
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import { dataset, type Dataset } from './index';

// zod/mini ships without messages ("Invalid input"); the reader of a rejected file deserves
// "expected number, received string". Configured here, not in schema.ts, so that the content
// script, which never validates datasets, does not carry the locale.
z.config(en());

/** Larger files are refused before they are read: the bundled dataset is about 260 KB. */
export const MAX_DATASET_BYTES = 32 * 1024 * 1024;
/** The dataset format nests 5 levels deep (dataset → events → reports → date); allow some slack. */
export const MAX_DEPTH = 8;
/** A reader wants the first problems, not ten thousand of them. */
export const MAX_PROBLEMS = 50;
/**
 * What a problem may echo of the file: a key or value is clipped, a problem line too, and only
 * the first unknown keys are named. A 24 MB file of enormous keys once made 24 MB of problems,
 * stored and shown on every visit to the options page.
 */
export const ECHO_LIMITS = { key: 40, keys: 3, line: 300 } as const;

/**
 * A piece of the file, clipped for a problem line to `max` characters (code points) and "…".
 * Only the start is split into characters: `max + 1` of them fit in `2 × (max + 1)` UTF-16 units,
 * even when every one is an emoji (slicing `max + 2` units let a key of a million emoji through whole).
 */
export function clipEcho(text: string, max: number = ECHO_LIMITS.key): string {
  const chars = [...text.slice(0, 2 * (max + 1))];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

export type DatasetInput = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** `['figures', 12, 'value']` → `figures[12].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** Zod's issues as "path: problem" lines, shortest wording first, capped. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.map((issue) => {
    // A record's bad key: zod says "Invalid key in record"; the key's own check says what is wanted.
    const message = (issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message)
      .replace(/^Invalid input: /, '')
      .replace(/^Invalid option: /, '')
      .replace(/^Too big: expected array to have <=(\d+) items?$/, 'must have at most $1 items');
    // A path holds the file's own keys where a record takes them (a language of signal words).
    const path = formatPath(issue.path.map((key) => (typeof key === 'string' ? clipEcho(key) : key)));
    if (issue.code === 'unrecognized_keys') {
      const named = issue.keys.slice(0, ECHO_LIMITS.keys).map((k) => `"${clipEcho(k)}"`);
      const more = issue.keys.length > ECHO_LIMITS.keys ? ` and ${issue.keys.length - ECHO_LIMITS.keys} more` : '';
      return `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${named.join(', ')}${more}`;
    }
    return `${path}: ${message}`;
  });
  return capProblems(lines.map((line) => clipEcho(line, ECHO_LIMITS.line)));
}

function capProblems(lines: string[]): string[] {
  if (lines.length <= MAX_PROBLEMS) return lines;
  return [...lines.slice(0, MAX_PROBLEMS), `…and ${lines.length - MAX_PROBLEMS} more problems`];
}

/**
 * The deepest nesting of arrays and objects in a JSON text, read without parsing it, so that a
 * hostile file nested a million levels deep is refused before `JSON.parse` or the validator
 * recurse into it. Stops counting once past `limit`.
 */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \ */) i++;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 /* { */ || code === 91 /* [ */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth--;
  }
  return deepest;
}

/** Validates an already parsed value. */
export function validateDataset(value: unknown): DatasetInput {
  const result = dataset.safeParse(value);
  if (result.success) return { ok: true, dataset: result.data };
  return { ok: false, problems: formatIssues(result.error.issues) };
}

/** Reads a dataset file's text: size, nesting, JSON syntax, then the schema. */
export function parseDatasetText(text: string): DatasetInput {
  if (text.length > MAX_DATASET_BYTES) {
    return {
      ok: false,
      problems: [`file is too large: ${(text.length / 1048576).toFixed(1)} MB (the limit is ${MAX_DATASET_BYTES / 1048576} MB)`],
    };
  }
  if (text.trim() === '') return { ok: false, problems: ['file is empty'] };
  const depth = jsonDepth(text, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    return { ok: false, problems: [`file is nested too deeply: more than ${MAX_DEPTH} levels of arrays and objects`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [clipEcho(`file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, ECHO_LIMITS.line)] };
  }
  return validateDataset(value);
}
