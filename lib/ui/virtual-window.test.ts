import { describe, expect, it } from 'vitest';
import { moveIndex, pagesOf, rowWindow, scrollToShow } from './virtual-window';

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, clamped to the list', () => {
    expect(rowWindow(0, 400, 80, 10_000, 4)).toEqual({ start: 0, end: 9 });
    expect(rowWindow(8_000, 400, 80, 10_000, 4)).toEqual({ start: 96, end: 109 });
    expect(rowWindow(799_600, 400, 80, 10_000, 4)).toEqual({ start: 9_991, end: 10_000 });
  });
  it('is empty for an empty list and never negative for an overscrolled one', () => {
    expect(rowWindow(0, 400, 80, 0)).toEqual({ start: 0, end: 0 });
    expect(rowWindow(-50, 400, 80, 3, 0)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(1e9, 400, 80, 3, 0)).toEqual({ start: 3, end: 3 });
  });
  it('renders a bounded number of rows whatever the list length', () => {
    for (const total of [10, 1_000, 100_000]) {
      const w = rowWindow(total * 40, 600, 80, total, 4);
      expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(600 / 80) + 1 + 8);
    }
  });
});

describe('pagesOf', () => {
  it('names every page holding a row of the window, once', () => {
    expect(pagesOf({ start: 0, end: 9 }, 40)).toEqual([0]);
    expect(pagesOf({ start: 35, end: 45 }, 40)).toEqual([0, 1]);
    expect(pagesOf({ start: 40, end: 80 }, 40)).toEqual([1]);
    expect(pagesOf({ start: 5, end: 5 }, 40)).toEqual([]);
  });
});

describe('scrollToShow', () => {
  it('leaves a visible row alone and otherwise scrolls the least', () => {
    expect(scrollToShow(2, 0, 400, 80)).toBe(0);
    expect(scrollToShow(5, 0, 400, 80)).toBe(80); // row 5 spans 400–480: bottom-aligned
    expect(scrollToShow(1, 400, 400, 80)).toBe(80); // above: top-aligned
  });
});

describe('moveIndex', () => {
  it('moves by one, by a screen, to the ends, and stays inside the list', () => {
    expect(moveIndex(0, 'ArrowDown', 10, 4)).toBe(1);
    expect(moveIndex(0, 'ArrowUp', 10, 4)).toBe(0);
    expect(moveIndex(9, 'ArrowDown', 10, 4)).toBe(9);
    expect(moveIndex(2, 'PageDown', 10, 4)).toBe(6);
    expect(moveIndex(2, 'PageUp', 10, 4)).toBe(0);
    expect(moveIndex(5, 'Home', 10, 4)).toBe(0);
    expect(moveIndex(5, 'End', 10, 4)).toBe(9);
    expect(moveIndex(5, 'Enter', 10, 4)).toBeUndefined();
    expect(moveIndex(0, 'ArrowDown', 0, 4)).toBeUndefined();
  });
});
