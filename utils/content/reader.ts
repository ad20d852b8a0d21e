/**
 * The reader, in a page whose title or address names the story (or that the reader asked to have
 * read): it reads the page (read-page.ts), marks the figures the background links to the dataset
 * (mark-layer.ts), opens their cards on hover, focus or tap (card-controller.ts, page-events.ts)
 * and answers the side panel (panel-requests.ts). Everything hangs off WXT's context, so it all
 * stops when the extension reloads.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardController, type CardController } from './card-controller';
import { createMarkLayer } from './mark-layer';
import { followPageEvents } from './page-events';
import { answerPanel } from './panel-requests';
import { createPageReading } from './read-page';

export function startReader(ctx: ContentScriptContext, css: string, doc: Document = document): void {
  // The card is made after the layer and the reading, which it needs; the layer's targets and the
  // reading's results reach it through this late binding.
  let card: CardController | null = null;
  const layer = createMarkLayer(
    doc,
    css,
    {
      focus: (mark, button) => card?.focused(mark, button),
      blur: (event) => card?.blurred(event),
      click: (mark, button) => card?.openNow(mark, button),
    },
    (overlay) => card?.attach(overlay),
  );
  const reading = createPageReading(ctx, doc, {
    marked: (page, settings) => layer.show(page, settings),
    dropped: () => {
      card?.close();
      layer.clear();
    },
  });
  card = createCardController(ctx, doc, reading, layer);
  followPageEvents(ctx, doc, layer, card);
  answerPanel(ctx, doc, reading, layer, card);
  ctx.onInvalidated(() => layer.remove());
  void reading.start();
}
