/**
 * The `alerts` store: one alert per paper, whatever source found it and however often.
 *
 * - A paper met again (the other source, the next run, a re-run after a stopped worker) keeps its
 *   alert: `foundAt`, `seenAt` and `source` stay, and only rules it newly matched are added. That is
 *   what makes every run idempotent: storing the same hits twice creates nothing the second time.
 * - A new version of a saved paper is news even if its alert was seen: the alert comes back unseen,
 *   as `saved-version`, found now.
 * - Dismissed papers leave a tombstone (meta.ts) so that the day's lists, which still carry them,
 *   do not bring them back; a new version does.
 * - Seen alerts found more than 90 days ago are pruned, with tombstones of the same age.
 *
 * The writers take a transaction (over `alerts` and `meta` at least) so that a caller can store the
 * alerts together with the bookkeeping that says they were stored (a feed's validators, a version).
 */
import type { DbProvider } from '../db/connection';
import { writeTx, type WriteTx } from '../library/tx';
import type { Alert } from '../papers/schema';
import { DISMISSED_PREFIX, familyRange, metaKey, readNumber } from './meta';

export type AlertSource = 'hf-daily' | 'arxiv-rss' | 'saved-version';

export const PRUNE_AFTER_MS = 90 * 24 * 3600_000;

/** A paper that matched rules (their ids, in rule order). */
export interface Hit {
  paperId: string;
  ruleIds: string[];
}

/** The stores a run writes together: alerts, their bookkeeping, and the saved papers it reads. */
export const ALERT_TX_STORES: ('alerts' | 'meta' | 'saved')[] = ['alerts', 'meta', 'saved'];
export type AlertTx = WriteTx<('alerts' | 'meta' | 'saved')[]>;

/** Rule ids of `a` then those of `b` not in `a`. */
function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a);
  return [...a, ...b.filter((id) => !seen.has(id) && (seen.add(id), true))];
}

/** Stores rule matches; answers the ids whose alert is new. */
export async function recordHits(tx: AlertTx, hits: readonly Hit[], source: AlertSource, now: number): Promise<string[]> {
  const alerts = tx.objectStore('alerts');
  const meta = tx.objectStore('meta');
  const fresh: string[] = [];
  for (const hit of hits) {
    if (hit.ruleIds.length === 0) continue;
    const existing = await alerts.get(hit.paperId);
    if (existing) {
      const ruleIds = union(existing.ruleIds, hit.ruleIds);
      if (ruleIds.length !== existing.ruleIds.length) await alerts.put({ ...existing, ruleIds });
      continue;
    }
    if ((await meta.get(metaKey.dismissed(hit.paperId))) !== undefined) continue;
    await alerts.put({ paperId: hit.paperId, ruleIds: union([], hit.ruleIds), source, foundAt: now });
    fresh.push(hit.paperId);
  }
  return fresh;
}

/** A saved paper has version `version`, newer than the user knew: its alert is (again) unseen news. */
export async function raiseVersion(tx: AlertTx, paperId: string, version: number, now: number): Promise<void> {
  const alerts = tx.objectStore('alerts');
  const meta = tx.objectStore('meta');
  const existing = await alerts.get(paperId);
  await alerts.put({ paperId, ruleIds: existing?.ruleIds ?? [], source: 'saved-version', foundAt: now });
  await meta.put({ key: metaKey.version(paperId), value: version });
  await meta.delete(metaKey.dismissed(paperId));
}

export async function listAlerts(db: DbProvider): Promise<Alert[]> {
  const all = await (await db.get()).getAll('alerts');
  return all.sort((a, b) => b.foundAt - a.foundAt || (a.paperId < b.paperId ? -1 : a.paperId > b.paperId ? 1 : 0));
}

export async function countUnseen(db: DbProvider): Promise<number> {
  let n = 0;
  for (const a of await (await db.get()).getAll('alerts')) if (a.seenAt === undefined) n++;
  return n;
}

/** Marks the given alerts (all when `ids` is undefined) seen; answers how many changed. */
export function markSeen(db: DbProvider, ids: readonly string[] | undefined, now: number, log?: (m: string) => void): Promise<number> {
  return writeTx(
    db,
    ['alerts'],
    async (tx) => {
      const store = tx.objectStore('alerts');
      const targets = ids === undefined ? await store.getAll() : await Promise.all(ids.map((id) => store.get(id)));
      let changed = 0;
      for (const a of targets) {
        if (!a || a.seenAt !== undefined) continue;
        await store.put({ ...a, seenAt: now });
        changed++;
      }
      return changed;
    },
    'the alerts were not marked as seen',
    log,
  );
}

/** Deletes the alerts and leaves tombstones; answers how many were there. */
export function dismiss(db: DbProvider, ids: readonly string[], now: number, log?: (m: string) => void): Promise<number> {
  return writeTx(
    db,
    ALERT_TX_STORES,
    async (tx) => {
      let removed = 0;
      for (const id of new Set(ids)) {
        if ((await tx.objectStore('alerts').getKey(id)) !== undefined) {
          await tx.objectStore('alerts').delete(id);
          removed++;
        }
        await tx.objectStore('meta').put({ key: metaKey.dismissed(id), value: now });
      }
      return removed;
    },
    'the alerts were not dismissed',
    log,
  );
}

/** Drops seen alerts and tombstones older than PRUNE_AFTER_MS; answers how many alerts went. */
export function prune(db: DbProvider, now: number, log?: (m: string) => void): Promise<number> {
  const cutoff = now - PRUNE_AFTER_MS;
  return writeTx(
    db,
    ['alerts', 'meta'],
    async (tx) => {
      let removed = 0;
      let cursor = await tx.objectStore('alerts').index('by-foundAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
      while (cursor) {
        if (cursor.value.seenAt !== undefined) {
          await cursor.delete();
          removed++;
        }
        cursor = await cursor.continue();
      }
      let tomb = await tx.objectStore('meta').openCursor(familyRange(DISMISSED_PREFIX));
      while (tomb) {
        if ((readNumber(tomb.value.value) ?? 0) < cutoff) await tomb.delete();
        tomb = await tomb.continue();
      }
      return removed;
    },
    'old alerts were not pruned',
    log,
  );
}
