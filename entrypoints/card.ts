import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import cardCss from '../components/card/card.css?inline';
import comparisonCss from '../components/comparison.css?inline';
import { createCardController } from '../utils/content/card-controller';
import { registerCard } from '../utils/content/card-slot';
import { createCardView } from '../utils/content/card-view';

/** The hover card (its controller, UI and styles), injected by the background on the reader's first hover, focus or tap. */
export default defineUnlistedScript(() => {
  const view = createCardView(`${cardCss}\n${comparisonCss}`);
  registerCard({ start: (deps) => createCardController(deps, view) });
});
