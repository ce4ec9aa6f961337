/**
 * Works off the pending set: batches of up to 100 due ids, one request each through the arXiv lane,
 * results stored together with the removal of their pending entries. One loop per worker; callers
 * waiting for particular ids are told when the batch holding them has settled (answered or deferred).
 *
 * Nothing here needs to survive the worker: the pending set is the state. A batch in flight when the
 * worker dies is simply still pending, and the next worker fetches it again.
 */
import { fetchArxivBatch, MAX_IDS_PER_REQUEST } from '../arxiv/client';
import type { Clock } from '../net/clock';
import type { PoliteQueue } from '../net/polite-queue';
import type { PaperStore } from './paper-store';
import type { PendingStore } from './pending-store';

/** A failed round waits 1 min, then 2, 4 … up to an hour: arXiv outages are usually short. */
export function roundDelayMs(attempts: number): number {
  return Math.min(3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

/** How long after work starts the wake-up alarm fires if the worker died before finishing. */
export const BACKSTOP_MS = 60_000;

export interface DrainDeps {
  queue: PoliteQueue;
  papers: PaperStore;
  pending: PendingStore;
  clock: Clock;
  /** Sets (or with undefined, clears) the one-shot wake-up alarm. */
  scheduleWake: (at: number | undefined) => unknown;
  log?: (message: string) => void;
}

export class ArxivDrainer {
  private running: Promise<void> | undefined;
  private dirty = false;
  private readonly inFlight = new Set<string>();
  private readonly waiters = new Map<string, (() => void)[]>();

  constructor(private readonly deps: DrainDeps) {}

  /** Starts the loop if it is not running; a running loop looks again before it stops. */
  kick(): Promise<void> {
    this.dirty = true;
    this.running ??= this.loop()
      .catch((e) => this.deps.log?.(`arXiv drain stopped: ${String(e)}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /**
   * Resolves when every id's batch has settled, or after `maxWaitMs`, whichever comes first. A batch
   * that settled just before the caller registered would never tell it: `landed` (asked once the
   * waiters are in place) lets the caller look in the store and stop waiting at once.
   */
  async waitFor(ids: readonly string[], maxWaitMs: number, landed?: () => Promise<boolean>): Promise<void> {
    const stop = new AbortController();
    const registered: (() => void)[] = [];
    const settled = Promise.all(
      ids.map(
        (id) =>
          new Promise<void>((resolve) => {
            registered.push(resolve);
            this.waiters.set(id, [...(this.waiters.get(id) ?? []), resolve]);
          }),
      ),
    );
    const alreadyThere = landed ? landed().then((yes) => (yes ? undefined : new Promise<void>(() => {}))) : new Promise<void>(() => {});
    await Promise.race([settled, this.deps.clock.sleep(maxWaitMs, stop.signal), alreadyThere]);
    stop.abort();
    for (const id of ids) {
      const rest = (this.waiters.get(id) ?? []).filter((w) => !registered.includes(w));
      if (rest.length) this.waiters.set(id, rest);
      else this.waiters.delete(id);
    }
  }

  private settle(ids: readonly string[]): void {
    for (const id of ids) {
      for (const resolve of this.waiters.get(id) ?? []) resolve();
      this.waiters.delete(id);
    }
  }

  private async loop(): Promise<void> {
    const { clock, pending, papers, queue } = this.deps;
    for (;;) {
      this.dirty = false;
      const due = (await pending.due(clock.now(), MAX_IDS_PER_REQUEST + this.inFlight.size))
        .map((e) => e.id)
        .filter((id) => !this.inFlight.has(id))
        .slice(0, MAX_IDS_PER_REQUEST);
      if (due.length === 0) {
        // Nothing due: the alarm goes to the next deferred entry (or is cleared). Ids added while we
        // looked set `dirty`, and are picked up rather than left to the alarm.
        await this.deps.scheduleWake(await pending.earliest());
        if (this.dirty) continue;
        return;
      }
      for (const id of due) this.inFlight.add(id);
      // Backstop, renewed per batch (the alarm is one-shot): if this worker is stopped mid-drain,
      // the alarm starts the next one, which finds the same entries still pending.
      await this.deps.scheduleWake(clock.now() + BACKSTOP_MS);
      try {
        const batch = await fetchArxivBatch(queue, due);
        const now = clock.now();
        if (batch.ok) {
          const retry = new Set(batch.retry);
          await papers.storeArxiv(
            {
              entries: batch.entries,
              notFound: [...batch.notFound, ...batch.rejected.map((r) => r.id)],
              settled: due.filter((id) => !retry.has(id)),
            },
            now,
          );
          for (const r of batch.rejected) this.deps.log?.(`arXiv refused ${r.id}: ${r.reason}`);
          // Ids held back by a refused neighbour stay due and go out in the next batch.
          this.settle(due.filter((id) => !retry.has(id)));
        } else {
          this.deps.log?.(`arXiv batch of ${due.length} failed: ${batch.error}`);
          await pending.defer(due, (attempts) => Math.max(batch.retryAt ?? 0, now + roundDelayMs(attempts)));
          this.settle(due);
        }
      } finally {
        for (const id of due) this.inFlight.delete(id);
      }
    }
  }
}
