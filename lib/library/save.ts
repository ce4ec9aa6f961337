/**
 * `library/save`: a paper into the library, from an id in any form (DESIGN §5.1).
 *
 * Metadata comes cache-first with arXiv's fields required (`arxiv: true`): the saved snapshot is what
 * exports are written from, long after the cache may have been evicted.
 *
 * Decisions:
 * - Saving a paper already saved answers at once, with no request: savedAt stays, tags merge, a given
 *   note replaces the old one (merge.ts).
 * - An id arXiv says it does not know is refused with an error; nothing is saved.
 * - When arXiv cannot answer now (offline, throttled, slow), the save does not fail and does not make
 *   the user wait: after SAVE_WAIT_MS the paper is saved with what is known (Hugging Face's
 *   description if the cache has it, else the id alone) and owes its completion (owed.ts), which the
 *   follow-up does as soon as arXiv answers. The answer's snapshot then lacks `fetchedAt.arxiv`, which
 *   is how a caller can tell. A click on "save" is never lost to the network.
 * - Every save leaves the paper owing arXiv's BibTeX until it has it, in the same transaction.
 */
import type { DbProvider } from '../db/connection';
import { MessageError } from '../messaging/router';
import { sourceState } from '../papers/freshness';
import type { PaperService } from '../papers/service';
import type { Paper, SavedPaper } from '../papers/schema';
import { canonicalId } from './ids';
import { mergeSave, needsFollowUp, newSaved, placeholderPaper, type SaveInput } from './merge';
import { oweFollowUp } from './owed';
import { writeTx } from './tx';

/** Long enough for a request or two through the arXiv lane (3 s apart), short enough for a click. */
export const SAVE_WAIT_MS = 10_000;

export interface SaveDeps {
  db: DbProvider;
  papers: PaperService;
  now: () => number;
  log?: (message: string) => void;
}

/** Saves (or re-saves) the paper; answers the record as stored. */
export async function savePaper(deps: SaveDeps, input: string, fields: SaveInput): Promise<SavedPaper> {
  const id = canonicalId(input);
  // The moment of the click is when it was saved, however long arXiv takes to answer.
  const clickedAt = deps.now();
  const existing = await (await deps.db.get()).get('saved', id);
  const paper = existing ? undefined : await lookUp(deps, id);
  return writeTx(
    deps.db,
    ['saved', 'pending'],
    async (tx) => {
      const saved = tx.objectStore('saved');
      // Read again inside the transaction: a concurrent save of the same paper may have landed.
      const current = await saved.get(id);
      // Not there any more (removed while arXiv was asked, or while the saved paper was read): saved
      // anew, with the best snapshot at hand.
      const snapshot = paper ?? existing?.paper ?? placeholderPaper(id);
      const next = current ? mergeSave(current, fields) : newSaved(snapshot, fields, clickedAt);
      await saved.put(next);
      if (needsFollowUp(next)) await oweFollowUp(tx.objectStore('pending'), id, deps.now());
      return next;
    },
    `${id} was not saved`,
    deps.log,
  );
}

async function lookUp(deps: SaveDeps, id: string): Promise<Paper | undefined> {
  const answer = await deps.papers.getPapers([id], { arxiv: true, maxWaitMs: SAVE_WAIT_MS });
  const paper = answer.papers[0];
  const unknown = answer.notFound.includes(id) || (paper !== undefined && sourceState(paper, 'arxiv', deps.now()) === 'not-found');
  if (unknown) throw new MessageError(`arXiv does not know the paper ${id}; nothing was saved`);
  return paper;
}
