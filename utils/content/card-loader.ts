/**
 * Loads the hover card on first use: the reader asks the background, which injects `card.js`
 * into this frame's isolated world, where it registers itself (card-slot.ts). Pages get no
 * web-accessible file to load or detect. One request at a time; a failed one (the background
 * restarting) is tried again on the next use.
 */
import { sendToBackground } from '../messages';
import { registeredCard, type CardModule } from './card-slot';

export function createCardLoader(ask: () => Promise<unknown> = () => sendToBackground({ type: 'load-card' }), world: object = globalThis) {
  let pending: Promise<CardModule> | null = null;
  return (): Promise<CardModule> => {
    const ready = registeredCard(world);
    if (ready) return Promise.resolve(ready);
    pending ??= ask()
      .then(() => {
        const card = registeredCard(world);
        if (!card) throw new Error('the card’s script ran but did not register');
        return card;
      })
      .finally(() => (pending = null));
    return pending;
  };
}
