import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import targetsCss from '../utils/content/targets.css?inline';
import { ReaderContext } from '../utils/content/context';
import { startReader } from '../utils/content/reader';

/** The reader, injected by the background into a tab whose title or address names the story, or that the reader asked to have read. */
export default defineUnlistedScript(() => {
  const world = globalThis as { crosscheckReader?: ReaderContext };
  // Injected again into a page it already reads (an in-page navigation, a restarted background): it
  // follows the page by itself.
  if (world.crosscheckReader?.isValid) return;
  const ctx = new ReaderContext();
  world.crosscheckReader = ctx;
  // Injected as soon as the page could take it (inject.ts): the page is read once it is parsed,
  // in a task of the reader's own, not in the one that ends the page's parsing.
  const start = () => ctx.setTimeout(() => startReader(ctx, targetsCss), 0);
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
  else startReader(ctx, targetsCss);
});
