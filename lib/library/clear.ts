/**
 * `data/clear` (the options page's "clear data"): saved papers, rules, alerts, the paper cache and all
 * owed work, in one transaction. Kept: the `meta` store, which holds the request lanes' clocks, since
 * arXiv's terms do not reset when our data does. There is no settings module yet; when there is, its
 * clearing belongs here too.
 */
import type { DbProvider } from '../db/connection';
import { writeTx } from './tx';

export async function clearAll(db: DbProvider, log?: (message: string) => void): Promise<{ savedIds: string[] }> {
  return writeTx(
    db,
    ['saved', 'rules', 'alerts', 'papers', 'pending'],
    async (tx) => {
      const savedIds = await tx.objectStore('saved').getAllKeys();
      await Promise.all([
        tx.objectStore('saved').clear(),
        tx.objectStore('rules').clear(),
        tx.objectStore('alerts').clear(),
        tx.objectStore('papers').clear(),
        tx.objectStore('pending').clear(),
      ]);
      return { savedIds };
    },
    'nothing was cleared',
    log,
  );
}
