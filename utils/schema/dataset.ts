/**
 * The dataset: the story's sources, the quantities it is about (metrics), every source's
 * statement of them (figures) and its dated events. The single truth for its shape; the types
 * are inferred from these schemas.
 */
import { z } from 'zod/mini';
import { finite, id, isoDay, LIMITS, partialDate, text, webUrl } from './primitives';

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

