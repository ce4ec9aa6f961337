import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `r${from + i}`);

describe('PageCache', () => {
  it('asks for the first page before the total is known, then only for pages in view', () => {
    const c = new PageCache<string>(10);
    expect(c.wanted({ start: 0, end: 25 })).toEqual([0]);
    const t = c.begin(0);
    expect(c.wanted({ start: 0, end: 25 })).toEqual([]); // under way
    expect(c.settle(0, t, rows(0, 10), 95)).toBe(true);
    expect(c.total).toBe(95);
    expect(c.item(3)).toBe('r3');
    expect(c.item(12)).toBeUndefined();
    expect(c.wanted({ start: 0, end: 25 })).toEqual([1, 2]);
    expect(c.wanted({ start: 88, end: 95 })).toEqual([8, 9]);
  });

  it('drops answers overtaken by a change, and keeps showing the old rows until the new ones arrive', () => {
    const c = new PageCache<string>(10);
    c.settle(0, c.begin(0), rows(0, 10), 30);
    const late = c.begin(1);
    c.invalidate();
    expect(c.settle(1, late, rows(10, 10), 30)).toBe(false);
    expect(c.item(12)).toBeUndefined();
    expect(c.item(0)).toBe('r0'); // still shown
    expect(c.wanted({ start: 0, end: 15 })).toEqual([0, 1]);
    const t = c.begin(0);
    c.settle(0, t, ['new0', ...rows(1, 9)], 30);
    expect(c.item(0)).toBe('new0');
  });

  it('reset forgets everything (another query)', () => {
    const c = new PageCache<string>(10);
    c.settle(0, c.begin(0), rows(0, 10), 30);
    c.reset();
    expect(c.total).toBeNull();
    expect(c.item(0)).toBeUndefined();
    expect(c.wanted({ start: 20, end: 30 })).toEqual([0]);
  });

  it('a moved total makes the other pages stale and drops pages past the end', () => {
    const c = new PageCache<string>(10);
    c.settle(0, c.begin(0), rows(0, 10), 30);
    c.settle(2, c.begin(2), rows(20, 10), 30);
    c.settle(1, c.begin(1), rows(10, 10), 15);
    expect(c.total).toBe(15);
    expect(c.item(20)).toBeUndefined();
    expect(c.item(16)).toBeUndefined(); // past the total
    expect(c.wanted({ start: 0, end: 15 })).toEqual([0]);
  });

  it('an empty listing asks for its first page again after a change, to learn of new papers', () => {
    const c = new PageCache<string>(10);
    c.settle(0, c.begin(0), [], 0);
    expect(c.wanted({ start: 0, end: 0 })).toEqual([]);
    c.invalidate();
    expect(c.wanted({ start: 0, end: 0 })).toEqual([0]);
  });

  it('a failed page may be asked for again; a stale failure does not clear a newer request', () => {
    const c = new PageCache<string>(10);
    const t = c.begin(0);
    c.fail(0, t);
    expect(c.wanted({ start: 0, end: 5 })).toEqual([0]);
    const old = c.begin(0);
    c.invalidate();
    c.begin(0);
    c.fail(0, old);
    expect(c.wanted({ start: 0, end: 5 })).toEqual([]);
  });
});
