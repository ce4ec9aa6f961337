/**
 * The persisted set of ids still owed an arXiv lookup. It outlives the service worker: whatever a
 * stopped worker did not finish, the next one finds here and fetches (DESIGN §2, §8).
 */
import type { DbProvider } from '../db/connection';
import { withQuotaRetry } from '../db/quota';
import type { PendingEntry } from '../db/schema';
import type { Paper } from './schema';

export interface PendingStore {
  /**
   * Makes sure each id is owed, unless `answered` says the cache now answers it. Reads `papers` in the
   * same transaction, so a result stored a moment ago is seen instead of being asked for again.
   * Returns the ids owed and due now (those worth waiting for).
   */
  ensure(ids: readonly string[], now: number, answered: (paper: Paper | undefined) => boolean): Promise<string[]>;
  /** Up to `limit` entries due at `now`, earliest first. */
  due(now: number, limit: number): Promise<PendingEntry[]>;
  /** A failed round: counts it and moves the entries to `notBefore(attempts)`. */
  defer(ids: readonly string[], notBefore: (attempts: number) => number): Promise<void>;
  /** When the next entry falls due; undefined when nothing is owed. */
  earliest(): Promise<number | undefined>;
}

const range = (to: number) => IDBKeyRange.bound(['arxiv', -Infinity], ['arxiv', to]);

export function createPendingStore(db: DbProvider): PendingStore {
  return {
    ensure(ids, now, answered) {
      return withQuotaRetry(db, async (d) => {
        const tx = d.transaction(['papers', 'pending'], 'readwrite');
        const papers = tx.objectStore('papers');
        const pending = tx.objectStore('pending');
        const due: string[] = [];
        for (const id of ids) {
          if (answered(await papers.get(id))) continue;
          const entry = await pending.get(['arxiv', id]);
          if (!entry) await pending.put({ kind: 'arxiv', id, addedAt: now, notBefore: now, attempts: 0 });
          // An entry backing off after failed rounds keeps its schedule: demand does not hammer arXiv.
          if (!entry || entry.notBefore <= now) due.push(id);
        }
        await tx.done;
        return due;
      });
    },

    async due(now, limit) {
      return (await db.get()).getAllFromIndex('pending', 'by-due', range(now), limit);
    },

    defer(ids, notBefore) {
      return withQuotaRetry(db, async (d) => {
        const tx = d.transaction('pending', 'readwrite');
        for (const id of ids) {
          const entry = await tx.store.get(['arxiv', id]);
          if (entry) await tx.store.put({ ...entry, attempts: entry.attempts + 1, notBefore: notBefore(entry.attempts + 1) });
        }
        await tx.done;
      });
    },

    async earliest() {
      const cursor = await (await db.get()).transaction('pending').store.index('by-due').openCursor(range(Infinity));
      return cursor?.value.notBefore;
    },
  };
}
