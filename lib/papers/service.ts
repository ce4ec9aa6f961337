/**
 * Cache-first paper lookup (`papers/get`) and the hand-over of HF listing data (`papers/putEmbedded`).
 *
 * getPapers: ids in any form are normalised by the one id parser and deduplicated; what the cache
 * answers freshly comes back at once; stale entries come back at once and are refreshed behind;
 * missing ones are added to the persisted pending set, fetched in batches of 100 by the drainer, and
 * waited for (up to `maxWaitMs`, after which they are reported as `pending` and still fetched). Ids
 * arXiv did not know are not asked again for a day. Concurrent calls share the pending set, so
 * overlapping ids are fetched once.
 */
import { parseArxivRef } from '../arxiv/id';
import type { DbProvider } from '../db/connection';
import { type Clock, waitAtMost } from '../net/clock';
import type { PoliteQueue } from '../net/polite-queue';
import { ArxivDrainer } from './arxiv-drain';
import { isDescribed, sourceState } from './freshness';
import { HfExtras } from './hf-extras';
import { createPaperStore, type PaperStore } from './paper-store';
import { createPendingStore } from './pending-store';
import type { EmbeddedPaper, Paper } from './schema';

/** Long enough for a few batches; short of the browsers' limits on an unanswered message. */
export const DEFAULT_MAX_WAIT_MS = 25_000;
/** HF extras are per-paper requests: a hover needs one, a listing should not trigger hundreds. */
export const MAX_HF_PER_CALL = 10;

export interface GetPapersOptions {
  /** Also fetch Hugging Face extras (missing ones waited for, stale ones refreshed behind). */
  extras?: boolean;
  /**
   * Also require arXiv's own metadata (version, categories, DOI) for papers only Hugging Face has
   * described. Off by default: a listing's embedded data is enough to show and match a card, and
   * arXiv is asked only on hover, save or for `cat:` rules (DESIGN §2).
   */
  arxiv?: boolean;
  maxWaitMs?: number;
}

export interface GetPapersResult {
  /** Described papers, in the order of the (deduplicated) request. */
  papers: Paper[];
  /** Ids arXiv does not know, and inputs that are not arXiv ids at all (as given). */
  notFound: string[];
  /** Ids not answered yet (fetch failed or still running); they stay owed and are fetched later. */
  pending: string[];
}

export interface PaperService {
  getPapers(ids: readonly string[], options?: GetPapersOptions): Promise<GetPapersResult>;
  putEmbeddedPapers(items: readonly EmbeddedPaper[]): Promise<{ stored: number }>;
  /** Works off whatever a previous worker left pending (worker start, wake-up alarm). */
  resume(): Promise<void>;
}

export interface PaperServiceDeps {
  db: DbProvider;
  clock: Clock;
  arxivQueue: PoliteQueue;
  hfQueue: PoliteQueue;
  scheduleWake: (at: number | undefined) => unknown;
  /** Tests wrap the store to count writes. */
  wrapStore?: (store: PaperStore) => PaperStore;
  maxWaitMs?: number;
  log?: (message: string) => void;
}

export function normaliseIds(inputs: readonly string[]): { ids: string[]; invalid: string[] } {
  const ids = new Set<string>();
  const invalid = new Set<string>();
  for (const input of inputs) {
    const ref = parseArxivRef(input);
    if (ref) ids.add(ref.id);
    else invalid.add(input);
  }
  return { ids: [...ids], invalid: [...invalid] };
}

export function createPaperService(deps: PaperServiceDeps): PaperService {
  const { clock, log } = deps;
  const papers = (deps.wrapStore ?? ((s) => s))(createPaperStore(deps.db));
  const pending = createPendingStore(deps.db);
  const drainer = new ArxivDrainer({ queue: deps.arxivQueue, papers, pending, clock, scheduleWake: deps.scheduleWake, log });
  const hf = new HfExtras({ queue: deps.hfQueue, papers, clock, log });
  const arxivAnswered = (p: Paper | undefined) => {
    const state = sourceState(p, 'arxiv', clock.now());
    return state === 'fresh' || state === 'not-found';
  };

  async function getPapers(inputs: readonly string[], options: GetPapersOptions = {}): Promise<GetPapersResult> {
    const { ids, invalid } = normaliseIds(inputs);
    const maxWait = options.maxWaitMs ?? deps.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    const start = clock.now();
    let cached = await papers.getMany(ids);
    const arxiv = new Map(ids.map((id) => [id, sourceState(cached.get(id), 'arxiv', start)]));
    const waits: Promise<void>[] = [];

    const owed = ids.filter((id) => {
      const state = arxiv.get(id);
      if (state === 'stale') return true;
      return state === 'missing' && (options.arxiv === true || !isDescribed(cached.get(id)));
    });
    if (owed.length) {
      const due = await pending.ensure(owed, start, arxivAnswered);
      void drainer.kick();
      const missing = due.filter((id) => arxiv.get(id) === 'missing');
      const landed = async () => {
        const now = await papers.getMany(missing);
        return missing.every((id) => arxivAnswered(now.get(id)));
      };
      if (missing.length) waits.push(drainer.waitFor(missing, maxWait, landed));
    }
    if (options.extras) {
      const want = ids
        .map((id) => ({ id, state: sourceState(cached.get(id), 'hf', start) }))
        .filter(({ id, state }) => (state === 'missing' || state === 'stale') && arxiv.get(id) !== 'not-found')
        .slice(0, MAX_HF_PER_CALL);
      const work = hf.refresh(want.map((w) => w.id));
      if (want.some((w) => w.state === 'missing')) waits.push(waitAtMost(clock, maxWait, work));
    }
    // Read again after any lookup: besides what the waits brought, a batch that landed between the
    // first read and `ensure` (which then skipped those ids as answered) is in the store, not in `cached`.
    if (waits.length || owed.length) {
      await Promise.all(waits);
      cached = await papers.getMany(ids);
    }

    const result: GetPapersResult = { papers: [], notFound: [], pending: [] };
    const now = clock.now();
    for (const id of ids) {
      const p = cached.get(id);
      if (isDescribed(p)) result.papers.push(p);
      else if (sourceState(p, 'arxiv', now) === 'not-found') result.notFound.push(id);
      else result.pending.push(id);
    }
    result.notFound.push(...invalid);
    return result;
  }

  return {
    getPapers,
    async putEmbeddedPapers(items) {
      // Last item wins for a repeated id (a page listing one paper twice).
      const byId = new Map(items.map((item) => [item.id, item]));
      await papers.storeHf([...byId.values()], clock.now());
      return { stored: byId.size };
    },
    resume: () => drainer.kick(),
  };
}
