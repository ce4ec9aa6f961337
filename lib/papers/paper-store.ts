/**
 * The `papers` cache in IndexedDB. Every write is idempotent (put by id, merged with what is there)
 * and runs under the quota guard, so a retried write after a crash or a full disk stores the same
 * thing once.
 */
import type { IDBPTransaction } from 'idb';
import type { ArxivEntry } from '../arxiv/entry';
import type { Db, DbProvider } from '../db/connection';
import { withQuotaRetry } from '../db/quota';
import type { CachedPaper, PaperRadarDB } from '../db/schema';
import { mergeArxiv, mergeHf, mergeNotFound } from './merge';
import type { EmbeddedPaper, Paper } from './schema';

export interface ArxivResults {
  entries: ArxivEntry[];
  /** Ids arXiv does not know (or refused): stored as negative entries. */
  notFound: string[];
  /** Pending arXiv work to remove in the same transaction (the ids these results answer). */
  settled: string[];
}

export interface PaperStore {
  getMany(ids: readonly string[]): Promise<Map<string, Paper>>;
  storeArxiv(results: ArxivResults, now: number): Promise<void>;
  storeHf(papers: readonly EmbeddedPaper[], now: number): Promise<void>;
  storeHfNotFound(id: string, now: number): Promise<void>;
}

function strip({ cachedAt: _bookkeeping, ...paper }: CachedPaper): Paper {
  return paper;
}

/** Aborts on a thrown step so nothing half-done commits; the quota guard then sees the real error. */
type Stores = ('papers' | 'pending')[];
async function inTx<T>(
  db: Db,
  stores: Stores,
  body: (tx: IDBPTransaction<PaperRadarDB, Stores, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    tx.done.catch(() => undefined);
    throw e;
  }
}

export function createPaperStore(db: DbProvider): PaperStore {
  return {
    async getMany(ids) {
      const tx = (await db.get()).transaction('papers');
      const found = await Promise.all(ids.map((id) => tx.store.get(id)));
      await tx.done;
      const out = new Map<string, Paper>();
      for (const p of found) if (p) out.set(p.id, strip(p));
      return out;
    },

    storeArxiv({ entries, notFound, settled }, now) {
      // One transaction: a result is stored and its pending entry removed together, or neither is,
      // so a worker stopped at any point leaves the id either answered or still owed.
      return withQuotaRetry(db, (d) =>
        inTx(d, ['papers', 'pending'], async (tx) => {
          const papers = tx.objectStore('papers');
          const pending = tx.objectStore('pending');
          for (const e of entries) await papers.put(mergeArxiv(await papers.get(e.id), e, now));
          for (const id of notFound) await papers.put(mergeNotFound(await papers.get(id), id, 'arxiv', now));
          for (const id of settled) await pending.delete(['arxiv', id]);
        }),
      );
    },

    storeHf(items, now) {
      return withQuotaRetry(db, (d) =>
        inTx(d, ['papers'], async (tx) => {
          const papers = tx.objectStore('papers');
          for (const item of items) await papers.put(mergeHf(await papers.get(item.id), item, now));
        }),
      );
    },

    storeHfNotFound(id, now) {
      return withQuotaRetry(db, (d) =>
        inTx(d, ['papers'], async (tx) => {
          const papers = tx.objectStore('papers');
          await papers.put(mergeNotFound(await papers.get(id), id, 'hf', now));
        }),
      );
    },
  };
}

