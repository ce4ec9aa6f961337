/**
 * Surviving a full disk. A write that fails for quota evicts the oldest part of the `papers` cache
 * (the only data we can refetch) and is retried once. User data (saved, rules, alerts, settings) is
 * never touched: losing a cached abstract costs one request, losing a saved paper costs the user.
 */
import type { Db, DbProvider } from './connection';

/** Share of the cache dropped per quota failure: enough to make room, little enough to refetch. */
export const EVICT_FRACTION = 0.2;

/**
 * Quota failures arrive as `QuotaExceededError` from a request, or as the transaction's `AbortError`
 * (or an idb/our own wrapper) whose cause or `.error` is one, depending on browser and on where the
 * failure surfaced.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (typeof e !== 'object' || e === null || depth > 4) return false;
  const err = e as { name?: unknown; code?: unknown; cause?: unknown; error?: unknown };
  if (err.name === 'QuotaExceededError' || (err.name !== undefined && err.code === 22)) return true;
  return isQuotaError(err.cause, depth + 1) || isQuotaError(err.error, depth + 1);
}

/** Deletes the oldest `fraction` of cached papers (by last write), at least one; returns how many. */
export async function evictOldestPapers(db: Db, fraction = EVICT_FRACTION): Promise<number> {
  const tx = db.transaction('papers', 'readwrite');
  const total = await tx.store.count();
  const target = total === 0 ? 0 : Math.max(1, Math.ceil(total * fraction));
  let removed = 0;
  let cursor = await tx.store.index('by-cachedAt').openCursor();
  while (cursor && removed < target) {
    await cursor.delete();
    removed++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}

/**
 * Runs a write; on a quota failure evicts cache and runs it once more. `write` must be idempotent
 * (put by key), since part of the first attempt may have committed.
 */
export async function withQuotaRetry<T>(
  provider: DbProvider,
  write: (db: Db) => Promise<T>,
  log: (message: string) => void = (m) => console.warn(`[paper-radar db] ${m}`),
): Promise<T> {
  const db = await provider.get();
  try {
    return await write(db);
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    const removed = await evictOldestPapers(db);
    log(`storage full: evicted ${removed} cached papers, retrying once`);
    if (removed === 0) throw e;
    return write(db);
  }
}
