/**
 * Every message the background answers, wired to the services that answer it. Kept apart from
 * `start.ts` (which creates the services and listens to the browser) so that the message fuzz
 * test drives these very handlers, not a copy of them.
 */
import type { createDatasetService } from './dataset-service';
import type { Handlers } from './dispatch';
import type { createReadingService } from './reading-service';
import type { watchReaderTabs } from './reader-tabs';

export interface HandlerServices {
  datasets: Pick<ReturnType<typeof createDatasetService>, 'handlers'>;
  readings: Pick<ReturnType<typeof createReadingService>, 'read'>;
  readerTabs: Pick<ReturnType<typeof watchReaderTabs>, 'readOnDemand'>;
  /** Injects the card's script into the frame that asked (first hover, focus or tap). */
  injectCard: (tabId: number, frameId: number) => Promise<void>;
}

export function backgroundHandlers({ datasets, readings, readerTabs, injectCard }: HandlerServices): Handlers {
  return {
    ...datasets.handlers,
    'read-article': ({ url, outline, known }, sender) => {
      if (sender.tab?.id === undefined) return Promise.reject(new Error('refused: "read-article" comes from a tab'));
      return readings.read(sender.tab.id, url, outline, sender, known);
    },
    'read-page': ({ tabId }) => readerTabs.readOnDemand(tabId),
    'load-card': async (_, sender) => {
      if (sender.tab?.id === undefined) throw new Error('refused: "load-card" comes from a tab');
      await injectCard(sender.tab.id, sender.frameId ?? 0);
      return { loaded: true };
    },
  };
}
