/**
 * Imported first by the background's entrypoint, for its side effect: the cache starts opening
 * (on install, being created) while the rest of the background's script is still being evaluated.
 * On the bench's first load the two took 50–100 ms each, one after the other; IndexedDB does its
 * part in the browser's process, so they overlap. Dexie opens the database once: every later
 * `getDb()` gets the same one, opened or opening.
 */
import { getDb } from '../storage/db';

void getDb()
  .open()
  .catch(() => {
    // The first query says why (and the options page shows it); nothing to add here.
  });
