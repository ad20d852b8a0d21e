/**
 * The background's end of the messaging: parse, check the sender, dispatch. Kept apart from
 * `messages.ts` so that content scripts, which only send, do not carry the validator.
 */
import { browser } from 'wxt/browser';
import { formatIssues } from '../schema/dataset-input';
import { isExtensionPage, PRIVILEGED, type BackgroundReplies, type MessageOf, type MessageType, type Reply, type Sender } from '../messages';
import { toBackgroundMessage, type ToBackgroundMessage } from '../schema';

export type Handlers = {
  [T in MessageType]: (message: MessageOf<T>, sender: Sender) => Promise<BackgroundReplies[T]>;
};

export interface SenderContext {
  runtimeId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
}

/** Parses, checks the sender, and dispatches one message; never throws. */
export async function dispatch(raw: unknown, sender: Sender, handlers: Handlers, context: SenderContext): Promise<Reply<unknown>> {
  const parsed = toBackgroundMessage.safeParse(raw);
  if (!parsed.success) return { error: `refused: not a Crosscheck message (${formatIssues(parsed.error.issues).join('; ')})` };
  const message = parsed.data;
  if (PRIVILEGED.has(message.type) && !isExtensionPage(sender, context.runtimeId, context.extensionOrigin)) {
    return { error: `refused: "${message.type}" is accepted from Crosscheck's own pages only` };
  }
  try {
    const handler = handlers[message.type] as (message: ToBackgroundMessage, sender: Sender) => Promise<unknown>;
    return { value: await handler(message, sender) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the background's listener; returns a function that removes it. */
export function listenInBackground(handlers: Handlers): () => void {
  const context: SenderContext = { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const listener = (raw: unknown, sender: Sender) => dispatch(raw, sender, handlers, context);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

