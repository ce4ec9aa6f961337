/**
 * One read-write transaction over user data, all or nothing. A thrown step aborts the transaction, so
 * nothing half-done commits (IndexedDB would otherwise commit the writes issued before the throw once
 * the transaction goes idle). Wrapped in the quota guard: a full disk evicts part of the paper cache
 * and the whole body runs once more, which is why every body here writes by key (idempotent).
 *
 * A quota failure that persists becomes a MessageError saying what was not written, so the user reads
 * "storage is full" rather than a DOMException name.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { DbProvider } from '../db/connection';
import { isQuotaError, withQuotaRetry } from '../db/quota';
import type { PaperRadarDB } from '../db/schema';
import { MessageError } from '../messaging/router';

export type WriteTx<S extends StoreNames<PaperRadarDB>[]> = IDBPTransaction<PaperRadarDB, S, 'readwrite'>;

export async function writeTx<S extends StoreNames<PaperRadarDB>[], T>(
  db: DbProvider,
  stores: S,
  body: (tx: WriteTx<S>) => Promise<T>,
  what: string,
  log?: (message: string) => void,
): Promise<T> {
  try {
    return await withQuotaRetry(
      db,
      async (d) => {
        const tx = d.transaction(stores, 'readwrite');
        try {
          const result = await body(tx);
          await tx.done;
          return result;
        } catch (e) {
          abort(tx);
          throw e;
        }
      },
      log,
    );
  } catch (e) {
    if (isQuotaError(e)) {
      throw new MessageError(
        `the browser has no room left for Paper Radar's data: ${what}. Free some disk space and try again.`,
      );
    }
    throw e;
  }
}

function abort(tx: { abort(): void; done: Promise<void> }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (the failure may have been the commit itself).
  }
  tx.done.catch(() => undefined);
}
