/**
 * The reader's stand-in for the hover card until it is loaded: the page's events reach the card
 * through it. The first hover on a mark, focus of a mark or tap loads the card (card-loader.ts);
 * what was asked for meanwhile (the latest of it: the pointer may have moved on, the focus left)
 * is handed to the card once it is there. A hover's intent delay counts from when the pointer
 * arrived, so the load hides inside it.
 */
import type { CardController } from './card-controller';
import type { CardDeps, CardModule } from './card-slot';
import type { Mark } from './marks';

export type CardEvents = Pick<CardController, 'openMark' | 'openNow' | 'close' | 'hovering' | 'hoveringNothing' | 'focused' | 'blurred' | 'reveal' | 'place'>;

export function lazyCard(load: () => Promise<CardModule>, deps: CardDeps): CardEvents {
  let card: CardController | null = null;
  /** What to hand the card once loaded; null when nothing is asked for any more. */
  let asked: ((card: CardController) => void) | null = null;

  const withCard = (act: (card: CardController) => void) => {
    if (card) return act(card);
    asked = act;
    load().then(
      (module) => {
        if (deps.ctx.isInvalid) return;
        card ??= module.start(deps);
        const pending = asked;
        asked = null;
        pending?.(card);
      },
      () => {}, // the background was restarting: the next hover, focus or tap asks again
    );
  };
  /** Calls the card if it is there; otherwise what was asked for is off. */
  const ifLoaded = (act: (card: CardController) => void) => (card ? act(card) : void (asked = null));

  return {
    get openMark(): Mark | null {
      return card?.openMark ?? null;
    },
    openNow: (mark, button) => withCard((c) => c.openNow(mark, button)),
    hovering: (mark, since) => withCard((c) => c.hovering(mark, since)),
    focused: (mark, button) => withCard((c) => c.focused(mark, button)),
    reveal: (mark) => withCard((c) => c.reveal(mark)),
    hoveringNothing: () => ifLoaded((c) => c.hoveringNothing()),
    blurred: (event) => ifLoaded((c) => c.blurred(event)),
    close: (restoreFocus) => ifLoaded((c) => c.close(restoreFocus)),
    // Not `ifLoaded`: a scroll while the card loads must not call off the request.
    place: () => card?.place(),
  };
}
