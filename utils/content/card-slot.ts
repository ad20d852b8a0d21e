/**
 * Where the hover card, injected as its own script on first use (`card.js`: its controller, its
 * UI and their styles), registers itself for the reader: a property of the extension's isolated
 * world, which every script of the extension in the frame shares and the page cannot see. The
 * reader carries only these types.
 */
import type { CardController } from './card-controller';
import type { ReaderContext } from './context';
import type { MarkLayer } from './mark-layer';
import type { PageReading } from './read-page';

/** What the card works with: the reader's context, document, reading and marks. */
export interface CardDeps {
  ctx: ReaderContext;
  doc: Document;
  reading: PageReading;
  layer: MarkLayer;
}

export interface CardModule {
  start(deps: CardDeps): CardController;
}

const SLOT = '__crosscheckCard';
type Slot = { [SLOT]?: CardModule };

export function registerCard(card: CardModule, world: object = globalThis): void {
  (world as Slot)[SLOT] = card;
}

export function registeredCard(world: object = globalThis): CardModule | null {
  return (world as Slot)[SLOT] ?? null;
}
