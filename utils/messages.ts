/**
 * Typed messaging between the parts of the extension. Every message is parsed on arrival
 * against the unions in `schema.ts`; the background checks who sent it, and accepts the
 * privileged ones (sync, import, reset, reading a tab on demand) only from the extension's own pages.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import type { LoadResult } from './storage/dataset-load';
import type { OnDemand } from './background/reader-tabs';
import type { PagePlace } from './reading/background/read-outline';
import type { ArticleReading, Figure, FoundFigure, Metric, Settings, Source, StoryEvent, ToBackgroundMessage } from './schema';

/** A figure of the page the dataset knows: where it is, what it says, its metric. */
/**
 * A figure of the page that the dataset knows, as the page gets it: with its mark's accessible
 * name, worded by the background ("more than 700,000: New RedNote users in two days, 12 other
 * statements"), so that the reader carries no interface words or their code.
 */
export type MarkedFigure = Omit<FoundFigure, 'sentence' | 'previous' | 'sentenceStart'> & {
  label: string;
  /** Where it is in the page: its first text node and offset, its last and the offset just past it (nodes by their index in the page's outline). */
  at: PagePlace;
};

/** The dataset's side of a page's reading: everything its marks and hover cards need. */
export interface ReadingReply {
  /** Only what the page itself needs back; the whole reading stays with the background. */
  reading: Pick<ArticleReading, 'publishedAt' | 'onTopic' | 'complete'> & { figures: MarkedFigure[] };
  /** The reader's settings as the background read and repaired them: the page holds no settings code. */
  settings: Settings;
  /** The metrics the page's figures link to, every source's figures for them, and those sources. */
  metrics: Metric[];
  figures: Figure[];
  sources: Source[];
  /** The events the page's dates link to. */
  events: StoryEvent[];
  /** What was read, in short: sent back with the page's next outline (`known`). */
  key: string;
}

/** The page's outline read as what its marks already show: nothing to do. */
export interface UnchangedReply {
  unchanged: true;
}

export type MessageType = ToBackgroundMessage['type'];
export type MessageOf<T extends MessageType> = Extract<ToBackgroundMessage, { type: T }>;

/** What the background answers to each message. */
export interface BackgroundReplies {
  'sync-bundled': LoadResult;
  'import-dataset': LoadResult;
  reset: LoadResult;
  'read-article': ReadingReply | UnchangedReply;
  'load-card': { loaded: boolean };
  'read-page': OnDemand;
}

/** Every answer is either the value or why the message was refused or failed. */
export type Reply<T> = { value: T } | { error: string };

export const PRIVILEGED: ReadonlySet<MessageType> = new Set(['sync-bundled', 'import-dataset', 'reset', 'read-page']);

export type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab' | 'frameId' | 'documentId' | 'documentLifecycle'>;

/**
 * A page of this extension (options, panel), as opposed to a content script, whose sender URL is
 * the web page's. Another extension's messages never reach `runtime.onMessage` without
 * `externally_connectable`, but the id is checked all the same.
 */
export function isExtensionPage(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Sends a message to the background and unwraps its reply. */
export async function sendToBackground<T extends MessageType>(message: MessageOf<T>): Promise<BackgroundReplies[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<BackgroundReplies[T]> | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('Crosscheck’s background did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return reply.value;
}
