/**
 * A page's reading: the content script extracts the article, the background finds its figures
 * and dates and links them. Bounded, because a hostile page decides what is in it.
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

/** What the content script finds out about its page, before any of it is compared with the story. */
const pageVerdicts = {
  article: z.boolean(),
  title: z.nullable(pageText(500)),
  outlet: z.nullable(pageText(200)),
  publishedAt: z.nullable(isoDay),
  language: z.nullable(pageText(20)),
  articleSignals: z.array(pageText(300)).check(z.maxLength(READING_LIMITS.reasons)),
};

/**
 * What a content script extracts from its page: whether it is an article, its metadata, and the
 * article's text by block. Whether it is about the story is the background's call (the story is
 * in the dataset, which the content script does not hold).
 */
export const extractedPage = z
  .strictObject({
    ...pageVerdicts,
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

