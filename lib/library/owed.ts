/**
 * The persisted set of saved papers that still owe follow-up work: arXiv's own BibTeX entry (DESIGN
 * §5.5) and, for a paper saved while arXiv could not be reached, a complete metadata snapshot. Kept in
 * the `pending` store under kind `bibtex`, next to the metadata lookups, so it outlives the service
 * worker: whatever a stopped worker did not finish, the next one finds here.
 *
 * An entry is added in the same transaction that writes the saved paper, and removed in the same
 * transaction that stores the result (or that removes the paper), so no state between "saved" and
 * "owed" can be lost to a worker stop.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { DbProvider } from '../db/connection';
import type { PaperRadarDB, PendingEntry } from '../db/schema';

const KIND = 'bibtex' as const;
/** The `pending` store inside whatever read-write transaction writes the saved paper. */
export type PendingStoreTx = IDBPObjectStore<PaperRadarDB, ArrayLike<StoreNames<PaperRadarDB>>, 'pending', 'readwrite'>;

const key = (id: string): [string, string] => [KIND, id];
const range = (to: number) => IDBKeyRange.bound([KIND, -Infinity], [KIND, to]);

/** Makes sure `id` is owed; an entry already backing off keeps its schedule. */
export async function oweFollowUp(pending: PendingStoreTx, id: string, now: number): Promise<void> {
  if (!(await pending.get(key(id)))) await pending.put({ kind: KIND, id, addedAt: now, notBefore: now, attempts: 0 });
}

export async function settleFollowUp(pending: PendingStoreTx, id: string): Promise<void> {
  await pending.delete(key(id));
}

export interface OwedStore {
  /** Up to `limit` entries due at `now`, earliest first. */
  due(now: number, limit: number): Promise<PendingEntry[]>;
  /** When the next entry falls due; undefined when nothing is owed. */
  earliest(): Promise<number | undefined>;
  /** A failed attempt: counted, and the entry moved to `notBefore(attempts)`. */
  defer(id: string, notBefore: (attempts: number) => number): Promise<void>;
  /** Every owed id (tests and diagnostics). */
  all(): Promise<string[]>;
}

export function createOwedStore(db: DbProvider): OwedStore {
  return {
    async due(now, limit) {
      return (await db.get()).getAllFromIndex('pending', 'by-due', range(now), limit);
    },
    async earliest() {
      const cursor = await (await db.get()).transaction('pending').store.index('by-due').openCursor(range(Infinity));
      return cursor?.value.notBefore;
    },
    async defer(id, notBefore) {
      // Bookkeeping only: a lost write here costs one early retry, so no quota guard.
      const tx = (await db.get()).transaction('pending', 'readwrite');
      const entry = await tx.store.get(key(id));
      if (entry) await tx.store.put({ ...entry, attempts: entry.attempts + 1, notBefore: notBefore(entry.attempts + 1) });
      await tx.done;
    },
    async all() {
      const keys = await (await db.get()).getAllKeys('pending', IDBKeyRange.bound([KIND, ''], [KIND, '\uffff']));
      return keys.map((k) => k[1]);
    },
  };
}
