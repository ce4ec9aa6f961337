/**
 * The library: the user's saved papers (DESIGN §3, §4). Composes the operations of this folder, keeps
 * the follow-up loop (snapshots and arXiv BibTeX owed by saved papers) going, and announces every
 * change through the broadcaster once it is committed.
 *
 * Saved papers are user data: never evicted, every write in a transaction under the quota guard
 * (tx.ts), which evicts only the paper cache and turns a full disk that stays full into a clear error.
 */
import type { Broadcaster } from '../background/broadcast';
import type { DbProvider } from '../db/connection';
import type { ExportFile } from '../export';
import type { LibrarySort } from '../messaging/protocol';
import type { Clock } from '../net/clock';
import type { PoliteQueue } from '../net/polite-queue';
import type { PaperService } from '../papers/service';
import type { SavedPaper } from '../papers/schema';
import { clearAll } from './clear';
import { removeSaved, restoreSaved, updateSaved } from './edit';
import { type ExportRequest, exportSaved } from './export';
import { FollowUp } from './follow-up';
import { importText, type ImportResult } from './import';
import { listSaved } from './list';
import type { SaveInput, UpdateInput } from './merge';
import { createOwedStore } from './owed';
import { savePaper } from './save';
import { LibraryRows } from './rows';
import { tagCounts, type TagCount } from './tags';

export interface LibraryDeps {
  db: DbProvider;
  papers: PaperService;
  /** The arXiv lane: arxiv.org/bibtex shares the API's terms of use, so it shares its queue. */
  arxivQueue: PoliteQueue;
  clock: Clock;
  scheduleWake: (at: number | undefined) => unknown;
  broadcast: Broadcaster;
  log: (message: string) => void;
}

export interface ListRequest {
  offset?: number;
  limit?: number;
  query?: string;
  tag?: string;
  sort?: LibrarySort;
}

export interface LibraryService {
  save(id: string, fields: SaveInput): Promise<{ saved: SavedPaper }>;
  update(id: string, fields: UpdateInput): Promise<{ saved: SavedPaper }>;
  remove(ids: readonly string[]): Promise<{ removed: SavedPaper[] }>;
  restore(saved: readonly SavedPaper[]): Promise<Record<never, never>>;
  list(request: ListRequest): Promise<{ saved: SavedPaper[]; total: number }>;
  /** `library/tags`: every tag with its count. */
  tags(): Promise<{ tags: TagCount[] }>;
  export(request: ExportRequest): Promise<ExportFile>;
  import(text: string, format?: ExportRequest['format']): Promise<Omit<ImportResult, 'changed'>>;
  /** `data/clear`; rules go too (the rules service announces nothing of it, this does). */
  clear(): Promise<Record<never, never>>;
  /** Worker start and wake-up alarm: resume owed follow-ups. */
  resume(): Promise<void>;
}

export function createLibraryService(deps: LibraryDeps): LibraryService {
  const { db, clock, log, broadcast } = deps;
  const now = () => clock.now();
  const rows = new LibraryRows();
  // After every committed write: the in-memory rows learn of it first, then every open tab.
  const announce = (ids: readonly string[], saved: boolean) => {
    rows.changed(ids);
    void broadcast.libraryChanged(ids, saved);
  };
  const followUp = new FollowUp({
    db,
    owed: createOwedStore(db),
    papers: deps.papers,
    arxivQueue: deps.arxivQueue,
    clock,
    scheduleWake: deps.scheduleWake,
    onChanged: (ids) => announce(ids, true),
    log,
  });
  const kick = () => void followUp.kick();

  return {
    async save(id, fields) {
      const saved = await savePaper({ db, papers: deps.papers, now, log }, id, fields);
      announce([saved.id], true);
      kick();
      return { saved };
    },
    async update(id, fields) {
      const saved = await updateSaved({ db, now, log }, id, fields);
      announce([saved.id], true);
      return { saved };
    },
    async remove(ids) {
      const removed = await removeSaved({ db, now, log }, ids);
      announce(removed.map((s) => s.id), false);
      return { removed };
    },
    async restore(saved) {
      const ids = await restoreSaved({ db, now, log }, saved);
      announce(ids, true);
      kick();
      return {};
    },
    list: async (request) => listSaved(await db.get(), request, rows),
    tags: async () => ({ tags: tagCounts(await rows.all(await db.get())) }),
    export: async (request) => exportSaved(await db.get(), request, now()),
    async import(text, format) {
      const { changed, ...answer } = await importText({ db, papers: deps.papers, now, log }, text, format);
      announce(changed, true);
      if (answer.rulesAdded > 0) void broadcast.rulesChanged();
      kick();
      return answer;
    },
    async clear() {
      const { savedIds } = await clearAll(db, log);
      rows.reset();
      announce(savedIds, false);
      void broadcast.rulesChanged();
      return {};
    },
    resume: () => followUp.kick(),
  };
}
