/**
 * The client side of a paged listing (`library/list` with offset/limit): which pages are held, which
 * must be asked for to show a window of rows, and which answers still count.
 *
 * - Every answer carries the token of the request; an answer to a request made before the last
 *   `invalidate`/`reset` is dropped (the library changed, or the query did, while it was under way).
 * - `invalidate` (the library changed) keeps the rows shown until their page is answered again, so a
 *   list does not flash blank on every change; `reset` (another query) forgets everything.
 * - The total comes with every answer. When it moves between answers, the other pages may have shifted
 *   and are asked for again.
 */
import { pagesOf, type RowWindow } from './virtual-window';

export class PageCache<T> {
  private readonly pages = new Map<number, T[]>();
  private readonly fresh = new Set<number>();
  /** Page → generation it was asked for in. */
  private readonly loading = new Map<number, number>();
  private generation = 0;
  /** null until the first answer. */
  total: number | null = null;

  constructor(readonly pageSize: number) {}

  item(index: number): T | undefined {
    if (this.total !== null && index >= this.total) return undefined;
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Pages holding rows of `window` that are neither current nor already asked for. */
  wanted(window: RowWindow): number[] {
    // Before the first answer the total is unknown, and an empty listing shows no rows: either way the
    // first page is what tells the total (an empty list must still learn that papers arrived).
    const w = this.total === null || window.end <= window.start ? { start: 0, end: 1 } : window;
    return pagesOf(w, this.pageSize).filter((p) => !this.fresh.has(p) && this.loading.get(p) !== this.generation);
  }

  /** Records that page `page` is being asked for; returns the token its answer must bring. */
  begin(page: number): number {
    this.loading.set(page, this.generation);
    return this.generation;
  }

  /** An answer; false (and ignored) when it was overtaken by a change. */
  settle(page: number, token: number, items: T[], total: number): boolean {
    if (token !== this.generation) return false;
    this.loading.delete(page);
    if (this.total !== null && total !== this.total) this.fresh.clear();
    this.total = total;
    this.pages.set(page, items);
    this.fresh.add(page);
    const pageCount = Math.ceil(total / this.pageSize);
    for (const p of this.pages.keys()) if (p >= pageCount) this.pages.delete(p);
    return true;
  }

  /** A failed request: the page may be asked for again. */
  fail(page: number, token: number): void {
    if (token === this.generation && this.loading.get(page) === token) this.loading.delete(page);
  }

  /** The source changed: every page is asked for again when shown, meanwhile the old rows stay. */
  invalidate(): void {
    this.generation++;
    this.fresh.clear();
    this.loading.clear();
  }

  /** Another listing altogether. */
  reset(): void {
    this.invalidate();
    this.pages.clear();
    this.total = null;
  }
}
