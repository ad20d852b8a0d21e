/**
 * The single truth for Crosscheck's data: the dataset, stored settings and messages are zod
 * schemas here, and every TypeScript type is inferred from them.
 *
 * `zod/mini` rather than `zod`: the same validator, but tree-shakable, so the content script only
 * ships the schemas it uses (its budget is 30 KiB gzipped).
 */
import { z } from 'zod/mini';
import { HIGHLIGHT_STYLES, isRealDay, MAX_DISABLED_SITES, READING_LIMITS, SITE_HOST, THEMES } from '../constants';

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
} as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Text that a browser could read as markup: a tag, a comment or a doctype. */
const MARKUP = /<\s*[a-z!/?]/i;
// Control characters other than tab, newline and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

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
  );

/** A link a reader may follow: http(s) only, so `javascript:` and `data:` never reach an href. */
export const webUrl = z.string().check(
  z.maxLength(LIMITS.text, `must be at most ${LIMITS.text} characters`),
  z.refine((s) => {
    try {
      const url = new URL(s);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL'),
);

const YMD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const YM = /^\d{4}-(0[1-9]|1[0-2])$/;
const Y = /^\d{4}$/;

/** A calendar day, `2025-01-13`, that exists. */
export const isoDay = z.string().check(z.regex(YMD, 'must be a date as YYYY-MM-DD'), z.refine(isRealDay, 'must be a real calendar date'));

export const datePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof datePrecision>;

/** A date as precise as the text allows: `2013`, `2024-11` or `2025-01-13`. */
export const partialDate = z
  .object({ date: z.string(), precision: datePrecision })
  .check(
    z.superRefine((value, ctx) => {
      const pattern = value.precision === 'day' ? YMD : value.precision === 'month' ? YM : Y;
      const form = value.precision === 'day' ? 'YYYY-MM-DD' : value.precision === 'month' ? 'YYYY-MM' : 'YYYY';
      if (!pattern.test(value.date)) {
        ctx.issues.push({
          code: 'custom',
          input: value.date,
          path: ['date'],
          message: `must be written ${form} for precision "${value.precision}"`,
        });
      }
    }),
  );
export type PartialDate = z.infer<typeof partialDate>;

// ---------------------------------------------------------------------------------------------
// Dataset

export const publicationPrecision = z.enum(['exact', 'inferred', 'unknown']);

export const source = z.strictObject({
  id,
  /** The outlet as readers know it ("South China Morning Post"). */
  outlet: text(120),
  /** Who did the reporting when the outlet republished a wire story ("Reuters"). */
  reportedBy: z.optional(text(120)),
  title: text(300),
  authors: z.optional(z.array(text(120)).check(z.maxLength(LIMITS.authors))),
  published: z.strictObject({
    /** Null when the text gives no clue at all. */
    date: z.nullable(isoDay),
    precision: publicationPrecision,
    /** How the date was found or inferred, in plain words. */
    basis: text(500),
  }),
  /** Only when known from the article itself; never invented. */
  url: z.optional(webUrl),
});
export type Source = z.infer<typeof source>;

export const unit = z.enum([
  'users',
  'downloads',
  'views',
  'percent',
  'usd',
  'followers',
  'days',
  'hours',
  'people',
  'rank',
  'terms',
]);
export type Unit = z.infer<typeof unit>;

export const metric = z.strictObject({
  id,
  /** What is counted, in plain words ("New RedNote users in two days"). */
  label: text(200),
  unit,
  /** Whose quantity it is: RedNote, TikTok, Lemon8, a creator… */
  subject: text(120),
  /** Words that signal this metric in an article's text, lower case, for matching. */
  signals: z
    .array(text(60).check(z.refine((s) => s === s.toLowerCase(), 'must be lower case')))
    .check(z.minLength(1, 'must list at least one signal word'), z.maxLength(LIMITS.signals)),
});
export type Metric = z.infer<typeof metric>;

/** How a source hedged its number. */
export const qualifier = z.enum([
  'exact',
  'about',
  'more-than',
  'over',
  'nearly',
  'at-least',
  'up-to',
  'less-than',
  'plus',
  'order-of',
]);
export type Qualifier = z.infer<typeof qualifier>;

export const position = z.enum(['headline', 'dek', 'key-takeaways', 'summary', 'body', 'caption']);
export type Position = z.infer<typeof position>;

export const scope = z.enum(['us', 'global', 'china', 'unstated']);

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));

export const figure = z
  .strictObject({
    id,
    sourceId: id,
    metricId: id,
    value: finite,
    /** The number exactly as the article writes it ("half a million", "300 million-plus"). */
    asWritten: text(80),
    qualifier,
    /** The range the qualified value implies; null bounds are open ("more than 700,000"). */
    interval: z.strictObject({ low: z.nullable(finite), high: z.nullable(finite) }),
    unit,
    /** The period or date the figure refers to, in the article's words and as a date range. */
    period: z.optional(
      z.strictObject({
        text: text(120),
        start: z.optional(isoDay),
        end: z.optional(isoDay),
      }),
    ),
    scope,
    /** Who the article says the number comes from ("a person close to the company told Reuters"). */
    attribution: z.optional(text(300)),
    position,
    /** The article's exact words that state the figure. */
    quote: text(LIMITS.quote),
  })
  .check(
    z.superRefine((f, ctx) => {
      if (!f.quote.includes(f.asWritten)) {
        ctx.issues.push({
          code: 'custom',
          input: f.quote,
          path: ['quote'],
          message: `must contain the number as written ("${f.asWritten}")`,
        });
      }
      const { low, high } = f.interval;
      if ((low !== null && low > f.value && f.qualifier !== 'order-of') || (high !== null && high < f.value)) {
        ctx.issues.push({
          code: 'custom',
          input: f.interval,
          path: ['interval'],
          message: `must contain the value ${f.value}`,
        });
      }
      if (low !== null && high !== null && low > high) {
        ctx.issues.push({ code: 'custom', input: f.interval, path: ['interval'], message: 'low must not exceed high' });
      }
    }),
  );
export type Figure = z.infer<typeof figure>;

export const eventReport = z.strictObject({
  sourceId: id,
  /** The exact words that report the event, with its date as the source gives it. */
  quote: text(LIMITS.quote),
  /** The date this source gives, resolved against its publication date. */
  date: partialDate,
  /** The date as written ("on Monday", "Jan. 13"), when the text names one. */
  dateAsWritten: z.optional(text(60)),
});
export type EventReport = z.infer<typeof eventReport>;

export const storyEvent = z.strictObject({
  id,
  /** The curated date of the event; each report keeps its own. */
  date: partialDate,
  title: text(200),
  reports: z.array(eventReport).check(z.minLength(1, 'must cite at least one source'), z.maxLength(LIMITS.reportsPerEvent)),
});
export type StoryEvent = z.infer<typeof storyEvent>;

const DATASET_VERSION = /^\d+\.\d+\.\d+$/;

export const datasetShape = z.strictObject({
  /** Dataset format; a file in a newer format than this build reads is refused. */
  format: z.literal(1, 'must be 1 (the dataset format this version of Crosscheck reads)'),
  version: z.string().check(z.regex(DATASET_VERSION, 'must be a version like 1.2.0')),
  builtAt: isoDay,
  sources: z.array(source).check(z.minLength(1, 'must list at least one source'), z.maxLength(LIMITS.sources)),
  metrics: z.array(metric).check(z.maxLength(LIMITS.metrics)),
  figures: z.array(figure).check(z.maxLength(LIMITS.figures)),
  events: z.array(storyEvent).check(z.maxLength(LIMITS.events)),
});

/** The dataset with its cross-references checked: ids unique, every reference resolves. */
export const dataset = datasetShape.check(
  z.superRefine((d, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.issues.push({ code: 'custom', input: undefined, path, message });
    const unique = (kind: 'sources' | 'metrics' | 'figures' | 'events') => {
      const seen = new Map<string, number>();
      d[kind].forEach((entry, index) => {
        const first = seen.get(entry.id);
        if (first === undefined) seen.set(entry.id, index);
        else issue([kind, index, 'id'], `duplicate id "${entry.id}" (first used by ${kind}[${first}])`);
      });
      return seen;
    };
    const sources = unique('sources');
    const metrics = unique('metrics');
    unique('figures');
    unique('events');
    const metricUnits = new Map(d.metrics.map((m) => [m.id, m.unit]));
    d.figures.forEach((f, index) => {
      if (!sources.has(f.sourceId)) issue(['figures', index, 'sourceId'], `unknown source "${f.sourceId}"`);
      if (!metrics.has(f.metricId)) issue(['figures', index, 'metricId'], `unknown metric "${f.metricId}"`);
      else if (metricUnits.get(f.metricId) !== f.unit)
        issue(['figures', index, 'unit'], `must match its metric's unit "${metricUnits.get(f.metricId)}"`);
    });
    d.events.forEach((e, index) =>
      e.reports.forEach((r, reportIndex) => {
        if (!sources.has(r.sourceId))
          issue(['events', index, 'reports', reportIndex, 'sourceId'], `unknown source "${r.sourceId}"`);
      }),
    );
  }),
);
export type Dataset = z.infer<typeof dataset>;

// ---------------------------------------------------------------------------------------------
// Settings

export const highlightStyle = z.enum(HIGHLIGHT_STYLES);
export type HighlightStyle = z.infer<typeof highlightStyle>;

export const theme = z.enum(THEMES);

/** A site where Crosscheck stays off: a host name, matched with its subdomains. */
export const siteHost = z.string().check(z.maxLength(253, 'must be at most 253 characters'), z.regex(SITE_HOST, 'must be a host name like example.com'));

export const settings = z.strictObject({
  hoverCards: z.boolean(),
  highlightStyle,
  theme,
  disabledSites: z.array(siteHost).check(z.maxLength(MAX_DISABLED_SITES)),
});
export type Settings = z.infer<typeof settings>;


// ---------------------------------------------------------------------------------------------
// A page's reading: the content script extracts the article, the background finds its figures
// and dates and links them. Bounded, because a hostile page decides what is in it.


const blockRole = z.enum(['headline', 'dek', 'summary', 'body', 'caption']);
const offset = z.int().check(z.gte(0));
const pageText = (max: number) => z.string().check(z.maxLength(max));
const readingId = z.string().check(z.regex(/^[fd]\d{1,5}$/));

export const foundFigure = z.strictObject({
  id: readingId,
  text: pageText(200),
  value: finite,
  unit: z.nullable(unit),
  qualifier,
  role: blockRole,
  block: offset,
  start: offset,
  end: offset,
  sentence: pageText(READING_LIMITS.sentence),
  sentenceStart: offset,
  previous: pageText(READING_LIMITS.sentence),
  metric: z.nullable(id),
});
export type FoundFigure = z.infer<typeof foundFigure>;

export const foundDate = z.strictObject({
  id: readingId,
  text: pageText(200),
  date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
  precision: datePrecision,
  relative: z.boolean(),
  role: blockRole,
  block: offset,
  start: offset,
  end: offset,
  sentence: pageText(READING_LIMITS.sentence),
  event: z.nullable(id),
});
export type FoundDate = z.infer<typeof foundDate>;

const verdicts = {
  article: z.boolean(),
  onTopic: z.boolean(),
  title: z.nullable(pageText(500)),
  outlet: z.nullable(pageText(200)),
  publishedAt: z.nullable(isoDay),
  language: z.nullable(pageText(20)),
  articleSignals: z.array(pageText(300)).check(z.maxLength(READING_LIMITS.reasons)),
  topicReasons: z.array(pageText(300)).check(z.maxLength(READING_LIMITS.reasons)),
};

/** What a content script extracts from its page: the verdicts, and the article's text by block. */
export const extractedPage = z
  .strictObject({
    ...verdicts,
    blocks: z
      .array(z.strictObject({ role: blockRole, text: pageText(READING_LIMITS.blockText) }))
      .check(z.maxLength(READING_LIMITS.blocks)),
  })
  .check(
    z.refine(
      (page) => page.blocks.reduce((sum, block) => sum + block.text.length, 0) <= READING_LIMITS.pageText,
      `the article's text must be at most ${READING_LIMITS.pageText} characters`,
    ),
  );
export type ExtractedPage = z.infer<typeof extractedPage>;

/** What the page states, linked to the dataset: kept per tab and shown by the panel. */
export const articleReading = z.strictObject({
  ...verdicts,
  /** Apps the article names that the story is not about ("Lumio"). */
  otherSubjects: z.array(pageText(100)).check(z.maxLength(READING_LIMITS.reasons)),
  figures: z.array(foundFigure).check(z.maxLength(READING_LIMITS.figures)),
  dates: z.array(foundDate).check(z.maxLength(READING_LIMITS.dates)),
});
export type ArticleReading = z.infer<typeof articleReading>;

// ---------------------------------------------------------------------------------------------
// Messages. Every message any part of the extension sends is a member of one of these unions and
// is parsed on arrival; types are named by direction.

const fileName = z.string().check(z.minLength(1), z.maxLength(255));

/** Content scripts, the panel and the options page → background. */
export const toBackgroundMessage = z.discriminatedUnion('type', [
  /** Re-load the dataset bundled with the extension. Extension pages only. */
  z.strictObject({ type: z.literal('sync-bundled') }),
  /** Load a dataset file the reader chose. Extension pages only. */
  z.strictObject({ type: z.literal('import-dataset'), fileName, text: z.string() }),
  /** Forget the cache and settings, then load the bundle again. Extension pages only. */
  z.strictObject({ type: z.literal('reset') }),
  /** A page's gate found a likely article: load the reader into that frame. From tabs only. */
  z.strictObject({ type: z.literal('load-reader') }),
  /** A content script's article, to be read, linked to the dataset and kept for the tab. */
  z.strictObject({ type: z.literal('read-article'), url: pageText(4_000), page: extractedPage }),
]);
export type ToBackgroundMessage = z.infer<typeof toBackgroundMessage>;

/** Extension pages (the side panel) and the background → a tab's content script. */
export const toContentMessage = z.discriminatedUnion('type', [
  /** Scroll to a figure the panel lists and flash its mark. */
  z.strictObject({ type: z.literal('reveal-figure'), figureId: readingId }),
  /** The dataset changed (a sync or an import): read the page again and mark it anew. */
  z.strictObject({ type: z.literal('dataset-changed') }),
]);
export type ToContentMessage = z.infer<typeof toContentMessage>;

/** The background → extension pages, while a dataset loads. */
export const loadProgressMessage = z.strictObject({
  type: z.literal('load-progress'),
  origin: z.enum(['bundled', 'import']),
  phase: z.enum(['waiting', 'validating', 'writing', 'done']),
  done: z.number(),
  total: z.number(),
});
export type LoadProgressMessage = z.infer<typeof loadProgressMessage>;
