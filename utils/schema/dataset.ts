/**
 * The dataset: the story's sources, the quantities it is about (metrics), every source's
 * statement of them (figures) and its dated events. The single truth for its shape; the types
 * are inferred from these schemas.
 */
import { z } from 'zod/mini';
import { checkPartialDate, datePrecision, finite, id, isoDay, languageTag, LIMITS, matchWord, partialDate, text, webUrl, wordsByLanguage } from './primitives';

// ---------------------------------------------------------------------------------------------
// The story: who is in it and the words it is told with, in every language it was reported in.
// The reading pipeline knows no story of its own: it looks for these.

/**
 * How an actor counts when a page is judged to be about the story:
 * - `anchor`: naming it ties a page to the story (RedNote);
 * - `broad`: a big name that many unrelated pages mention too (TikTok): it counts, but needs an
 *   anchor, a companion term or the story's context words beside it;
 * - `related`: part of the story, weighed lightly, and named with the broad actor whatever a page
 *   is about (ByteDance; Lemon8, ByteDance's own app since 2020);
 * - `named`: the subject of some figures (a creator, a listed company, a hashtag), no weight.
 */
export const actorRole = z.enum(['anchor', 'broad', 'related', 'named']);
export type ActorRole = z.infer<typeof actorRole>;

export const actor = z.strictObject({
  id,
  /** As readers know it ("RedNote"). */
  name: text(80),
  role: actorRole,
  /** How pages name it, by language; matched as whole words (Latin) or as written (CJK). */
  aliases: wordsByLanguage(),
});
export type Actor = z.infer<typeof actor>;

/**
 * Words that tell the story beside its actors' names:
 * - `companion`: counts where a broad actor is named ("refugees" beside TikTok), and then ties
 *   the page to the story;
 * - `context`: counts only in a sentence that names a broad or related actor (or the roles its
 *   `nextTo` lists), or the sentence after ("ban", "Supreme Court", "deadline" next to TikTok).
 */
export const storyTerm = z.strictObject({
  id,
  /** How a reason names it ('"TikTok refugees"', "the US ban"). */
  label: text(80),
  kind: z.enum(['companion', 'context']),
  words: wordsByLanguage(),
  /**
   * For a context term, the roles of the actors it must stand beside (default: broad and related):
   * "ban" beside TikTok; "influx" beside RedNote, where beside TikTok it is any viral trend's.
   */
  nextTo: z.optional(z.array(actorRole).check(z.minLength(1, 'must name at least one role'))),
});
export type StoryTerm = z.infer<typeof storyTerm>;

export const story = z.strictObject({
  id,
  /** One line: what the story is. */
  title: text(200),
  actors: z.array(actor).check(z.minLength(1, 'must name at least one actor'), z.maxLength(LIMITS.actors)),
  terms: z.array(storyTerm).check(z.maxLength(LIMITS.terms)),
  /**
   * Names of others a number may belong to (rival apps, other platforms): in a sentence that
   * names one of these and not the metric's subject, a number is not linked to the metric.
   */
  otherNames: z.array(matchWord).check(z.maxLength(LIMITS.aliases * 5)),
  /**
   * The first look: a tab whose title or address names one of these words is read; any other
   * page is left alone unless the reader asks for it. Matched like aliases; in addresses,
   * hyphens, underscores, plus signs and slashes count as spaces (`reading/background/first-look.ts`).
   */
  firstLook: wordsByLanguage(),
  /**
   * When the story was reported (`end` optional): a page published before `start` or after `end`
   * is not about it, however it names its actors and words. Its background came before it (the
   * law, the apps, earlier ban scares), and pages about that background name the same apps and
   * the same ban. A page whose date is not known is judged by its words alone.
   */
  period: z.optional(
    z
      .strictObject({ start: isoDay, end: z.optional(isoDay) })
      .check(z.refine((p) => p.end === undefined || p.start <= p.end, { message: 'must not end before it starts', path: ['end'] })),
  ),
});
export type Story = z.infer<typeof story>;

// ---------------------------------------------------------------------------------------------
// Sources

export const publicationPrecision = z.enum(['exact', 'inferred', 'unknown']);

export const source = z.strictObject({
  id,
  /** The outlet as readers know it ("South China Morning Post"). */
  outlet: text(120),
  /** Who did the reporting when the page carries another's work ("Reuters", "AFP", "Newsweek"). */
  reportedBy: z.optional(text(120)),
  title: text(300),
  /** True when the page's own headline is not known and the title was made from its address or text. */
  titleApproximate: z.optional(z.boolean()),
  /** The language the page is written in (its quotes are in it). */
  language: languageTag,
  /** When the page is a translation or a rewrite of another outlet's article. */
  translationOf: z.optional(
    z.strictObject({
      outlet: text(120),
      language: languageTag,
      url: z.optional(webUrl),
    }),
  ),
  authors: z.optional(z.array(text(120)).check(z.maxLength(LIMITS.authors))),
  published: z.strictObject({
    /** Null when the text gives no clue at all. */
    date: z.nullable(isoDay),
    precision: publicationPrecision,
    /** How the date was found or inferred, in plain words. */
    basis: text(500),
  }),
  /** The page's address, so each quote can be checked in its own article; never invented. */
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
  'countries',
  'posts',
  'likes',
  'comments',
  'cny',
]);
export type Unit = z.infer<typeof unit>;

export const scope = z.enum(['us', 'global', 'china', 'outside-china', 'unstated']);
export type Scope = z.infer<typeof scope>;

export const metric = z.strictObject({
  id,
  /** What is counted, in plain words ("New RedNote users in two days"). */
  label: text(200),
  unit,
  /** Whose quantity it is: the id of one of the story's actors (RedNote, TikTok, a creator…). */
  subject: id,
  /** Where it is counted: in the US, worldwide, in China, outside China, or not said. */
  scope,
  /** The period the quantity covers, in words, when it is part of what it is ("the first two days of the move, 13–14 January 2025"). */
  period: z.optional(text(200)),
  /** Words that signal this metric in an article's text, by language, for matching. */
  signals: wordsByLanguage(LIMITS.signals),
  /**
   * Words that, right beside a number, make it another quantity than this one however many
   * signals the sentence has: another store's chart ("google play") or a category's ("社交", the
   * social chart) for an app-store rank. Matched like signals; optional.
   */
  counterSignals: z.optional(wordsByLanguage(LIMITS.signals)),
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
    /**
     * The date the figure is about: stated by the article ("as of December 2023", "on Monday",
     * resolved) or, when it states none, the article's own date. Figures of one metric about
     * different dates are a series over time, not a disagreement.
     */
    asOf: z.strictObject({ date: z.string(), precision: datePrecision, basis: z.enum(['stated', 'published']) }).check(
      z.superRefine((value, ctx) => checkPartialDate(value, ctx as never)),
    ),
    /** A curator's note the card shows ("likely a typo: every other outlet says 700,000"). */
    note: z.optional(text(300)),
    /** Kept as stated but most likely garbled: shown with its note, left out of verdicts. */
    suspect: z.optional(z.boolean()),
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

/** Each part at most 4 digits: a version of 20 nines would stay ahead of every bundled dataset. */
const DATASET_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
/** The format this build reads: 2 added the story, languages, and the date each figure is about. */
export const DATASET_FORMAT = 2;

export const datasetShape = z.strictObject({
  /** Dataset format; a file in another format than this build reads is refused. */
  format: z.literal(DATASET_FORMAT, `must be ${DATASET_FORMAT} (the dataset format this version of Crosscheck reads; format 1 had no story section)`),
  version: z.string().check(z.regex(DATASET_VERSION, 'must be a version like 1.2.0, each part at most 4 digits')),
  builtAt: isoDay,
  story,
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
    const actors = new Map<string, number>();
    d.story.actors.forEach((actor, index) => {
      const first = actors.get(actor.id);
      if (first === undefined) actors.set(actor.id, index);
      else issue(['story', 'actors', index, 'id'], `duplicate id "${actor.id}" (first used by story.actors[${first}])`);
    });
    d.metrics.forEach((m, index) => {
      if (!actors.has(m.subject)) issue(['metrics', index, 'subject'], `unknown actor "${m.subject}" (subjects are ids of story.actors)`);
    });
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

