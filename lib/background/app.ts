/**
 * The background's composition root: builds the database, the two request lanes, the paper service,
 * the library, the rules store, the alerts, the change broadcaster and the message router, and
 * exposes what the entrypoint wires to browser events. Kept out of `entrypoints/background.ts` so
 * tests can build the same thing with a fake browser and fetch.
 *
 * Nothing here holds state that matters across a worker restart: the pending sets (metadata lookups,
 * the library's owed follow-ups), the lanes' clocks and the cache all live in IndexedDB.
 */
import type { BadgeApi } from '../alerts/badge';
import type { NotificationsApi, PermissionsApi } from '../alerts/notify';
import type { AlarmInfoLike } from '../alerts/schedule';
import { type AlertsService, createAlertsService } from '../alerts/service';
import { createDbProvider, type DbProvider } from '../db/connection';
import { type Clock, systemClock } from '../net/clock';
import { idbClockStore } from '../net/clock-store';
import { ARXIV_LANE, HF_LANE } from '../net/limits';
import { type FetchLike, PoliteQueue } from '../net/polite-queue';
import { createLibraryService, type LibraryService } from '../library/service';
import { createHandlers } from '../messaging/handlers';
import { createRouter } from '../messaging/router';
import type { SenderLike } from '../messaging/sender';
import type { Answer } from '../messaging/types';
import { createPaperService, type PaperService } from '../papers/service';
import { createRulesService, type RulesService } from '../rules-store/service';
import { normalizeSettings } from '../settings/settings';
import { readSettings, type StorageAreaLike } from '../settings/store';
import { type BroadcastDeps, createBroadcaster, silentBroadcaster } from './broadcast';
import { createSaveActions, type SaveActions, type SaveActionsBrowser } from './save-actions';
import { createWakeScheduler } from './wake';

/** The one-shot alarm that restarts a stopped worker which still owes work. */
export const WAKE_ALARM = 'paper-radar/wake';

export interface BackgroundDeps {
  runtime: { id: string; getURL(path: string): string; sendMessage?: BroadcastDeps['runtime']['sendMessage'] };
  /** For the change notices to content scripts; without it (some tests) nothing is announced. */
  tabs?: BroadcastDeps['tabs'];
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number }): unknown;
    clear(name: string): unknown;
    get?(name: string): Promise<AlarmInfoLike | undefined>;
  };
  /** The toolbar button, for the alert badge. */
  action?: BadgeApi;
  /** storage.local: the settings (defaults without it). */
  storage?: StorageAreaLike;
  /** A getter: the optional `notifications` API appears only once the permission is granted. */
  notifications?: () => NotificationsApi | undefined;
  permissions?: PermissionsApi;
  /** Context menu and keyboard shortcut (with their badge mark); without it (some tests) no menu is made. */
  saveActions?: SaveActionsBrowser;
  fetch: FetchLike;
  clock?: Clock;
  random?: () => number;
  db?: DbProvider;
  log?: (message: string) => void;
}

/** SaveActions: the context menu and keyboard shortcut handlers. */
export interface BackgroundApp extends SaveActions {
  handleMessage(message: unknown, sender: SenderLike | undefined): Promise<Answer>;
  onAlarm(alarm: { name: string }): Promise<void>;
  /** Worker start: resume whatever the previous worker left pending. */
  start(): Promise<void>;
  papers: PaperService;
  library: LibraryService;
  rules: RulesService;
  alerts: AlertsService;
}

export function createBackgroundApp(deps: BackgroundDeps): BackgroundApp {
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? Math.random;
  const log = deps.log ?? ((m: string) => console.warn(`[paper-radar] ${m}`));
  const db = deps.db ?? createDbProvider({ log });
  const store = idbClockStore(db);
  const arxivQueue = new PoliteQueue(ARXIV_LANE, { fetch: deps.fetch, clock, random, store, log });
  const hfQueue = new PoliteQueue(HF_LANE, { fetch: deps.fetch, clock, random, store, log });

  const wake = createWakeScheduler(deps.alarms, WAKE_ALARM, clock, log);
  const { tabs } = deps;
  const sendToPages = deps.runtime.sendMessage?.bind(deps.runtime);
  const broadcast =
    tabs && sendToPages ? createBroadcaster({ tabs, runtime: { sendMessage: sendToPages }, extensionBaseUrl: deps.runtime.getURL('/'), log }) : silentBroadcaster;

  const papers = createPaperService({ db, clock, arxivQueue, hfQueue, scheduleWake: wake('arxiv'), log });
  // The library's BibTeX requests go through the same arXiv lane: one queue for all of arXiv's hosts.
  const library = createLibraryService({ db, papers, arxivQueue, clock, scheduleWake: wake('library'), broadcast, log });
  const rules = createRulesService({ db, now: () => clock.now(), broadcast, log });
  const { storage } = deps;
  const alerts = createAlertsService({
    db,
    clock,
    papers,
    arxivQueue,
    hfQueue,
    alarms: deps.alarms,
    settings: () => (storage ? readSettings(storage) : Promise.resolve(normalizeSettings(undefined))),
    action: deps.action,
    notifications: deps.notifications,
    permissions: deps.permissions,
    // Extension pages only: content scripts show no alerts.
    announce: sendToPages && (() => void Promise.resolve().then(() => sendToPages({ type: 'alerts/changed' })).catch(() => undefined)),
    log,
  });
  const saveActions = createSaveActions({ browser: deps.saveActions, save: (id) => library.save(id, {}), log });
  const route = createRouter(createHandlers({ db, papers, library, rules, alerts }), { id: deps.runtime.id, baseUrl: deps.runtime.getURL('/') }, log);

  const resume = async () => {
    const failed = (what: string) => (e: unknown) => log(`resuming ${what} failed: ${String(e)}`);
    await Promise.all([papers.resume().catch(failed('metadata lookups')), library.resume().catch(failed('library follow-ups'))]);
  };
  return {
    handleMessage: route,
    onAlarm: async (alarm) => {
      if (alarm.name === WAKE_ALARM) await resume();
      else await alerts.onAlarm(alarm.name);
    },
    start: async () => {
      await Promise.all([resume(), alerts.start().catch((e) => log(`starting alerts failed: ${String(e)}`))]);
    },
    papers,
    library,
    rules,
    alerts,
    ...saveActions,
  };
}
