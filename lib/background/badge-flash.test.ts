import { describe, expect, it, vi } from 'vitest';
import { BACK_TO_GLOBAL, createBadgeFlash, FLASH_MS } from './badge-flash';

/** The badge as both browsers keep it: one global text, and tab texts that cover it (null: none). */
function fakeAction() {
  const state = { global: '3', tabs: new Map<number, string>() };
  const calls: { tabId?: number; text?: string | null }[] = [];
  const action = {
    setBadgeText: vi.fn(async (d: { tabId?: number; text?: string | null }) => {
      calls.push(d);
      if (d.tabId === undefined) state.global = d.text ?? '';
      else if (d.text === null || d.text === undefined) state.tabs.delete(d.tabId);
      else state.tabs.set(d.tabId, d.text);
    }),
  };
  const shown = (tabId: number) => state.tabs.get(tabId) ?? state.global;
  return { state, calls, action, shown };
}

describe('createBadgeFlash', () => {
  it('marks the one tab, then hands it back to the global text (the alerts count), even if that changed meanwhile', async () => {
    vi.useFakeTimers();
    try {
      const { state, action, shown, calls } = fakeAction();
      const flash = createBadgeFlash(action);
      await flash(4, '✓');
      expect(shown(4)).toBe('✓');
      expect(shown(5)).toBe('3');
      state.global = '4'; // a new alert arrived during the flash
      await vi.advanceTimersByTimeAsync(FLASH_MS);
      expect(shown(4)).toBe('4');
      expect(calls.every((c) => c.tabId === 4)).toBe(true);
      expect(calls.at(-1)).toEqual({ tabId: 4, text: BACK_TO_GLOBAL });
      expect(BACK_TO_GLOBAL).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a second mark within the window restarts it rather than being cut short', async () => {
    vi.useFakeTimers();
    try {
      const { action, shown } = fakeAction();
      const flash = createBadgeFlash(action);
      await flash(1, '?');
      await vi.advanceTimersByTimeAsync(FLASH_MS - 500);
      await flash(1, '✓');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(shown(1)).toBe('✓');
      await vi.advanceTimersByTimeAsync(FLASH_MS);
      expect(shown(1)).toBe('3');
    } finally {
      vi.useRealTimers();
    }
  });

  it('never touches the global text: without a tab (or Chrome\'s TAB_ID_NONE) nothing is shown', async () => {
    const { action } = fakeAction();
    const flash = createBadgeFlash(action);
    await flash(undefined, '✓');
    await flash(-1, '✓');
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });

  it('a tab that closed before its mark is logged, not thrown', async () => {
    const log = vi.fn();
    const flash = createBadgeFlash({ setBadgeText: async () => Promise.reject(new Error('No tab with id: 9.')) }, { log, setTimer: () => 0, clearTimer: () => undefined });
    await expect(flash(9, '!')).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('No tab with id: 9.'));
  });
});
