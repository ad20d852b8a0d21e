/**
 * The content script every page gets: as small and cheap as it can be. It only asks whether the
 * page can be an article about the story (title, meta tags, first kilobytes of text); when it
 * can, it asks the background to load the reader into this frame. Most pages stop here, having
 * cost a fraction of a millisecond; pages whose article arrives late, or that navigate in place,
 * are asked again, batched, less and less often while nothing changes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mightBeRelevant } from '../reading/page/article';

const FIRST_RECHECK = 1_000;
const LONGEST_RECHECK = 32_000;

/** What the gate needs of the extension API: sending one message. */
export interface GateRuntime {
  sendMessage(message: { type: 'load-reader' }): Promise<unknown>;
}

export function startGate(ctx: ContentScriptContext, runtime: GateRuntime, doc: Document = document): void {
  let asked = false;
  let delay = FIRST_RECHECK;
  let timer: number | undefined;

  const check = () => {
    if (asked || ctx.isInvalid) return;
    if (!mightBeRelevant(doc)) return;
    asked = true;
    observer.disconnect();
    // The reader, once loaded, follows the page itself (late bodies, in-page navigation).
    runtime.sendMessage({ type: 'load-reader' }).catch(() => {
      asked = false; // the background was restarting: try again on the next change
    });
  };
  const recheckSoon = () => {
    if (asked || timer !== undefined || ctx.isInvalid) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      check();
      delay = Math.min(delay * 2, LONGEST_RECHECK);
    }, delay);
  };
  const observer = new MutationObserver(recheckSoon);
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    delay = FIRST_RECHECK;
    recheckSoon();
  });

  check();
  if (!asked && doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
}
