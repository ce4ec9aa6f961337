/**
 * Time as a dependency. Everything that waits (request spacing, backoff, timeouts, freshness) asks a
 * Clock, so tests run on virtual time instead of sleeping for real.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts (never rejects: callers check what they need). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    });
  },
};

/** Waits for `work`, but no longer than `ms`; `work` carries on either way. */
export async function waitAtMost(clock: Clock, ms: number, work: Promise<unknown>): Promise<void> {
  const stop = new AbortController();
  await Promise.race([work.then(() => undefined, () => undefined), clock.sleep(ms, stop.signal)]);
  stop.abort();
}
