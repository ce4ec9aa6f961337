import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUndoOffer, UNDO_MS } from './undo';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createUndoOffer', () => {
  it('offers a value for UNDO_MS, then lapses', () => {
    const seen: (string[] | undefined)[] = [];
    const undo = createUndoOffer<string[]>((v) => seen.push(v));
    undo.offer(['a']);
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(undo.current).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(undo.current).toBeUndefined();
    expect(seen).toEqual([['a'], undefined]);
    expect(undo.take()).toBeUndefined();
  });

  it('hands the value over once; a new offer restarts the clock', () => {
    const undo = createUndoOffer<string>(() => undefined, 1_000);
    undo.offer('a');
    vi.advanceTimersByTime(900);
    undo.offer('b');
    vi.advanceTimersByTime(900);
    expect(undo.take()).toBe('b');
    expect(undo.take()).toBeUndefined();
  });

  it('dismiss ends the offer at once', () => {
    const onChange = vi.fn();
    const undo = createUndoOffer<string>(onChange);
    undo.offer('a');
    undo.dismiss();
    expect(undo.current).toBeUndefined();
    undo.dismiss();
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
