/**
 * `library/update`, `library/remove` and `library/restore`: edits of saved papers, each one transaction.
 *
 * Remove answers the full records it deleted, which is exactly what restore takes back: undo puts
 * them back byte for byte (savedAt, tags, note, read time, BibTeX, snapshot), over whatever the paper
 * became meanwhile, since undo means "as it was". Removing also drops the paper's owed follow-up;
 * restoring a record that still lacked something owes it again.
 */
import type { DbProvider } from '../db/connection';
import { MessageError } from '../messaging/router';
import type { SavedPaper } from '../papers/schema';
import { canonicalId, canonicalIds } from './ids';
import { applyUpdate, needsFollowUp, type UpdateInput } from './merge';
import { oweFollowUp, settleFollowUp } from './owed';
import { writeTx } from './tx';

export interface EditDeps {
  db: DbProvider;
  now: () => number;
  log?: (message: string) => void;
}

export async function updateSaved(deps: EditDeps, input: string, fields: UpdateInput): Promise<SavedPaper> {
  const id = canonicalId(input);
  return writeTx(
    deps.db,
    ['saved'],
    async (tx) => {
      const saved = tx.objectStore('saved');
      const current = await saved.get(id);
      if (!current) throw new MessageError(`${id} is not in the library`);
      const next = applyUpdate(current, fields, deps.now());
      await saved.put(next);
      return next;
    },
    `the change to ${id} was not saved`,
    deps.log,
  );
}

/** The removed records, in the order asked; ids not in the library (or not ids at all) are skipped. */
export async function removeSaved(deps: EditDeps, inputs: readonly string[]): Promise<SavedPaper[]> {
  const ids = canonicalIds(inputs);
  return writeTx(
    deps.db,
    ['saved', 'pending'],
    async (tx) => {
      const saved = tx.objectStore('saved');
      const pending = tx.objectStore('pending');
      const removed: SavedPaper[] = [];
      for (const id of ids) {
        const record = await saved.get(id);
        if (!record) continue;
        removed.push(record);
        await saved.delete(id);
        await settleFollowUp(pending, id);
      }
      return removed;
    },
    'nothing was removed',
    deps.log,
  );
}

export async function restoreSaved(deps: EditDeps, records: readonly SavedPaper[]): Promise<string[]> {
  const mismatch = records.find((r) => r.paper.id !== r.id);
  if (mismatch) throw new MessageError(`cannot restore ${mismatch.id}: its snapshot is of ${mismatch.paper.id}`);
  return writeTx(
    deps.db,
    ['saved', 'pending'],
    async (tx) => {
      const saved = tx.objectStore('saved');
      const pending = tx.objectStore('pending');
      const now = deps.now();
      for (const record of records) {
        await saved.put(record);
        if (needsFollowUp(record)) await oweFollowUp(pending, record.id, now);
      }
      return [...new Set(records.map((r) => r.id))];
    },
    'nothing was restored',
    deps.log,
  );
}
