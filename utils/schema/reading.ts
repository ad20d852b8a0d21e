/**
 * A page's reading: the background finds the article in the page's outline, then its figures and
 * dates, and links them. Bounded, because a hostile page decides what is in it.
 */
import { z } from 'zod/mini';
import { READING_LIMITS } from '../constants';
import { qualifier, unit } from './dataset';
import { datePrecision, finite, id, isoDay } from './primitives';

const blockRole = z.enum(['headline', 'dek', 'summary', 'body', 'caption']);
const offset = z.int().check(z.gte(0));
export const pageText = (max: number) => z.string().check(z.maxLength(max));
export const readingId = z.string().check(z.regex(/^[fd]\d{1,5}$/));

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

const count = z.int().check(z.gte(0), z.lte(10_000_000));
const name = z.nullable(pageText(100));

/**
 * What the extraction measures of a page's being an article (`measureArticle`, run by the
 * background on the page's outline); `judgeArticle` judges it. No longer a message: the page sends
 * its outline (`outline.ts`), and these bounds now only describe what the measures can be.
 */
export const articleFeatures = z.strictObject({
  /** Characters of prose in the body, its paragraphs of 80+ characters, and linked headlines each above a snippet. */
  prose: count,
  substantial: count,
  teasers: count,
  headlineAbove: z.boolean(),
  /** The share of the page's text that is links, 0–1. */
  linkShare: finite.check(z.gte(0), z.lte(1)),
  linkedHeadings: count,
  /** Reply, Quote, Like… links: a thread's posts. */
  actions: count,
  video: z.boolean(),
  /** The JSON-LD article's type, the types of all the page's entities, and broken JSON-LD blocks. */
  structuredArticle: name,
  types: z.array(pageText(60)).check(z.maxLength(20)),
  malformed: count,
  openGraphType: name,
  publicationTime: z.boolean(),
  microdata: z.boolean(),
  articles: count,
  times: count,
  byline: z.boolean(),
  datePhrase: z.boolean(),
  buyButton: z.boolean(),
  priceMarkup: z.boolean(),
  prices: count,
  codeBlocks: count,
  codeSpans: count,
  generator: name,
});
export type ArticleFeatures = z.infer<typeof articleFeatures>;

/** What the content script finds out about its page's metadata. */
const pageFacts = {
  title: z.nullable(pageText(500)),
  outlet: z.nullable(pageText(200)),
  publishedAt: z.nullable(isoDay),
  language: z.nullable(pageText(20)),
};

/** The background's verdict on whether the page is an article, with its reasons. */
const pageVerdicts = {
  article: z.boolean(),
  ...pageFacts,
  articleSignals: z.array(pageText(300)).check(z.maxLength(READING_LIMITS.reasons)),
};

/**
 * What the extraction finds in a page (the background, from the page's outline): what it
 * measured of its being an article, its metadata, and the article's text by block, within the
 * reading's limits. Whether it is an article, and about the story, is judged from it.
 */
export const extractedPage = z
  .strictObject({
    features: articleFeatures,
    ...pageFacts,
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
  ...pageVerdicts,
  onTopic: z.boolean(),
  topicReasons: z.array(pageText(300)).check(z.maxLength(READING_LIMITS.reasons)),
  /** Apps the article names that the story is not about ("Lumio"). */
  otherSubjects: z.array(pageText(100)).check(z.maxLength(READING_LIMITS.reasons)),
  figures: z.array(foundFigure).check(z.maxLength(READING_LIMITS.figures)),
  dates: z.array(foundDate).check(z.maxLength(READING_LIMITS.dates)),
  /**
   * False when the background stopped reading at its time budget (a page too long, or built to
   * be slow): what it holds is the start of the article. Absent in readings kept before it existed.
   */
  complete: z.optional(z.boolean()),
});
export type ArticleReading = z.infer<typeof articleReading>;

