// Builds the background's paper service the way the worker does, on virtual time, a fixture-backed
// arXiv mock and a scripted Hugging Face, with every arXiv write counted.
import { createDbProvider, type DbProvider } from '../../lib/db/connection';
import type { Clock } from '../../lib/net/clock';
import { idbClockStore } from '../../lib/net/clock-store';
import { ARXIV_LANE, HF_LANE } from '../../lib/net/limits';
import { type FetchLike, PoliteQueue } from '../../lib/net/polite-queue';
import type { PaperStore } from '../../lib/papers/paper-store';
import { createPaperService, type PaperService } from '../../lib/papers/service';
import { ArxivMock, type Format } from './arxiv-mock';
import { readFixture } from './fixtures';

const HF_ITEM = JSON.parse(readFixture('hf/daily_papers_item_2602.23229.json'));

/** Answers `/api/papers/<id>` with the real item for 2602.23229 (and `extra` ones), 404 otherwise. */
export function hfMock(clock: Clock, extra: Record<string, object> = {}) {
  const calls: { url: string; at: number }[] = [];
  const papers: Record<string, object> = { '2602.23229': { ...HF_ITEM.paper, numComments: HF_ITEM.numComments }, ...extra };
  const fetch: FetchLike = async (url) => {
    calls.push({ url, at: clock.now() });
    const paper = papers[decodeURIComponent(url.split('/api/papers/')[1] ?? '')];
    return paper
      ? new Response(JSON.stringify(paper), { status: 200 })
      : new Response('{"error":"Not Found"}', { status: 404 });
  };
  return { fetch, calls };
}

export interface Worker {
  db: DbProvider;
  service: PaperService;
  arxiv: ArxivMock;
  hf: ReturnType<typeof hfMock>;
  wakes: (number | undefined)[];
}

/**
 * One "service worker": its own connection, lanes and memory. Two workers built on the same database
 * name behave like a worker and its successor after Chrome stopped the first.
 */
export function startWorker(options: {
  name: string;
  clock: Clock;
  format?: Format;
  unknown?: string[];
  arxiv?: ArxivMock;
  /** Shared across workers: id → successful arXiv stores. */
  stores?: Map<string, number>;
  wrapStore?: (store: PaperStore) => PaperStore;
  maxWaitMs?: number;
}): Worker {
  const { clock } = options;
  const db = createDbProvider({ name: options.name, storage: {}, log: () => undefined });
  const arxiv = options.arxiv ?? new ArxivMock(clock, { format: options.format, unknown: options.unknown });
  const hf = hfMock(clock);
  const clocks = idbClockStore(db);
  const wakes: (number | undefined)[] = [];
  const stores = options.stores;
  const count = (store: PaperStore): PaperStore => ({
    ...store,
    async storeArxiv(results, now) {
      await store.storeArxiv(results, now);
      for (const e of results.entries) stores?.set(e.id, (stores.get(e.id) ?? 0) + 1);
    },
  });
  const service = createPaperService({
    db,
    clock,
    arxivQueue: new PoliteQueue(ARXIV_LANE, { fetch: arxiv.fetch, clock, random: () => 0.5, store: clocks }),
    hfQueue: new PoliteQueue(HF_LANE, { fetch: hf.fetch, clock, random: () => 0.5, store: clocks }),
    scheduleWake: (at) => wakes.push(at),
    wrapStore: (s) => count(options.wrapStore ? options.wrapStore(s) : s),
    maxWaitMs: options.maxWaitMs,
    log: () => undefined,
  });
  return { db, service, arxiv, hf, wakes };
}

/** `n` well-formed new-style ids no capture holds: the mock serves them from a real entry's markup. */
export const syntheticIds = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `2501.${String(from + i).padStart(5, '0')}`);
