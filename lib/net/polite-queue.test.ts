import { beforeEach, describe, expect, it } from 'vitest';
import { ArxivMock } from '../../tests/support/arxiv-mock';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { createDbProvider } from '../db/connection';
import { idbClockStore, memoryClockStore } from './clock-store';
import { ARXIV_LANE, HF_LANE } from './limits';
import { type ClockStore, PoliteQueue } from './polite-queue';

const URL = 'https://export.arxiv.org/api/query?id_list=2201.13452&max_results=1';
let clock: VirtualClock;
let mock: ArxivMock;
let store: ClockStore;

function lane(overrides: Partial<typeof ARXIV_LANE> = {}, random = () => 0.5, s = store) {
  return new PoliteQueue({ ...ARXIV_LANE, ...overrides }, { fetch: mock.fetch, clock, random, store: s });
}

beforeEach(() => {
  clock = new VirtualClock();
  mock = new ArxivMock(clock);
  store = memoryClockStore();
});

describe('spacing', () => {
  it('starts each request at least 3 s after the previous answer, one in flight, in order', async () => {
    const q = lane();
    mock.queue(...Array.from({ length: 5 }, () => ({ latencyMs: 1_000 })));
    const results = await clock.run(Promise.all(Array.from({ length: 5 }, () => q.request(URL))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(mock.requests).toHaveLength(5);
    expect(mock.gaps).toEqual([4_100, 4_100, 4_100, 4_100]);
    expect(mock.maxInFlight).toBe(1);
  });

  it('a slow answer delays the next start: never two connections', async () => {
    const q = lane();
    mock.queue({ latencyMs: 10_000 }, {});
    await clock.run(Promise.all([q.request(URL), q.request(URL)]));
    expect(mock.gaps).toEqual([13_100]);
    expect(mock.maxInFlight).toBe(1);
  });

  it('honours the persisted clock after a restart (new instance, same database)', async () => {
    const db = createDbProvider({ name: 'queue-restart' });
    const persisted = idbClockStore(db);
    await clock.run(lane({}, () => 0.5, persisted).request(URL));
    db.close(); // the worker is stopped...
    await clock.advance(1_000);
    const fresh = lane({}, () => 0.5, idbClockStore(createDbProvider({ name: 'queue-restart' })));
    await clock.run(fresh.request(URL)); // ...and a new one starts 1 s later
    expect(mock.gaps).toEqual([3_100]);
  });

  it('a successor started while a request is out waits the in-flight margin too (arrival unknown)', async () => {
    const name = 'queue-killed-mid-request';
    mock.queue({ latencyMs: 10_000 }, {});
    const t0 = clock.now();
    void lane({}, () => 0.5, idbClockStore(createDbProvider({ name }))).request(URL); // its worker is stopped before the answer
    await clock.advance(1_000);
    const fresh = lane({}, () => 0.5, idbClockStore(createDbProvider({ name })));
    await clock.run(fresh.request(URL));
    expect(mock.starts[1]! - t0).toBe(ARXIV_LANE.minIntervalMs + ARXIV_LANE.inFlightMarginMs!);
  });

  it('ignores a persisted time absurdly far ahead (the system clock went backwards)', async () => {
    await store.set('arxiv', clock.now() + 10 * 3600_000);
    const t0 = clock.now();
    await clock.run(lane().request(URL));
    expect(mock.starts).toEqual([t0]);
  });
});

describe('retries', () => {
  const retried = async (first: Parameters<ArxivMock['queue']>[0], random = () => 0.5) => {
    mock.queue(first);
    const r = await clock.run(lane({}, random).request(URL));
    return { r, gap: mock.gaps[0] };
  };

  it.each([
    { name: '429', first: { status: 429, body: 'Too Many Requests' }, kind: 'throttled', gap: 3_750 },
    { name: '503', first: { status: 503, body: '' }, kind: 'server', gap: 3_750 },
    { name: '"Rate exceeded." with 200', first: { status: 200, body: 'Rate exceeded.' }, kind: 'throttled', gap: 3_750 },
    { name: '"Rate exceeded." with 503', first: { status: 503, body: 'Rate exceeded.\n' }, kind: 'throttled', gap: 3_750 },
    { name: 'a network error', first: 'network-error' as const, kind: 'network', gap: 3_750 },
    // The 20 s timeout, then the backoff.
    { name: 'a hang', first: 'hang' as const, kind: 'timeout', gap: 20_000 + 3_750 },
  ])('retries after $name with jittered backoff; reports $kind when it persists', async ({ first, kind, gap }) => {
    // First retry step 5 s; equal jitter with random 0.5 → 3.75 s (more than the 3.1 s spacing).
    const once = await retried(first);
    expect(once.r).toMatchObject({ ok: true, attempts: 2 });
    expect(once.gap).toBe(gap);
    mock.queue(first, first, first, first);
    const failed = await clock.run(lane().request(URL));
    expect(failed).toMatchObject({ ok: false, failure: { kind, attempts: 4 } });
  });

  it('times out a hanging request after 20 s, aborts it and retries', async () => {
    mock.queue('hang');
    const r = await clock.run(lane().request(URL));
    expect(r).toMatchObject({ ok: true, attempts: 2 });
    expect(mock.gaps).toEqual([20_000 + 3_750]);
    expect(mock.inFlight).toBe(0); // the hung fetch saw the abort
  });

  it('jitter comes from the injected random source', async () => {
    expect((await retried({ status: 503 }, () => 0)).gap).toBe(3_100); // 2.5 s < spacing
    mock = new ArxivMock(clock);
    expect((await retried({ status: 503 }, () => 0.999)).gap).toBe(4_998);
  });

  it('honours Retry-After in seconds', async () => {
    const { r, gap } = await retried({ status: 429, headers: { 'Retry-After': '30' } });
    expect(r.ok).toBe(true);
    expect(gap).toBe(30_000);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(clock.now() + 45_000).toUTCString();
    const { gap } = await retried({ status: 503, headers: { 'Retry-After': at } });
    expect(gap).toBe(45_000);
  });

  it('grows the backoff exponentially and gives up after 4 attempts, keeping the lane closed', async () => {
    mock.queue({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const r = await clock.run(lane().request(URL));
    expect(r).toMatchObject({ ok: false, failure: { kind: 'server', attempts: 4, status: 503 } });
    expect(mock.gaps).toEqual([3_750, 7_500, 15_000]);
    // The fourth failure's backoff (30 s at 0.5 jitter) still applies to whoever asks next.
    const last = mock.starts[3]!;
    expect(!r.ok && r.failure.retryAt).toBe(last + 30_000);
    await clock.run(lane().request(URL));
    expect(mock.starts[4]).toBe(last + 30_000);
  });

  it('does not sit out a Retry-After longer than a minute: fails now, lane closed until then', async () => {
    mock.queue({ status: 429, body: 'Rate exceeded.', headers: { 'Retry-After': '600' } });
    const t0 = clock.now();
    const r = await clock.run(lane().request(URL));
    expect(r).toMatchObject({ ok: false, failure: { kind: 'throttled', attempts: 1, retryAt: t0 + 600_000 } });
    expect(clock.now()).toBe(t0);
    await clock.run(lane().request(URL)); // a new instance (restart) still waits
    expect(mock.starts[1]).toBe(t0 + 600_000);
  });

  it('returns other statuses at once, without retrying', async () => {
    mock.queue({ status: 400, body: 'bad' });
    const r = await clock.run(lane().request(URL));
    expect(r).toMatchObject({ ok: true, attempts: 1, response: { status: 400, body: 'bad' } });
    expect(mock.requests).toHaveLength(1);
  });

  it('keeps spacing in memory when the clock store fails', async () => {
    const broken: ClockStore = {
      get: () => Promise.reject(new Error('db gone')),
      set: () => Promise.reject(new Error('db gone')),
    };
    const q = lane({}, () => 0.5, broken);
    await clock.run(Promise.all([q.request(URL), q.request(URL)]));
    expect(mock.gaps).toEqual([3_100]);
  });
});

describe('Hugging Face lane', () => {
  it('waits for an exhausted RateLimit window before the next call', async () => {
    const q = new PoliteQueue(HF_LANE, { fetch: mock.fetch, clock, random: () => 0.5, store });
    mock.queue({ status: 200, body: '{}', headers: { RateLimit: '"api";r=0;t=120' } });
    await clock.run(Promise.all([q.request('https://huggingface.co/api/papers/1'), q.request('https://huggingface.co/api/papers/2')]));
    expect(mock.gaps).toEqual([120_000]);
  });

  it('retries a 429 after its RateLimit reset when Retry-After is absent', async () => {
    const q = new PoliteQueue(HF_LANE, { fetch: mock.fetch, clock, random: () => 0.5, store });
    mock.queue({ status: 429, headers: { RateLimit: '"api";r=0;t=20' } });
    const r = await clock.run(q.request('https://huggingface.co/api/papers/1'));
    expect(r).toMatchObject({ ok: true, attempts: 2 });
    expect(mock.gaps).toEqual([20_000]);
  });
});
