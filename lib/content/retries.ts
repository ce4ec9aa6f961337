/**
 * Asking again for papers the background still looks up (answered `known: false`): later and less
 * often each time, then no more. Papers due at the same delay go out together, in one request.
 */

/** Delays before asking again (arXiv answers 100 ids per 3 s). */
export const RETRY_MS = [3_000, 5_000, 10_000, 20_000, 40_000, 60_000, 120_000];

export interface Retries {
  /** Schedules another ask for each of `ids` that has tries left. */
  later(ids: readonly string[]): void;
  /** Everything is being asked for again anyway: every paper's tries start over. */
  reset(): void;
}

export function createRetries(ask: (ids: string[]) => void, setTimer: (run: () => void, ms: number) => unknown): Retries {
  const tries = new Map<string, number>();
  return {
    later(ids) {
      const byDelay = new Map<number, string[]>();
      for (const id of ids) {
        const n = tries.get(id) ?? 0;
        if (n >= RETRY_MS.length) continue;
        tries.set(id, n + 1);
        const ms = RETRY_MS[n]!;
        // Pushed, not spread: a first visit retries a thousand papers at once.
        const group = byDelay.get(ms);
        if (group) group.push(id);
        else byDelay.set(ms, [id]);
      }
      for (const [ms, group] of byDelay) setTimer(() => ask(group), ms);
    },
    reset() {
      tries.clear();
    },
  };
}
