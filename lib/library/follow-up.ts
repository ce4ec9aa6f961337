/**
 * Works off the owed follow-ups (owed.ts), one saved paper at a time, oldest due first:
 * 1. a snapshot without arXiv's fields (saved while arXiv was unreachable) is completed from the paper
 *    cache, which fetches it through the arXiv lane (`getPapers` with `arxiv: true`);
 * 2. arXiv's own BibTeX entry is fetched through the same lane and stored verbatim;
 * and only then is the entry settled, in the transaction that stores the last result. A failure defers
 * the entry (1 min, doubling, at most 6 h; or when the lane reopens after throttling), so an offline
 * browser or a throttling arXiv costs a retry later, never the save.
 *
 * Nothing here needs to survive the worker: a stopped worker leaves its entry owed, and the next worker
 * (started by a message or the wake-up alarm) does it again. Each write re-reads the saved paper in its
 * transaction, so a paper removed meanwhile stays removed and a newer entry (from an import) is kept.
 */
import type { DbProvider } from '../db/connection';
import type { Clock } from '../net/clock';
import type { PoliteQueue } from '../net/polite-queue';
import { isDescribed, sourceState } from '../papers/freshness';
import type { PaperService } from '../papers/service';
import type { Paper, SavedPaper } from '../papers/schema';
import { fetchArxivBibtex } from './bibtex-fetch';
import { hasArxivSnapshot } from './merge';
import { type OwedStore, settleFollowUp } from './owed';
import { writeTx } from './tx';

/** Same backstop as the metadata drainer: the wake-up alarm fires this long after work starts. */
export const FOLLOW_UP_BACKSTOP_MS = 60_000;

export function followUpDelayMs(attempts: number): number {
  return Math.min(6 * 3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

export interface FollowUpDeps {
  db: DbProvider;
  owed: OwedStore;
  papers: PaperService;
  arxivQueue: PoliteQueue;
  clock: Clock;
  scheduleWake: (at: number | undefined) => unknown;
  /** A saved paper's record changed (snapshot completed, BibTeX arrived). */
  onChanged: (ids: string[]) => void;
  log: (message: string) => void;
}

type Outcome = { settled: true } | { settled: false; reason: string; retryAt?: number };
/** The new record for a saved paper, or undefined to leave it as it is. */
type Change = (current: SavedPaper) => SavedPaper | undefined;
const SETTLED: Outcome = { settled: true };

export class FollowUp {
  private running: Promise<void> | undefined;
  private dirty = false;

  constructor(private readonly deps: FollowUpDeps) {}

  /** Starts the loop if it is not running; a running loop looks again before it stops. */
  kick(): Promise<void> {
    this.dirty = true;
    this.running ??= this.loop()
      .catch((e) => this.deps.log(`library follow-up stopped: ${String(e)}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async loop(): Promise<void> {
    const { clock, owed } = this.deps;
    for (;;) {
      this.dirty = false;
      const [entry] = await owed.due(clock.now(), 1);
      if (!entry) {
        await this.deps.scheduleWake(await owed.earliest());
        if (this.dirty) continue;
        return;
      }
      await this.deps.scheduleWake(clock.now() + FOLLOW_UP_BACKSTOP_MS);
      // One paper's failure (a database error, say) defers that paper, not the ones behind it.
      const outcome = await this.work(entry.id).catch((e: unknown): Outcome => ({ settled: false, reason: String(e) }));
      if (!outcome.settled) {
        this.deps.log(`follow-up for saved paper ${entry.id} deferred: ${outcome.reason}`);
        const now = clock.now();
        await owed.defer(entry.id, (attempts) => Math.max(outcome.retryAt ?? 0, now + followUpDelayMs(attempts)));
      }
    }
  }

  private async work(id: string): Promise<Outcome> {
    const saved = await (await this.deps.db.get()).get('saved', id);
    if (!saved) return this.write(id, () => undefined, true);
    if (!hasArxivSnapshot(saved)) {
      const completed = await this.completeSnapshot(id);
      if (!completed.settled) return completed;
    }
    if (saved.bibtex === undefined) {
      const got = await fetchArxivBibtex(this.deps.arxivQueue, id);
      if (!got.ok) return { settled: false, reason: got.reason, retryAt: got.retryAt };
      return this.write(id, (current) => (current.bibtex === undefined ? { ...current, bibtex: got.bibtex } : undefined), true);
    }
    return this.write(id, () => undefined, true);
  }

  private async completeSnapshot(id: string): Promise<Outcome> {
    const { papers, clock } = this.deps;
    const answer = await papers.getPapers([id], { arxiv: true });
    const paper: Paper | undefined = answer.papers[0];
    if (paper && paper.fetchedAt.arxiv !== undefined && sourceState(paper, 'arxiv', clock.now()) !== 'not-found') {
      return this.write(id, (current) => ({ ...current, paper }), false);
    }
    // Something better than the bare id while arXiv is out of reach: Hugging Face's description.
    if (paper && isDescribed(paper)) await this.write(id, (current) => (isDescribed(current.paper) ? undefined : { ...current, paper }), false);
    const reason = answer.notFound.includes(id) ? 'arXiv does not know this id (yet)' : 'arXiv metadata not available now';
    return { settled: false, reason };
  }

  /**
   * Rewrites the saved paper as `change` says (if it is still saved) and, with `settle`, removes its
   * owed entry, in one transaction.
   */
  private async write(id: string, change: Change, settle: boolean): Promise<Outcome> {
    const changed = await writeTx(
      this.deps.db,
      ['saved', 'pending'],
      async (tx) => {
        const current = await tx.objectStore('saved').get(id);
        const next = current && change(current);
        if (next) await tx.objectStore('saved').put(next);
        if (settle) await settleFollowUp(tx.objectStore('pending'), id);
        return next !== undefined;
      },
      'a saved paper could not be completed',
      this.deps.log,
    );
    if (changed) this.deps.onChanged([id]);
    return SETTLED;
  }
}
