/**
 * `library/import` (DESIGN §4, §8): read the file (lib/export `readImport`), look up the papers that
 * came without metadata, then write everything in ONE transaction, or nothing.
 *
 * - A file that cannot be used at all is an error; nothing changes.
 * - Papers without a snapshot (every format but the backup) are looked up through the paper cache with
 *   arXiv's fields required. Only an answer carrying arXiv's metadata counts: a paper arXiv did not
 *   describe (unknown, unreachable, or still queued when the wait ended) is not added, and is named in
 *   `errors`. The lookup happens before the transaction opens (IndexedDB transactions cannot wait
 *   for the network); the merge is planned inside it, on the library as it is then.
 * - Merge rules are `planImport`'s (lib/export/plan-import.ts); rules from a backup are added unless
 *   the library has one with the same id or query (`planRules`). A backup's settings are ignored
 *   until a settings module exists.
 * - Imports do not queue arXiv's BibTeX for each paper: a 10,000-paper file would keep arXiv busy for
 *   eight hours. Exports use the generated entry in arXiv's layout until a paper is saved again. Only
 *   a backed-up snapshot without arXiv's fields (a paper saved offline) owes its completion.
 */
import type { DbProvider } from '../db/connection';
import { importAnswer, planImport, planRules, readImport, idsToLookUp, type ImportFormat } from '../export';
import { MessageError } from '../messaging/router';
import { sourceState } from '../papers/freshness';
import type { PaperService } from '../papers/service';
import type { Paper, SavedPaper } from '../papers/schema';
import { hasArxivSnapshot } from './merge';
import { oweFollowUp } from './owed';
import { writeTx } from './tx';

export interface ImportDeps {
  db: DbProvider;
  papers: PaperService;
  now: () => number;
  log?: (message: string) => void;
}

export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
  errors: string[];
  rulesAdded: number;
  /** Ids written (for the change notice). */
  changed: string[];
}

export async function importText(deps: ImportDeps, text: string, format?: ImportFormat): Promise<ImportResult> {
  const read = readImport(text, format);
  if (!read.ok) throw new MessageError(`nothing was imported: ${read.error}`);

  // Keys only: reading 10,000 full records just to know which ids exist would cost seconds.
  const have = await (await deps.db.get()).getAllKeys('saved');
  const papers = await lookUp(deps, idsToLookUp(have.map((id) => ({ id }) as SavedPaper), read.papers));

  const { plan, rules } = await writeTx(
    deps.db,
    ['saved', 'rules', 'pending'],
    async (tx) => {
      const saved = tx.objectStore('saved');
      const ruleStore = tx.objectStore('rules');
      const pending = tx.objectStore('pending');
      // The file's papers that are saved already, read inside the transaction (a save may have
      // landed since the lookup); the rest of the library does not take part in the merge.
      const incoming = new Set(read.papers.map((e) => e.id));
      const [keys, existingRules] = await Promise.all([saved.getAllKeys(), ruleStore.getAll()]);
      const overlap = keys.filter((id) => incoming.has(id));
      const existing = (await Promise.all(overlap.map((id) => saved.get(id)))).filter((s): s is SavedPaper => s !== undefined);
      const now = deps.now();
      const plan = planImport(existing, read.papers, { now, papers });
      const rules = planRules(existingRules, read.rules ?? []);
      await putAll([
        ...plan.put.map((s) => () => saved.put(s)),
        ...rules.put.map((r) => () => ruleStore.put(r)),
        ...plan.put.filter((s) => !hasArxivSnapshot(s)).map((s) => () => oweFollowUp(pending, s.id, now)),
      ]);
      return { plan, rules };
    },
    'nothing was imported',
    deps.log,
  );
  return { ...importAnswer(read, plan), rulesAdded: rules.added, changed: plan.put.map((s) => s.id) };
}

/** Papers arXiv described, by id; the rest are left out (and reported by `importAnswer`). */
async function lookUp(deps: ImportDeps, ids: string[]): Promise<Map<string, Paper>> {
  const found = new Map<string, Paper>();
  if (ids.length === 0) return found;
  const answer = await deps.papers.getPapers(ids, { arxiv: true });
  const now = deps.now();
  for (const p of answer.papers) {
    if (p.fetchedAt.arxiv !== undefined && sourceState(p, 'arxiv', now) !== 'not-found') found.set(p.id, p);
  }
  return found;
}

/**
 * Issues every write at once (IndexedDB queues them in order; awaiting each would cost a round trip
 * per paper) and waits for all. If issuing one throws, the ones already issued are still awaited
 * (their failure after the abort is expected, not an unhandled rejection) and the error goes on.
 */
async function putAll(writes: (() => Promise<unknown>)[]): Promise<void> {
  const issued: Promise<unknown>[] = [];
  try {
    for (const write of writes) issued.push(write());
  } catch (e) {
    for (const p of issued) p.catch(() => undefined);
    throw e;
  }
  await Promise.all(issued);
}
