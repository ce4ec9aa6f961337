import { describe, expect, it } from 'vitest';
import { createRetries, RETRY_MS } from './retries';

function setup() {
  const asked: string[][] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const retries = createRetries((ids) => asked.push(ids), (run, ms) => timers.push({ run, ms }));
  const fire = () => timers.splice(0).forEach((t) => t.run());
  return { asked, timers, retries, fire };
}

describe('retries', () => {
  it('asks again later and less often, papers due together in one ask, then stops', () => {
    const { asked, timers, retries, fire } = setup();
    retries.later(['a', 'b']);
    expect(timers.map((t) => t.ms)).toEqual([RETRY_MS[0]]);
    fire();
    expect(asked).toEqual([['a', 'b']]);
    const delays: number[] = [];
    for (let i = 0; i < 20; i++) {
      retries.later(['a']);
      delays.push(...timers.map((t) => t.ms));
      fire();
    }
    expect(delays).toEqual(RETRY_MS.slice(1));
  });

  it('groups papers by how often they were tried, and starts over after a reset', () => {
    const { timers, retries, asked, fire } = setup();
    retries.later(['a']);
    fire();
    retries.later(['a', 'b']);
    expect(timers.map((t) => t.ms)).toEqual([RETRY_MS[1], RETRY_MS[0]]);
    fire();
    expect(asked.slice(1)).toEqual([['a'], ['b']]);
    retries.reset();
    retries.later(['a']);
    expect(timers.map((t) => t.ms)).toEqual([RETRY_MS[0]]);
  });
});
