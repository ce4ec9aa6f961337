// Virtual time for tests: `sleep` registers a timer; `run` jumps to the next timer whenever only
// timers are left, so minutes of backoff take milliseconds and every gap is measured exactly.
import type { Clock } from '../../lib/net/clock';

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

// fake-indexeddb runs each step of a transaction as a setImmediate task, looked up on globalThis at
// call time. Counting those tasks tells us when the database work has really finished, so virtual
// time only jumps when the program is idle (a 150-id transaction takes hundreds of steps).
const realSetImmediate = globalThis.setImmediate;
const realClearImmediate = globalThis.clearImmediate;
const outstanding = new Set<NodeJS.Immediate>();
if (!(globalThis.setImmediate as { counted?: boolean }).counted) {
  const counted = ((fn: (...args: unknown[]) => void, ...args: unknown[]) => {
    const handle: NodeJS.Immediate = realSetImmediate(() => {
      outstanding.delete(handle);
      fn(...args);
    });
    outstanding.add(handle);
    return handle;
  }) as unknown as typeof setImmediate;
  Object.assign(counted, { counted: true });
  globalThis.setImmediate = counted;
  globalThis.clearImmediate = ((handle: NodeJS.Immediate) => {
    outstanding.delete(handle);
    realClearImmediate(handle);
  }) as typeof clearImmediate;
}

/** Lets real asynchronous work run until no scheduled database step is left (a few quiet rounds). */
export async function settle(): Promise<void> {
  for (let quiet = 0, rounds = 0; quiet < 3 && rounds < 100_000; rounds++) {
    await new Promise<void>((r) => realSetImmediate(r));
    quiet = outstanding.size === 0 ? quiet + 1 : 0;
  }
}

export class VirtualClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: Timer[] = [];

  constructor(start = Date.UTC(2025, 10, 11, 12, 0, 0)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer: Timer = { at: this.t + Math.max(0, ms), seq: this.seq++, resolve };
      this.timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.timers = this.timers.filter((x) => x !== timer);
          resolve();
        },
        { once: true },
      );
    });
  }

  get timerCount(): number {
    return this.timers.length;
  }

  private fireNext(limit: number): boolean {
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.timers[0];
    if (!next || next.at > limit) return false;
    this.timers.shift();
    this.t = Math.max(this.t, next.at);
    next.resolve();
    return true;
  }

  /** Moves time forward by `ms`, firing due timers in order with real async work settled between. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    await settle();
    while (this.fireNext(end)) await settle();
    this.t = end;
    await settle();
  }

  /** Runs until `p` settles, jumping to the next timer whenever the program is otherwise idle. */
  async run<T>(p: Promise<T>, limitMs = 24 * 3600_000): Promise<T> {
    let done = false;
    p.then(
      () => (done = true),
      () => (done = true),
    );
    const deadline = this.t + limitMs;
    for (;;) {
      await settle();
      if (done) return p;
      if (!this.fireNext(deadline)) {
        throw new Error(`stuck at +${this.t} ms: the promise has not settled and no timer is due before the limit`);
      }
    }
  }
}
