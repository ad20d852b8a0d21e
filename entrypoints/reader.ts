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
  startReader(ctx, targetsCss);
});
