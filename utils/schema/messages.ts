/**
 * Messages. Every message any part of the extension sends is a member of one of these unions and
 * is parsed on arrival; types are named by direction.
 */
import { z } from 'zod/mini';
import { pageOutline } from './outline';
import { pageText, readingId } from './reading';

const fileName = z.string().check(z.minLength(1), z.maxLength(255));

/** Content scripts, the panel and the options page → background. */
export const toBackgroundMessage = z.discriminatedUnion('type', [
  /** Re-load the dataset bundled with the extension. Extension pages only. */
  z.strictObject({ type: z.literal('sync-bundled') }),
  /** Load a dataset file the reader chose. Extension pages only. */
  z.strictObject({ type: z.literal('import-dataset'), fileName, text: z.string() }),
  /** Forget the cache and settings, then load the bundle again. Extension pages only. */
  z.strictObject({ type: z.literal('reset') }),
  /** Read this tab whatever its title says ("Read this page" in the side panel). Extension pages only. */
  z.strictObject({ type: z.literal('read-page'), tabId: z.number().check(z.int(), z.nonnegative()) }),
  /** The reader's first hover, focus or tap: inject the card's UI into that frame. From tabs only. */
  z.strictObject({ type: z.literal('load-card') }),
  /**
   * A content script's page, as its outline: the article is found in it, read, linked to the
   * dataset and kept for the tab. `known`: the key of the reading its marks show, when they still
   * stand (an unchanged page is not read again).
   */
  z.strictObject({ type: z.literal('read-article'), url: pageText(4_000), outline: pageOutline, known: z.optional(pageText(20)) }),
]);
export type ToBackgroundMessage = z.infer<typeof toBackgroundMessage>;

/** Extension pages (the side panel) and the background → a tab's content script. */
export const toContentMessage = z.discriminatedUnion('type', [
  /** Scroll to a figure the panel lists and flash its mark. */
  z.strictObject({ type: z.literal('reveal-figure'), figureId: readingId }),
  /** The dataset changed (a sync or an import): read the page again and mark it anew. */
  z.strictObject({ type: z.literal('dataset-changed') }),
  /** The reader pressed the "focus the next marked number" shortcut (a `commands` entry). */
  z.strictObject({ type: z.literal('focus-next-mark') }),
  /** Read the page again and say what it is: the reader asked to have it read ("Read this page", the context menu), or the settings changed (the answer brings them). */
  z.strictObject({ type: z.literal('read-page') }),
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
