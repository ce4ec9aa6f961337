import { describe, expect, it, vi } from 'vitest';
import { watchLocation } from './location-watch';

type Fn = (e: { destination: { url: string } }) => void;

function fakeWindow(withNavigation: boolean) {
  const listeners = new Set<Fn>();
  const timers = new Map<number, () => void>();
  let next = 1;
  const win = {
    location: { href: 'https://huggingface.co/papers' },
    setInterval: (fn: () => void) => (timers.set(next, fn), next++),
    clearInterval: (id: number) => timers.delete(id),
    ...(withNavigation && {
      navigation: { addEventListener: (_: string, fn: Fn) => listeners.add(fn), removeEventListener: (_: string, fn: Fn) => listeners.delete(fn) },
    }),
  };
  const navigate = (url: string) => listeners.forEach((fn) => fn({ destination: { url } }));
  const tick = () => timers.forEach((fn) => fn());
  return { win: win as unknown as Window, href: win.location, navigate, tick, listeners, timers };
}

describe('watchLocation', () => {
  it('with the Navigation API: reports each new URL once, and stops', () => {
    const f = fakeWindow(true);
    const changed = vi.fn();
    const stop = watchLocation(f.win, changed);
    f.navigate('https://huggingface.co/papers');
    expect(changed).not.toHaveBeenCalled();
    f.navigate('https://huggingface.co/papers/date/2026-11-27');
    f.navigate('https://huggingface.co/papers/date/2026-11-27');
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
    expect(f.listeners.size).toBe(0);
    expect(f.timers.size).toBe(0);
  });

  it('without it (Firefox ESR): looks at the URL on a timer, and stops', () => {
    const f = fakeWindow(false);
    const changed = vi.fn();
    const stop = watchLocation(f.win, changed);
    f.tick();
    expect(changed).not.toHaveBeenCalled();
    f.href.href = 'https://huggingface.co/papers/trending';
    f.tick();
    f.tick();
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
    expect(f.timers.size).toBe(0);
  });
});
