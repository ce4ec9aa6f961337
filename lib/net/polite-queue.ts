/**
 * A polite request lane: one request in flight, a minimum gap between request starts, retries with
 * backoff on what a busy server answers, and the "next allowed start" persisted so that a restarted
 * service worker keeps the spacing its predecessor promised. arXiv's terms (one request per 3 s, one
 * connection) make this the only way the extension talks to arXiv; Hugging Face gets its own lane.
 *
 * Never throws: every outcome is a QueueResult, so callers holding ids can keep them for later.
 */
import { backoffDelay, type BackoffPolicy } from './backoff';
import type { Clock } from './clock';
import { type HeadersLike, rateLimit, serverDelayMs } from './retry-after';

export interface ResponseLike {
  status: number;
  headers: HeadersLike;
  text(): Promise<string>;
}
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers?: Record<string, string>; credentials: 'omit' },
) => Promise<ResponseLike>;

/** Where the lane keeps its "next start not before" time (IndexedDB in the product). */
export interface ClockStore {
  get(name: string): Promise<number | undefined>;
  set(name: string, at: number): Promise<void>;
}

export interface QueueOptions {
  /** Names the persisted clock: one per remote service. */
  name: string;
  minIntervalMs: number;
  timeoutMs: number;
  /** Attempts per request, the first included. */
  maxAttempts: number;
  backoff: BackoffPolicy;
  /**
   * A server-requested wait longer than this is not sat out in-process (the worker may be stopped
   * meanwhile): the request fails now, and the lane stays closed until then.
   */
  maxInlineWaitMs: number;
  /** A persisted wait further ahead than this is treated as a clock jump and ignored. */
  maxPersistedWaitMs: number;
  /**
   * Added to the persisted time while a request is out, for a successor started after a kill
   * mid-request: it cannot know when that request reached the server, which can be a connection
   * set-up after it left. Dropped again once the answer is in. Default 0.
   */
  inFlightMarginMs?: number;
  /** Bodies that mean "slow down" whatever the status (arXiv's plain-text `Rate exceeded.`). */
  isThrottleBody?: (status: number, body: string) => boolean;
}

export interface QueueDeps {
  fetch: FetchLike;
  clock: Clock;
  random: () => number;
  store: ClockStore;
  log?: (message: string) => void;
}

export interface QueueResponse {
  status: number;
  headers: HeadersLike;
  body: string;
}
export interface QueueFailure {
  kind: 'network' | 'timeout' | 'throttled' | 'server';
  message: string;
  attempts: number;
  status?: number;
  /** When the lane opens again. */
  retryAt: number;
}
export type QueueResult = { ok: true; response: QueueResponse; attempts: number } | { ok: false; failure: QueueFailure };

type Attempt = { kind: 'response'; response: QueueResponse } | { kind: 'network' | 'timeout'; message: string };

export class PoliteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  // Mirrors the persisted value so a failing store degrades to in-memory spacing, never to none.
  private memoryNext = 0;

  constructor(
    private readonly options: QueueOptions,
    private readonly deps: QueueDeps,
  ) {}

  /** Queue a GET; resolves when it (and every request queued before it) has run. */
  request(url: string, headers?: Record<string, string>): Promise<QueueResult> {
    const run = this.tail.then(() => this.runWithRetries(url, headers));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async runWithRetries(url: string, headers?: Record<string, string>): Promise<QueueResult> {
    const { clock } = this.deps;
    const { maxAttempts, maxInlineWaitMs, maxPersistedWaitMs, minIntervalMs, inFlightMarginMs = 0 } = this.options;
    for (let attempt = 1; ; attempt++) {
      await this.waitForTurn();
      // Persisted before the request leaves, so a worker killed mid-request still spaces the next one.
      const leaving = clock.now();
      await this.pushNext(leaving + minIntervalMs);
      if (inFlightMarginMs) await this.persist(leaving + minIntervalMs + inFlightMarginMs);
      const outcome = await this.attempt(url, headers);
      const now = clock.now();
      const verdict = this.classify(outcome);
      // Spacing counted from the answer too: request starts 3 s apart can still arrive closer together
      // (a new connection's handshake delays only the first), and arXiv's terms are about arrivals.
      // With the answer in, that is the bound: stored as it is, which drops the in-flight margin.
      this.memoryNext = Math.max(this.memoryNext, now + minIntervalMs);
      await this.persist(this.memoryNext);
      if (verdict === 'done' && outcome.kind === 'response') {
        // A server announcing an exhausted window (HF's RateLimit r=0) is obeyed before it says 429.
        const { remaining, resetMs } = rateLimit(outcome.response.headers);
        if (remaining === 0 && resetMs !== undefined) await this.pushNext(now + Math.min(resetMs, maxPersistedWaitMs));
        return { ok: true, response: outcome.response, attempts: attempt };
      }
      const status = outcome.kind === 'response' ? outcome.response.status : undefined;
      const server = outcome.kind === 'response' ? serverDelayMs(outcome.response.headers, now) : undefined;
      const delay = Math.max(server ?? 0, backoffDelay(attempt, this.options.backoff, this.deps.random));
      const retryAt = await this.pushNext(now + Math.min(delay, maxPersistedWaitMs));
      const kind = outcome.kind === 'response' ? (verdict === 'throttled' ? 'throttled' : 'server') : outcome.kind;
      const message =
        outcome.kind === 'response' ? `HTTP ${status}${verdict === 'throttled' ? ' (throttled)' : ''}` : outcome.message;
      this.deps.log?.(`${this.options.name}: attempt ${attempt} failed: ${message}; next start in ${retryAt - now} ms`);
      if (attempt >= maxAttempts || delay > maxInlineWaitMs) {
        return { ok: false, failure: { kind, message, attempts: attempt, status, retryAt } };
      }
    }
  }

  private classify(outcome: Attempt): 'done' | 'throttled' | 'retry' {
    if (outcome.kind !== 'response') return 'retry';
    const { status, body } = outcome.response;
    if (status === 429 || this.options.isThrottleBody?.(status, body)) return 'throttled';
    return status >= 500 ? 'retry' : 'done';
  }

  private async attempt(url: string, headers?: Record<string, string>): Promise<Attempt> {
    const controller = new AbortController();
    const stopTimer = new AbortController();
    const work = (async (): Promise<Attempt> => {
      // No cookies: only paper ids leave the machine, never anything that identifies the user.
      const res = await this.deps.fetch(url, { signal: controller.signal, headers, credentials: 'omit' });
      // The body read is inside the timeout too: a server can stall after the headers.
      return { kind: 'response', response: { status: res.status, headers: res.headers, body: await res.text() } };
    })().catch((e: unknown): Attempt => ({ kind: 'network', message: describe(e) }));
    const timeout = this.deps.clock
      .sleep(this.options.timeoutMs, stopTimer.signal)
      .then((): Attempt => ({ kind: 'timeout', message: `no answer within ${this.options.timeoutMs} ms` }));
    const first = await Promise.race([work, timeout]);
    stopTimer.abort();
    if (first.kind === 'timeout') controller.abort();
    return first;
  }

  private async waitForTurn(): Promise<void> {
    // Re-read after each sleep: a throttling answer elsewhere may have pushed the time further.
    for (;;) {
      const wait = (await this.next()) - this.deps.clock.now();
      if (wait <= 0) return;
      await this.deps.clock.sleep(wait);
    }
  }

  private async next(): Promise<number> {
    const now = this.deps.clock.now();
    let stored: number | undefined;
    try {
      stored = await this.deps.store.get(this.options.name);
    } catch (e) {
      this.deps.log?.(`${this.options.name}: clock store unreadable: ${describe(e)}`);
    }
    const next = Math.max(this.memoryNext, stored ?? 0);
    // Further ahead than any wait we ever set: the system clock went backwards. Do not stall on it.
    return next - now > this.options.maxPersistedWaitMs + this.options.minIntervalMs ? now : next;
  }

  /** Moves the next allowed start to `at` unless it is already later; returns the effective time. */
  private async pushNext(at: number): Promise<number> {
    const current = await this.next();
    if (at <= current) return current;
    this.memoryNext = at;
    await this.persist(at);
    return at;
  }

  /** Stores `at` as the next allowed start, as it is (memory keeps its own). */
  private async persist(at: number): Promise<void> {
    try {
      await this.deps.store.set(this.options.name, at);
    } catch (e) {
      this.deps.log?.(`${this.options.name}: clock store unwritable: ${describe(e)}`);
    }
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
