import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../components/card/card.css?inline';
import comparisonCss from '../components/comparison.css?inline';
import { startReader } from '../utils/content/reader';

/** The reader, loaded by the background into a frame whose gate found a likely article. */
export default defineUnlistedScript(() => {
  const loaded = globalThis as { crosscheckReader?: boolean };
  if (loaded.crosscheckReader) return; // already reading this page
  loaded.crosscheckReader = true;
  startReader(new ContentScriptContext('reader'), `${cardCss}\n${comparisonCss}`);
});
