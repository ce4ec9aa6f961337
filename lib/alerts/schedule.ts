/**
 * When the alert check runs, in `browser.alarms` (which outlive the worker; timers do not):
 * - `paper-radar/alerts`, periodic, every `alertIntervalMinutes` (settings). Ensured at every worker
 *   start and on every settings change, but re-created only when missing or of another period:
 *   re-creating restarts the period, and a worker restarting more often than the period would
 *   otherwise push the check forever into the future.
 * - `paper-radar/alerts-retry`, one-shot: after a failed run, the retry, backing off 1, 2, 4 … minutes
 *   (never later than the next periodic run would be, never sooner than the failing lane reopens).
 *   While a run is under way it is the backstop, renewed before each step: if the worker is stopped
 *   mid-run, it fires and the next worker runs the check again. Never a sleep in the worker.
 */
import { MIN_ALARM_DELAY_MS } from '../background/wake';
import type { Clock } from '../net/clock';

export const ALERTS_ALARM = 'paper-radar/alerts';
export const ALERTS_RETRY_ALARM = 'paper-radar/alerts-retry';

/** The first run after install (or after the period changed with no run before). */
export const FIRST_CHECK_DELAY_MS = 60_000;
/** Longer than any one step of a run (a feed through the arXiv lane, with its own backoff). */
export const RUN_BACKSTOP_MS = 5 * 60_000;

export interface AlarmInfoLike {
  periodInMinutes?: number;
  scheduledTime?: number;
}

export interface AlertAlarms {
  create(name: string, info: { when?: number; periodInMinutes?: number }): unknown;
  clear(name: string): unknown;
  get?(name: string): Promise<AlarmInfoLike | undefined>;
}

/** Delay before retry number `failures` (1 = after the first failed run). */
export function retryDelayMs(failures: number, periodMinutes: number): number {
  const backoff = 60_000 * 2 ** Math.max(0, Math.min(20, failures - 1));
  return Math.max(MIN_ALARM_DELAY_MS, Math.min(backoff, periodMinutes * 60_000));
}

export interface Schedule {
  /** The periodic alarm with this period; `lastRunAt` places the first run one period after it. */
  ensurePeriodic(periodMinutes: number, lastRunAt: number | undefined): Promise<void>;
  armBackstop(): Promise<void>;
  retryAt(at: number): Promise<void>;
  clearRetry(): Promise<void>;
  hasRetry(): Promise<boolean>;
}

export function createSchedule(alarms: AlertAlarms, clock: Clock, log: (message: string) => void): Schedule {
  const safely = async (what: string, call: () => unknown) => {
    try {
      await call();
    } catch (e) {
      log(`alert alarm not ${what}: ${String(e)}`);
    }
  };
  const get = async (name: string) => {
    try {
      return await alarms.get?.(name);
    } catch {
      return undefined;
    }
  };
  const oneShot = (at: number) =>
    safely('set', () => alarms.create(ALERTS_RETRY_ALARM, { when: Math.max(at, clock.now() + MIN_ALARM_DELAY_MS) }));

  return {
    async ensurePeriodic(periodMinutes, lastRunAt) {
      const existing = await get(ALERTS_ALARM);
      if (existing && existing.periodInMinutes === periodMinutes) return;
      const now = clock.now();
      const when = Math.max(now + FIRST_CHECK_DELAY_MS, (lastRunAt ?? 0) + periodMinutes * 60_000);
      await safely('set', () => alarms.create(ALERTS_ALARM, { when, periodInMinutes: periodMinutes }));
    },
    armBackstop: () => oneShot(clock.now() + RUN_BACKSTOP_MS),
    retryAt: (at) => oneShot(at),
    clearRetry: () => safely('cleared', () => alarms.clear(ALERTS_RETRY_ALARM)),
    hasRetry: async () => (await get(ALERTS_RETRY_ALARM)) !== undefined,
  };
}
