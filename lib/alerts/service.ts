/**
 * The alerts (DESIGN §2, §3; issue #6): the `alerts/*` messages, the scheduled check, the badge and
 * the optional notification. Composes this folder; holds nothing in memory that matters across a
 * worker restart (the run state, feed validators and known versions are in `meta`, the schedule in
 * `browser.alarms`).
 *
 * - One run at a time per worker: an alarm arriving while a run is under way joins it; `alerts/check`
 *   waits for it and then runs afresh (the user may just have added the rule it is checking for).
 * - After every change of the unseen count the badge is set and open extension pages are told
 *   (`alerts/changed`), so an open popup refreshes its list.
 * - Notifications: alerts found since the last notification are announced once; an alert stored by a
 *   run that was cut off is announced by the next run, so none is missed and none announced twice
 *   (unless the worker stops between showing the notification and noting it).
 */
import type { DbProvider } from '../db/connection';
import { MessageError } from '../messaging/router';
import type { AlertView } from '../messaging/types';
import type { Clock } from '../net/clock';
import type { PoliteQueue } from '../net/polite-queue';
import { createPaperStore } from '../papers/paper-store';
import { normaliseIds, type PaperService } from '../papers/service';
import type { Settings } from '../settings/settings';
import { countUnseen, dismiss, listAlerts, markSeen, prune } from './alert-store';
import { type BadgeApi, showBadge } from './badge';
import { getMeta, metaKey, putMeta, readNumber, readRunState, type RunState } from './meta';
import { type NotificationsApi, notifyNew, type PermissionsApi } from './notify';
import { type RunFailure, type RunResult, runCheck } from './run';
import { ALERTS_ALARM, ALERTS_RETRY_ALARM, type AlertAlarms, createSchedule, retryDelayMs } from './schedule';
import { alertViews } from './view';

type Empty = Record<never, never>;

export interface AlertsDeps {
  db: DbProvider;
  clock: Clock;
  papers: PaperService;
  arxivQueue: PoliteQueue;
  hfQueue: PoliteQueue;
  alarms: AlertAlarms;
  /** The current settings (storage.local). */
  settings: () => Promise<Settings>;
  /** The toolbar button; absent where there is none (some tests). */
  action?: BadgeApi;
  notifications?: () => NotificationsApi | undefined;
  permissions?: PermissionsApi;
  /** Tells open extension pages that the alerts changed. */
  announce?: () => void;
  log: (message: string) => void;
}

export interface AlertsService {
  list(): Promise<{ alerts: AlertView[] }>;
  /** `alerts/check`: runs the check now (after one under way); answers how many alerts are new. */
  check(): Promise<{ newCount: number }>;
  markSeen(paperIds?: readonly string[]): Promise<Empty>;
  dismiss(paperIds: readonly string[]): Promise<Empty>;
  /** Handles the alerts' alarms; answers false for any other alarm. */
  onAlarm(name: string): Promise<boolean>;
  /** Worker start: badge, schedule, and a retry for a run the previous worker did not finish. */
  start(): Promise<void>;
  /** `runtime.onStartup`: the browser forgot the badge. */
  restoreBadge(): Promise<void>;
  settingsChanged(settings: Settings): Promise<void>;
}

interface Outcome {
  newCount: number;
  failures: RunFailure[];
}

export function createAlertsService(deps: AlertsDeps): AlertsService {
  const { db, clock, log } = deps;
  const schedule = createSchedule(deps.alarms, clock, log);
  const runState = async (): Promise<RunState> => readRunState(await getMeta(db, metaKey.run));
  const refreshBadge = async () => showBadge(deps.action, await countUnseen(db), log);
  const changed = async () => {
    await refreshBadge();
    deps.announce?.();
  };

  async function notify(settings: Settings): Promise<void> {
    const notified = readNumber(await getMeta(db, metaKey.notified)) ?? 0;
    const fresh = (await listAlerts(db)).filter((a) => a.seenAt === undefined && a.foundAt > notified);
    if (fresh.length === 0) return;
    const papers = await createPaperStore(db).getMany(fresh.map((a) => a.paperId));
    const titles = fresh.map((a) => papers.get(a.paperId)?.title ?? a.paperId);
    await notifyNew({ enabled: settings.notifications, notifications: deps.notifications, permissions: deps.permissions, log }, titles);
    await putMeta(db, metaKey.notified, Math.max(...fresh.map((a) => a.foundAt)));
  }

  async function runOnce(): Promise<Outcome> {
    const settings = await deps.settings();
    const before = await runState();
    const startedAt = clock.now();
    await putMeta(db, metaKey.run, { ...before, startedAt });
    await schedule.armBackstop();
    let result: RunResult;
    try {
      result = await runCheck({ ...deps, settings, keepAlive: schedule.armBackstop });
    } catch (e) {
      result = { newIds: [], failures: [{ source: 'run', error: e instanceof Error ? e.message : String(e) }] };
    }
    const { newIds, failures } = result;
    const end = clock.now();
    const failed = failures.length > 0;
    const after: RunState = {
      startedAt,
      finishedAt: end,
      lastSuccessAt: failed ? before.lastSuccessAt : end,
      failures: failed ? before.failures + 1 : 0,
    };
    await putMeta(db, metaKey.run, after);
    if (failed) {
      for (const f of failures) log(`alert check: ${f.error}`);
      const laneOpens = Math.max(0, ...failures.map((f) => f.retryAt ?? 0));
      await schedule.retryAt(Math.max(end + retryDelayMs(after.failures, settings.alertIntervalMinutes), laneOpens));
    } else {
      await schedule.clearRetry();
    }
    await prune(db, end, log).catch((e) => log(`pruning alerts failed: ${String(e)}`));
    await notify(settings).catch((e) => log(`notifying failed: ${String(e)}`));
    await refreshBadge();
    if (newIds.length > 0) deps.announce?.();
    return { newCount: newIds.length, failures };
  }

  let running: Promise<Outcome> | undefined;
  let queued: Promise<Outcome> | undefined;
  const join = (): Promise<Outcome> => (running ??= runOnce().finally(() => (running = undefined)));
  const afresh = (): Promise<Outcome> => {
    if (!running) return join();
    return (queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return join();
      }));
  };

  return {
    list: async () => ({ alerts: await alertViews(db) }),

    async check() {
      const { newCount, failures } = await afresh();
      if (failures.length > 0 && newCount === 0) {
        throw new MessageError(`the check did not complete (${failures.map((f) => f.error).join('; ')}); it is tried again shortly`);
      }
      return { newCount };
    },

    async markSeen(paperIds) {
      const ids = paperIds === undefined ? undefined : normaliseIds(paperIds).ids;
      if ((await markSeen(db, ids, clock.now(), log)) > 0) await changed();
      return {};
    },

    async dismiss(paperIds) {
      const { ids } = normaliseIds(paperIds);
      if ((await dismiss(db, ids, clock.now(), log)) > 0) await changed();
      return {};
    },

    async onAlarm(name) {
      if (name !== ALERTS_ALARM && name !== ALERTS_RETRY_ALARM) return false;
      await join().catch((e) => log(`alert check failed: ${String(e)}`));
      return true;
    },

    async start() {
      await refreshBadge().catch((e) => log(`badge not restored: ${String(e)}`));
      const settings = await deps.settings();
      const state = await runState();
      await schedule.ensurePeriodic(settings.alertIntervalMinutes, state.finishedAt);
      // A run the previous worker started and never finished: its backstop alarm should be there;
      // browsers may drop alarms across a restart, so make sure.
      const interrupted = state.startedAt !== undefined && (state.finishedAt ?? -Infinity) < state.startedAt;
      if (interrupted && !running && !(await schedule.hasRetry())) await schedule.retryAt(clock.now());
    },

    restoreBadge: refreshBadge,

    async settingsChanged(settings) {
      await schedule.ensurePeriodic(settings.alertIntervalMinutes, (await runState()).finishedAt);
    },
  };
}
