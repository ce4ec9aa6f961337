/**
 * New versions of saved papers. Two ways to see one: a feed item (any announce type, `replace` above
 * all) for a saved paper, and a weekly check of every saved id against the arXiv API, in batches of
 * 100 through the arXiv lane.
 *
 * What the user knows is the version last alerted on (meta `alerts:version:<id>`), else the version
 * of the saved snapshot. A newer one raises the paper's alert and becomes the known one in the same
 * transaction, so a re-run raises nothing twice. A paper whose version was never known (saved while
 * arXiv was unreachable) gets its first known version silently.
 *
 * The weekly pass records how far it got after each batch, so a stopped worker carries on with the
 * next batch instead of starting over (or skipping the rest).
 */
import { fetchArxivBatch, MAX_IDS_PER_REQUEST } from '../arxiv/client';
import type { DbProvider } from '../db/connection';
import { writeTx } from '../library/tx';
import type { Clock } from '../net/clock';
import type { PoliteQueue } from '../net/polite-queue';
import { createPaperStore } from '../papers/paper-store';
import { ALERT_TX_STORES, type AlertTx, raiseVersion } from './alert-store';
import { familyRange, getMeta, metaKey, readNumber, readVersionCheck, VERSION_PREFIX } from './meta';

export const VERSION_CHECK_EVERY_MS = 7 * 24 * 3600_000;

/** Raises the alert if `latest` is newer than what the user knows of the saved paper `id`. */
export async function noteVersion(tx: AlertTx, id: string, latest: number, now: number): Promise<boolean> {
  const saved = await tx.objectStore('saved').get(id);
  if (!saved) return false;
  const meta = tx.objectStore('meta');
  const known = readNumber((await meta.get(metaKey.version(id)))?.value) ?? saved.paper.version;
  if (known === undefined) {
    await meta.put({ key: metaKey.version(id), value: latest });
    return false;
  }
  if (latest <= known) return false;
  await raiseVersion(tx, id, latest, now);
  return true;
}

export interface VersionCheckDeps {
  db: DbProvider;
  clock: Clock;
  arxivQueue: PoliteQueue;
  /** Renews the run's backstop alarm before each request. */
  keepAlive: () => Promise<void>;
  log?: (message: string) => void;
}

export type VersionCheckResult = { newIds: string[]; skipped?: true } | { newIds: string[]; error: string; retryAt?: number };

/** The weekly pass, when due; resumes an interrupted one. */
export async function checkSavedVersions(deps: VersionCheckDeps): Promise<VersionCheckResult> {
  const { db, clock } = deps;
  const state = readVersionCheck(await getMeta(db, metaKey.versionCheck));
  if (state.cursor === undefined && state.doneAt !== undefined && clock.now() - state.doneAt < VERSION_CHECK_EVERY_MS) {
    return { newIds: [], skipped: true };
  }
  const savedIds = (await (await db.get()).getAllKeys('saved')).sort();
  const todo = state.cursor === undefined ? savedIds : savedIds.filter((id) => id > state.cursor!);
  const papers = createPaperStore(db);
  const newIds: string[] = [];
  for (let i = 0; i < todo.length; i += MAX_IDS_PER_REQUEST) {
    const batch = todo.slice(i, i + MAX_IDS_PER_REQUEST);
    await deps.keepAlive();
    const answer = await fetchArxivBatch(deps.arxivQueue, batch);
    if (!answer.ok) return { newIds, error: `version check of saved papers: ${answer.error}`, retryAt: answer.retryAt };
    const now = clock.now();
    // The answers refresh the cache too (they are the newest metadata there is); pending lookups stay.
    await papers.storeArxiv({ entries: answer.entries, notFound: [], settled: [] }, now);
    const raised = await writeTx(
      db,
      ALERT_TX_STORES,
      async (tx) => {
        const out: string[] = [];
        for (const e of answer.entries) if (e.version !== undefined && (await noteVersion(tx, e.id, e.version, now))) out.push(e.id);
        await tx.objectStore('meta').put({ key: metaKey.versionCheck, value: { doneAt: state.doneAt, cursor: batch[batch.length - 1] } });
        return out;
      },
      'the version check was not stored',
      deps.log,
    );
    newIds.push(...raised);
  }
  await writeTx(
    db,
    ALERT_TX_STORES,
    async (tx) => {
      // Papers no longer saved need no known version.
      const saved = new Set(await tx.objectStore('saved').getAllKeys());
      let cursor = await tx.objectStore('meta').openCursor(familyRange(VERSION_PREFIX));
      while (cursor) {
        if (!saved.has(cursor.key.slice(VERSION_PREFIX.length))) await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.objectStore('meta').put({ key: metaKey.versionCheck, value: { doneAt: clock.now() } });
    },
    'the version check was not stored',
    deps.log,
  );
  return { newIds };
}
