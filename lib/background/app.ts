/**
 * The background's composition root: builds the database, the two request lanes, the paper service
 * and the message router, and exposes what the entrypoint wires to browser events. Kept out of
 * `entrypoints/background.ts` so tests can build the same thing with a fake browser and fetch.
 *
 * Nothing here holds state that matters across a worker restart: the pending set, the lanes' clocks
 * and the cache all live in IndexedDB.
 */
import { createDbProvider, type DbProvider } from '../db/connection';
import { type Clock, systemClock } from '../net/clock';
import { idbClockStore } from '../net/clock-store';
import { ARXIV_LANE, HF_LANE } from '../net/limits';
import { type FetchLike, PoliteQueue } from '../net/polite-queue';
import { createHandlers } from '../messaging/handlers';
import { createRouter } from '../messaging/router';
import type { SenderLike } from '../messaging/sender';
import type { Answer } from '../messaging/types';
import { createPaperService, type PaperService } from '../papers/service';

/** The one-shot alarm that restarts a stopped worker which still owes work. */
export const WAKE_ALARM = 'paper-radar/wake';
/** Browsers do not fire alarms sooner than 30 s (Chrome clamps, Firefox may delay). */
const MIN_ALARM_DELAY_MS = 30_000;

export interface BackgroundDeps {
  runtime: { id: string; getURL(path: string): string };
  alarms: {
    create(name: string, info: { when: number }): unknown;
    clear(name: string): unknown;
  };
  fetch: FetchLike;
  clock?: Clock;
  random?: () => number;
  db?: DbProvider;
  log?: (message: string) => void;
}

export interface BackgroundApp {
  handleMessage(message: unknown, sender: SenderLike | undefined): Promise<Answer>;
  onAlarm(alarm: { name: string }): Promise<void>;
  /** Worker start: resume whatever the previous worker left pending. */
  start(): Promise<void>;
  papers: PaperService;
}

export function createBackgroundApp(deps: BackgroundDeps): BackgroundApp {
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? Math.random;
  const log = deps.log ?? ((m: string) => console.warn(`[paper-radar] ${m}`));
  const db = deps.db ?? createDbProvider({ log });
  const store = idbClockStore(db);
  const arxivQueue = new PoliteQueue(ARXIV_LANE, { fetch: deps.fetch, clock, random, store, log });
  const hfQueue = new PoliteQueue(HF_LANE, { fetch: deps.fetch, clock, random, store, log });

  async function scheduleWake(at: number | undefined): Promise<void> {
    try {
      if (at === undefined) await deps.alarms.clear(WAKE_ALARM);
      else await deps.alarms.create(WAKE_ALARM, { when: Math.max(at, clock.now() + MIN_ALARM_DELAY_MS) });
    } catch (e) {
      log(`wake-up alarm not set: ${String(e)}`);
    }
  }

  const papers = createPaperService({ db, clock, arxivQueue, hfQueue, scheduleWake, log });
  const route = createRouter(createHandlers({ papers }), { id: deps.runtime.id, baseUrl: deps.runtime.getURL('/') }, log);

  const resume = () => papers.resume().catch((e) => log(`resuming pending work failed: ${String(e)}`));
  return {
    handleMessage: route,
    onAlarm: async (alarm) => {
      if (alarm.name === WAKE_ALARM) await resume();
    },
    start: resume,
    papers,
  };
}
