/**
 * The arithmetic of a virtualised list with rows of one fixed height: which rows to render for a
 * scroll position, which pages of a paged source they fall in, and where to scroll to bring a row into
 * view. Pure, so it is tested on its own and the components only read the answers.
 */

export interface RowWindow {
  /** First row to render (inclusive). */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** Rows visible in [scrollTop, scrollTop + height), plus `overscan` rows either side, within [0, total). */
export function rowWindow(scrollTop: number, height: number, rowHeight: number, total: number, overscan = 4): RowWindow {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, height)) / rowHeight);
  const start = Math.min(total, Math.max(0, first - overscan));
  const end = Math.min(total, Math.max(start, last + overscan));
  return { start, end };
}

/** Page indexes that hold rows [start, end) for pages of `pageSize` rows. */
export function pagesOf({ start, end }: RowWindow, pageSize: number): number[] {
  if (end <= start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) pages.push(p);
  return pages;
}

/**
 * The scrollTop that shows row `index` whole, moving as little as possible: unchanged when it is in
 * view already, else aligned to the nearer edge.
 */
export function scrollToShow(index: number, scrollTop: number, height: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return scrollTop;
}

/** Where keyboard navigation moves the active row, clamped to [0, total). */
export function moveIndex(
  index: number,
  key: string,
  total: number,
  pageRows: number,
): number | undefined {
  if (total <= 0) return undefined;
  const clamp = (i: number) => Math.min(total - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + Math.max(1, pageRows));
    case 'PageUp':
      return clamp(index - Math.max(1, pageRows));
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return undefined;
  }
}
