/**
 * The one wake-up alarm, shared by every loop that owes work (the metadata drainer, the library's
 * follow-ups). Each loop says when it next needs the worker (or `undefined`: nothing owed); the alarm
 * is set for the earliest of those, and cleared only when no loop needs it. Without this, one loop
 * finishing would clear the alarm another still relies on.
 *
 * The wishes live in memory: a new worker starts every loop (`start`), and each reports again.
 */
import type { Clock } from '../net/clock';

/** Browsers do not fire alarms sooner than 30 s (Chrome clamps, Firefox may delay). */
export const MIN_ALARM_DELAY_MS = 30_000;

export interface AlarmsLike {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): unknown;
}

export function createWakeScheduler(alarms: AlarmsLike, name: string, clock: Clock, log: (message: string) => void) {
  const wishes = new Map<string, number>();
  // Alarm calls are made one after another, so a clear cannot overtake the create that followed it.
  let chain: Promise<void> = Promise.resolve();

  function apply(): Promise<void> {
    const at = wishes.size ? Math.min(...wishes.values()) : undefined;
    chain = chain.then(async () => {
      try {
        if (at === undefined) await alarms.clear(name);
        else await alarms.create(name, { when: Math.max(at, clock.now() + MIN_ALARM_DELAY_MS) });
      } catch (e) {
        log(`wake-up alarm not set: ${String(e)}`);
      }
    });
    return chain;
  }

  /** The `scheduleWake` one loop is given. */
  return (source: string) =>
    (at: number | undefined): Promise<void> => {
      if (at === undefined) wishes.delete(source);
      else wishes.set(source, at);
      return apply();
    };
}
