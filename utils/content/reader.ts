/**
 * The reader, in a page whose title or address names the story (or that the reader asked to have
 * read): it reads the page (read-page.ts), marks the figures the background links to the dataset
 * (mark-layer.ts), follows the pointer, the focus and taps on the marks (page-events.ts) and
 * answers the side panel (panel-requests.ts). The hover card is not part of it: it is loaded on
 * first use (lazy-card.ts). Everything hangs off the reader's context (context.ts), so it all
 * stops when the extension reloads.
 */
import { createCardLoader } from './card-loader';
import type { ReaderContext } from './context';
import { lazyCard, type CardEvents } from './lazy-card';
import { createMarkLayer } from './mark-layer';
import { followPageEvents } from './page-events';
import { answerPanel } from './panel-requests';
import { createPageReading, pauseIn } from './read-page';

/** `css`: the reader's part of Crosscheck's shadow root (the focus targets); the card brings its own. */
export function startReader(ctx: ReaderContext, css: string, doc: Document = document): void {
  // The card needs the layer and the reading, and they reach it through this late binding.
  let card: CardEvents | null = null;
  const layer = createMarkLayer(
    doc,
    css,
    {
      focus: (mark, button) => card?.focused(mark, button),
      blur: (event) => card?.blurred(event),
      click: (mark, button) => card?.openNow(mark, button),
    },
    pauseIn(ctx),
  );
  const reading = createPageReading(ctx, doc, {
    marked: (page, settings) => void layer.show(page, settings),
    dropped: () => {
      card?.close();
      layer.clear();
    },
  });
  card = lazyCard(createCardLoader(), { ctx, doc, reading, layer });
  followPageEvents(ctx, doc, layer, card);
  answerPanel(ctx, reading, layer, card);
  ctx.onInvalidated(() => layer.remove());
  void reading.start();
}
