import { beforeEach, describe, expect, it } from 'vitest';
import { ArxivMock } from '../../tests/support/arxiv-mock';
import { startWorker, syntheticIds } from '../../tests/support/paper-service';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { ARXIV_LANE } from '../net/limits';
import { ARXIV_TTL_MS, HF_TTL_MS, NOT_FOUND_TTL_MS } from './freshness';

const HOUR = 3600_000;
let clock: VirtualClock;
let name: string;
let n = 0;

beforeEach(() => {
  clock = new VirtualClock();
  name = `papers-${++n}`;
});

describe('getPapers', () => {
  it('answers a paper whose batch landed between its first cache read and its pending check', async () => {
    let gate: Promise<unknown> | undefined;
    const w = startWorker({
      name,
      clock,
      // The second caller's first read is held until the first caller is answered, then returns the
      // cache as it was before: the race a busy worker runs into.
      wrapStore: (store) => ({
        ...store,
        getMany: async (ids) => {
          const held = gate;
          gate = undefined;
          if (!held) return store.getMany(ids);
          await held;
          return new Map();
        },
      }),
    });
    const first = w.service.getPapers(['2201.13452']);
    gate = first;
    const second = w.service.getPapers(['2201.13452']);
    const [, r] = await clock.run(Promise.all([first, second]));
    expect(r.papers.map((p) => p.id)).toEqual(['2201.13452']);
    expect(r.pending).toEqual([]);
    expect(w.arxiv.requests).toHaveLength(1);
  });

  it('normalises any id form, deduplicates, asks once, sorts found / unknown / not an id', async () => {
    const w = startWorker({ name, clock, unknown: ['2201.13453', '2201.13454', '2201.13455'] });
    const t0 = clock.now();
    const r = await clock.run(
      w.service.getPapers([
        'arXiv:2201.13452',
        'https://arxiv.org/abs/2201.13452v1',
        'https://arxiv.org/abs/2201.13455',
        'hf.co/papers/2201.13453',
        '2201.13454',
        'not an id',
      ]),
    );
    expect(w.arxiv.requests.map((q) => q.ids)).toEqual([['2201.13452', '2201.13453', '2201.13454', '2201.13455']]);
    expect(r.papers).toHaveLength(1);
    expect(r.papers[0]).toMatchObject({
      id: '2201.13452',
      version: 1,
      title: 'Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease',
      authors: ['Hong-Ming Yin', 'Jun Zou'],
      categories: ['math.AP'],
      primaryCategory: 'math.AP',
      published: '2022-01-31T18:59:34Z',
      updated: '2022-02-01T04:27:03Z',
      comment: '34 pages',
      fetchedAt: { arxiv: t0 },
    });
    expect(r.papers[0]).not.toHaveProperty('cachedAt');
    expect(r.notFound).toEqual(['2201.13455', '2201.13453', '2201.13454', 'not an id']);
    expect(r.pending).toEqual([]);
  });

  it('150 uncached ids: exactly 2 requests (100 + 50) at least 3 s apart; asked again: 0 requests', async () => {
    const w = startWorker({ name, clock, format: 'old' });
    const ids = syntheticIds(150);
    const first = await clock.run(w.service.getPapers(ids));
    expect(w.arxiv.requests.map((q) => q.ids.length)).toEqual([100, 50]);
    expect(w.arxiv.gaps[0]).toBeGreaterThanOrEqual(3_000);
    expect(first.papers.map((p) => p.id)).toEqual(ids);
    const t = clock.now();
    const second = await clock.run(w.service.getPapers(ids.map((id) => `arXiv:${id}`)));
    expect(second.papers).toHaveLength(150);
    expect(w.arxiv.requests).toHaveLength(2);
    expect(clock.now()).toBe(t); // answered from the cache, no waiting
  });

  it('reads old-scheme ids in any form and stores them canonically', async () => {
    const w = startWorker({ name, clock });
    const r = await clock.run(w.service.getPapers(['math.GT/0309136v2', 'https://arxiv.org/abs/nucl-th/9910021']));
    expect(w.arxiv.requests[0]!.ids).toEqual(['math/0309136', 'nucl-th/9910021']);
    expect(r.papers.map((p) => [p.id, p.version])).toEqual([['math/0309136', 1], ['nucl-th/9910021', 3]]);
  });

  it('caches unknown ids: not asked again for a day, then asked again (alone)', async () => {
    const w = startWorker({ name, clock, unknown: ['2201.13455'] });
    await clock.run(w.service.getPapers(['2201.13452', '2201.13455']));
    const again = await clock.run(w.service.getPapers(['2201.13455', '2201.13452']));
    expect(again.notFound).toEqual(['2201.13455']);
    expect(w.arxiv.requests).toHaveLength(1);
    await clock.advance(NOT_FOUND_TTL_MS + HOUR);
    await clock.run(w.service.getPapers(['2201.13452', '2201.13455']));
    expect(w.arxiv.requests.map((q) => q.ids)).toEqual([['2201.13452', '2201.13455'], ['2201.13455']]);
  });

  it('serves stale metadata at once and refreshes it behind', async () => {
    const w = startWorker({ name, clock });
    await clock.run(w.service.getPapers(['2201.13452']));
    await clock.advance(ARXIV_TTL_MS + HOUR);
    w.arxiv.queue({ latencyMs: 5_000 });
    const t = clock.now();
    const r = await clock.run(w.service.getPapers(['2201.13452']));
    expect(clock.now()).toBe(t); // not waiting for the 5 s refresh
    expect(r.papers[0]!.fetchedAt.arxiv).toBeLessThan(t);
    await clock.run(w.service.resume());
    expect(w.arxiv.requests).toHaveLength(2);
    const fresh = await clock.run(w.service.getPapers(['2201.13452']));
    expect(fresh.papers[0]!.fetchedAt.arxiv).toBe(t + 5_000);
    expect(w.arxiv.requests).toHaveLength(2);
  });

  it('concurrent calls for overlapping ids share the fetch: each id asked once', async () => {
    const stores = new Map<string, number>();
    const w = startWorker({ name, clock, stores });
    const [a, b, c] = await clock.run(
      Promise.all([
        w.service.getPapers(syntheticIds(10)),
        w.service.getPapers(syntheticIds(6, 5)),
        w.service.getPapers(syntheticIds(8, 8)),
      ]),
    );
    expect(a.papers).toHaveLength(10);
    expect(b.papers).toHaveLength(6);
    expect(c.papers).toHaveLength(8);
    expect([...w.arxiv.served.values()].every((count) => count === 1)).toBe(true);
    expect(w.arxiv.served.size).toBe(15);
    expect([...stores.values()].every((count) => count === 1)).toBe(true);
    expect(w.arxiv.requests.length).toBeLessThanOrEqual(2);
  });

  it('answers `pending` after the wait limit, keeps the ids, and fetches them when the alarm wakes it', async () => {
    const w = startWorker({ name, clock });
    w.arxiv.queue({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const t0 = clock.now();
    const r = await clock.run(w.service.getPapers(['2201.13452']));
    expect(r).toEqual({ papers: [], notFound: [], pending: ['2201.13452'] });
    expect(clock.now() - t0).toBe(25_000);
    await clock.run(w.service.resume()); // the round ends after the 4th attempt
    expect(w.arxiv.requests).toHaveLength(4);
    const wake = w.wakes.at(-1)!;
    expect(wake).toBeGreaterThanOrEqual(clock.now() + 30_000);
    // Asked again during the backoff: answered at once, arXiv left alone.
    const during = await clock.run(w.service.getPapers(['2201.13452']));
    expect(during.pending).toEqual(['2201.13452']);
    expect(w.arxiv.requests).toHaveLength(4);
    // The alarm fires.
    await clock.advance(wake - clock.now());
    await clock.run(w.service.resume());
    expect(w.arxiv.requests).toHaveLength(5);
    expect(w.wakes.at(-1)).toBeUndefined(); // nothing owed: alarm cleared
    expect((await clock.run(w.service.getPapers(['2201.13452']))).papers).toHaveLength(1);
  });
});

describe('a worker stopped mid-queue', () => {
  it('leaves its ids pending; the next worker fetches the rest and stores each paper exactly once', async () => {
    const stores = new Map<string, number>();
    const ids = syntheticIds(150);
    const dying = startWorker({ name, clock, stores });
    dying.arxiv.queue({}, 'hang'); // the second request is in flight when the worker is stopped
    void dying.service.getPapers(ids);
    await clock.advance(3_600); // the second request left at +3.1 s
    expect(dying.arxiv.requests.map((q) => q.ids.length)).toEqual([100, 50]);
    expect(stores.size).toBe(100);
    const diedAt = clock.now();

    // Chrome stops the worker: its timers never fire again. A new worker starts 1 s later.
    const next = new VirtualClock(diedAt + 1_000);
    const successor = startWorker({ name, clock: next, stores, arxiv: new ArxivMock(next) });
    await next.run(successor.service.resume());
    expect(successor.arxiv.requests.map((q) => q.ids)).toEqual([ids.slice(100)]);
    // The persisted clock: 3.1 s after the dead worker's last start, not 3.1 s after the restart, and
    // the in-flight margin on top, since that request had no answer (when it reached arXiv is unknown).
    expect(successor.arxiv.starts[0]! - dying.arxiv.starts[1]!).toBe(3_100 + ARXIV_LANE.inFlightMarginMs!);
    expect(stores.size).toBe(150);
    expect([...stores.values()].every((count) => count === 1)).toBe(true);
    const all = await next.run(successor.service.getPapers(ids));
    expect(all.papers).toHaveLength(150);
    expect(successor.arxiv.requests).toHaveLength(1);
    expect(successor.wakes.at(-1)).toBeUndefined();
  });

  it('a batch whose result never reached the database is fetched again and stored once', async () => {
    const stores = new Map<string, number>();
    const dying = startWorker({
      name,
      clock,
      stores,
      // The worker dies between the answer and the commit.
      wrapStore: (s) => ({ ...s, storeArxiv: () => Promise.reject(new Error('worker stopped')) }),
    });
    const r = await clock.run(dying.service.getPapers(syntheticIds(3), { maxWaitMs: 5_000 }));
    expect(r.pending).toEqual(syntheticIds(3));
    expect(dying.wakes[0]).toBe(clock.now() - 5_000 + 60_000); // the backstop alarm was set

    const successor = startWorker({ name, clock, stores, arxiv: new ArxivMock(clock) });
    await clock.run(successor.service.resume());
    expect(successor.arxiv.requests).toHaveLength(1);
    expect([...stores.entries()]).toEqual(syntheticIds(3).map((id) => [id, 1]));
  });
});

describe('Hugging Face data', () => {
  const EMBEDDED = {
    id: '2602.23229',
    title: 'Large Multimodal Models as General In-Context Classifiers',
    summary: 'Which multimodal model should we use for classification?',
    authors: ['Marco Garosi', 'Matteo Farina'],
    aiSummary: 'LMMs classify in context.',
    aiKeywords: ['in-context learning'],
    upvotes: 10,
  };

  it('putEmbeddedPapers stores listing data that arXiv later completes without clobbering', async () => {
    const w = startWorker({ name, clock });
    const t0 = clock.now();
    expect(await clock.run(w.service.putEmbeddedPapers([EMBEDDED, { ...EMBEDDED, upvotes: 11 }]))).toEqual({ stored: 1 });
    // The listing's data is enough to show and match the card: no arXiv request by default.
    const shown = await clock.run(w.service.getPapers(['2602.23229']));
    expect(shown.papers[0]).toMatchObject({ id: '2602.23229', upvotes: 11, fetchedAt: { hf: t0 } });
    expect(shown.papers[0]!.fetchedAt.arxiv).toBeUndefined();
    expect(w.arxiv.requests).toHaveLength(0);
    const r = await clock.run(w.service.getPapers(['2602.23229'], { arxiv: true }));
    // arXiv's fields replace HF's copies; HF's extras stay.
    expect(r.papers[0]).toMatchObject({
      id: '2602.23229',
      title: 'Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease',
      categories: ['math.AP'],
      aiSummary: 'LMMs classify in context.',
      upvotes: 11,
      fetchedAt: { arxiv: t0, hf: t0 },
    });
    await clock.run(w.service.putEmbeddedPapers([{ ...EMBEDDED, title: 'Edited on HF', upvotes: 42 }]));
    const after = await clock.run(w.service.getPapers(['2602.23229']));
    expect(after.papers[0]).toMatchObject({ title: 'Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease', upvotes: 42 });
    expect(w.arxiv.requests).toHaveLength(1);
  });

  it('extras: fetched when missing, cached 6 hours, refreshed behind when stale; 404 cached', async () => {
    const w = startWorker({ name, clock });
    const r = await clock.run(w.service.getPapers(['2602.23229', '2501.00001'], { extras: true }));
    expect(r.papers[0]).toMatchObject({ aiKeywords: expect.arrayContaining(['CIRCLE']), githubStars: 9, numComments: 1 });
    expect(r.papers[1]!.notFound).toEqual({ hf: clock.now() });
    expect(w.hf.calls.map((c) => c.url)).toEqual([
      'https://huggingface.co/api/papers/2602.23229',
      'https://huggingface.co/api/papers/2501.00001',
    ]);
    await clock.run(w.service.getPapers(['2602.23229', '2501.00001'], { extras: true }));
    expect(w.hf.calls).toHaveLength(2);
    await clock.advance(HF_TTL_MS + HOUR);
    const t = clock.now();
    await clock.run(w.service.getPapers(['2602.23229', '2501.00001'], { extras: true }));
    expect(clock.now()).toBe(t); // stale extras served at once
    await clock.advance(1_000);
    expect(w.hf.calls).toHaveLength(3); // only the stale one, not the cached 404
  });
});
