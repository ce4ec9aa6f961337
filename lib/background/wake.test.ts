import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { createWakeScheduler, MIN_ALARM_DELAY_MS } from './wake';

describe('the shared wake-up alarm', () => {
  it('is set for the earliest wish of any loop, and cleared only when no loop needs it', async () => {
    const clock = new VirtualClock();
    const now = clock.now();
    let alarm: number | undefined;
    const calls: string[] = [];
    const wake = createWakeScheduler(
      {
        create: async (name, { when }) => {
          calls.push(`create ${name}`);
          alarm = when;
        },
        clear: async () => {
          calls.push('clear');
          alarm = undefined;
        },
      },
      'w',
      clock,
      () => undefined,
    );
    const arxiv = wake('arxiv');
    const library = wake('library');
    await library(now + 600_000);
    expect(alarm).toBe(now + 600_000);
    await arxiv(now + 120_000);
    expect(alarm).toBe(now + 120_000);
    await arxiv(undefined); // the metadata drain is done: the library's wish remains
    expect(alarm).toBe(now + 600_000);
    await library(now + 1_000); // too soon for the browser: clamped to its minimum
    expect(alarm).toBe(now + MIN_ALARM_DELAY_MS);
    await library(undefined);
    expect(alarm).toBeUndefined();
    expect(calls.at(-1)).toBe('clear');
  });
});
