// browser.alarms on virtual time: named one-shot and periodic alarms, shared by every "worker" built on
// it (alarms outlive the worker), and fired only when a test says so, as the browser would when due.
import type { Clock } from '../../lib/net/clock';

export interface FakeAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export class FakeAlarms {
  private readonly alarms = new Map<string, FakeAlarm>();
  /** Every create and clear, in order. */
  readonly calls: { op: 'create' | 'clear'; name: string; at: number; when?: number; periodInMinutes?: number }[] = [];

  constructor(private readonly clock: Clock) {}

  readonly create = (name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }): void => {
    const scheduledTime = info.when ?? this.clock.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
    this.alarms.set(name, { name, scheduledTime, ...(info.periodInMinutes !== undefined ? { periodInMinutes: info.periodInMinutes } : {}) });
    this.calls.push({ op: 'create', name, at: this.clock.now(), when: scheduledTime, periodInMinutes: info.periodInMinutes });
  };

  readonly clear = async (name: string): Promise<boolean> => {
    this.calls.push({ op: 'clear', name, at: this.clock.now() });
    return this.alarms.delete(name);
  };

  readonly get = async (name: string): Promise<FakeAlarm | undefined> => {
    const alarm = this.alarms.get(name);
    return alarm && { ...alarm };
  };

  /** The alarm's next time, or undefined when there is none. */
  when(name: string): number | undefined {
    return this.alarms.get(name)?.scheduledTime;
  }

  /** Takes the alarms due now, earliest first: one-shots are removed, periodic ones move on a period. */
  takeDue(): string[] {
    const due = [...this.alarms.values()].filter((a) => a.scheduledTime <= this.clock.now()).sort((a, b) => a.scheduledTime - b.scheduledTime);
    for (const a of due) {
      if (a.periodInMinutes === undefined) this.alarms.delete(a.name);
      else a.scheduledTime += Math.ceil((this.clock.now() - a.scheduledTime + 1) / (a.periodInMinutes * 60_000)) * a.periodInMinutes * 60_000;
    }
    return due.map((a) => a.name);
  }
}
