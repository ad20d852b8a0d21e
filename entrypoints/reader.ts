import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import targetsCss from '../utils/content/targets.css?inline';
import { ReaderContext } from '../utils/content/context';
import { startReader } from '../utils/content/reader';

/** The reader, injected by the background into a tab whose title or address names the story. */
export default defineUnlistedScript(() => {
  const world = globalThis as { crosscheckReader?: ReaderContext };
  if (world.crosscheckReader?.isValid) return; // already reading this page
  const ctx = new ReaderContext();
  world.crosscheckReader = ctx;
  startReader(ctx, targetsCss);
});
