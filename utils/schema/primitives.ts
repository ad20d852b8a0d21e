/**
 * The building blocks every schema uses: ids, plain text, links, dates and numbers, bounded so
 * that a hostile import cannot exhaust memory or the renderer.
 *
 * `zod/mini` rather than `zod`: the same validator, but tree-shakable. Imported only by the
 * background and the extension's pages; content scripts use the inferred types alone.
 */
import { z } from 'zod/mini';
import { isRealDay } from '../constants';

// Zod 4 probes `new Function` to JIT its parsers; an extension page's CSP refuses it (console
// noise in Chrome, an error in Firefox). The interpreter is fast enough for our sizes.
z.config({ jitless: true });

/** Limits that keep a hostile import from exhausting memory or the renderer. */
export const LIMITS = {
  text: 2_000,
  quote: 200,
  id: 80,
  sources: 1_000,
  metrics: 5_000,
  figures: 200_000,
  events: 20_000,
  reportsPerEvent: 100,
  signals: 50,
  authors: 20,
  actors: 500,
  terms: 50,
  aliases: 100,
  languages: 40,
} as const;

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Text that a browser could read as markup: a tag, a comment or a doctype. */
const MARKUP = /<\s*[a-z!/?]/i;
// Control characters other than tab, newline and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/**
 * Bidirectional embeddings, overrides and isolates: they reorder what a reader sees, so an outlet
 * named "\u202Eretuer" reads as another. The marks (U+200E, U+200F) stay allowed.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** Two or more invisible characters in a row: one joiner belongs in emoji and Indic text, a run hides text. */
const ZERO_WIDTH_RUN = /[\u200b-\u200d\u2060\ufeff]{2}/;

export const id = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`),
  z.regex(KEBAB, 'must be a kebab-case id (a-z, 0-9 and single hyphens)'),
);

/** Plain text shown to readers: bounded, no markup, no control characters. */
export const text = (max: number = LIMITS.text) =>
  z.string().check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine((s) => !MARKUP.test(s), 'must be plain text, not HTML markup'),
    z.refine((s) => !CONTROL.test(s), 'must not contain control characters'),
    z.refine((s) => !BIDI_CONTROL.test(s), 'must not contain right-to-left or left-to-right overrides (U+202A–U+202E, U+2066–U+2069)'),
    z.refine((s) => !ZERO_WIDTH_RUN.test(s), 'must not contain runs of invisible zero-width characters'),
  );

const parsedUrl = (s: string): URL | null => {
  try {
    return new URL(s);
  } catch {
    return null;
  }
};

/**
 * A link a reader may follow: http(s) only, so `javascript:` and `data:` never reach an href; and
 * without user info, so `https://reuters.com@evil.example/` (which goes to evil.example) is refused.
 */
export const webUrl = z.string().check(
  z.maxLength(LIMITS.text, `must be at most ${LIMITS.text} characters`),
  z.refine((s) => ['https:', 'http:'].includes(parsedUrl(s)?.protocol ?? ''), 'must be an http(s) URL'),
  z.refine((s) => {
    const url = parsedUrl(s);
    return !url || (url.username === '' && url.password === '' && !/^[a-z]+:\/*[^/?#]*@/i.test(s));
  }, 'must not carry a user name or password before the host (as in https://reuters.com@evil.example/): the link would go to the host after "@"'),
);

export const YMD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const YM = /^\d{4}-(0[1-9]|1[0-2])$/;
export const Y = /^\d{4}$/;

/** A calendar day, `2025-01-13`, that exists. */
export const isoDay = z.string().check(z.regex(YMD, 'must be a date as YYYY-MM-DD'), z.refine(isRealDay, 'must be a real calendar date'));

export const datePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof datePrecision>;

/**
 * Checks a date written as precisely as its precision says (`2013`, `2024-11`, `2025-01-13`), and
 * that a day exists on the calendar (not `2025-02-30`).
 */
export function checkPartialDate(
  value: { date: string; precision: DatePrecision },
  ctx: { issues: { code: 'custom'; input: unknown; path: PropertyKey[]; message: string }[] },
): void {
  const pattern = value.precision === 'day' ? YMD : value.precision === 'month' ? YM : Y;
  const form = value.precision === 'day' ? 'YYYY-MM-DD' : value.precision === 'month' ? 'YYYY-MM' : 'YYYY';
  const problem = !pattern.test(value.date)
    ? `must be written ${form} for precision "${value.precision}"`
    : value.precision === 'day' && !isRealDay(value.date)
      ? 'must be a real calendar date'
      : null;
  if (problem) ctx.issues.push({ code: 'custom', input: value.date, path: ['date'], message: problem });
}

/** A date as precise as the text allows: `2013`, `2024-11` or `2025-01-13`. */
export const partialDate = z
  .object({ date: z.string(), precision: datePrecision })
  .check(z.superRefine((value, ctx) => checkPartialDate(value, ctx as never)));
export type PartialDate = z.infer<typeof partialDate>;

export const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

/** A language as a BCP 47 primary subtag: `en`, `zh`, `ja`, `pt`. */
export const languageTag = z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be a language code like "en" or "zh"'));

/** A word or phrase to look for in a page: lower case (Latin), CJK as written. */
export const matchWord = text(80).check(z.refine((s) => s === s.toLowerCase(), 'must be lower case'));

/**
 * Words by the language they are written in: `{ "en": ["ban"], "de": ["verbot"] }`. Every
 * language's words are looked for on every page (names and loanwords cross languages); the
 * languages say where each word comes from and let the evaluation report by language.
 */
export const wordsByLanguage = (max: number = LIMITS.aliases) =>
  z.record(languageTag, z.array(matchWord).check(z.maxLength(max, `must list at most ${max} words`))).check(
    z.refine((words) => Object.keys(words).length <= LIMITS.languages, `must have at most ${LIMITS.languages} languages`),
    z.refine((words) => Object.values(words).some((list) => list.length > 0), 'must list at least one word'),
  );
export type WordsByLanguage = Record<string, string[]>;
