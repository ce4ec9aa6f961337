/**
 * One listing of the library (query, tag, sort) as a virtualised list reads it: rows by index, asked
 * for a page (`library/list` offset/limit) at a time as they come into view, the total, and a refresh
 * when the library changes. The page bookkeeping is lib/ui/page-cache.ts.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/send';
import type { LibrarySort, SavedPaper } from '../../lib/messaging/types';
import { PageCache } from '../../lib/ui/page-cache';
import type { RowWindow } from '../../lib/ui/virtual-window';
import { useLibraryChanged } from './use-library-changed';

/** Rows per `library/list` request: a screen and a bit (each record read costs the first paint ~0.5 ms). */
export const PAGE_SIZE = 20;

export interface ListFilter {
  query: string;
  tag: string | undefined;
  sort: LibrarySort;
}

export interface LibraryList {
  /** null until the first answer. */
  total: number | null;
  item(index: number): SavedPaper | undefined;
  /** The rows in view (the list calls this as it scrolls). */
  setWindow(window: RowWindow): void;
  /** Ask again for what is shown (after a change this page made). */
  refresh(): void;
  error: string | undefined;
}

export function useLibraryList(filter: ListFilter): LibraryList {
  const { query, tag, sort } = filter;
  const cache = useRef(new PageCache<SavedPaper>(PAGE_SIZE)).current;
  const windowRef = useRef<RowWindow>({ start: 0, end: PAGE_SIZE });
  const [, setVersion] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const rerender = () => setVersion((v) => v + 1);

  const load = useCallback(() => {
    for (const page of cache.wanted(windowRef.current)) {
      const token = cache.begin(page);
      void sendMessage({ type: 'library/list', offset: page * PAGE_SIZE, limit: PAGE_SIZE, query: query || undefined, tag, sort }).then(
        (answer) => {
          if (!answer.ok) {
            cache.fail(page, token);
            setError(answer.error);
            return;
          }
          if (cache.settle(page, token, answer.saved, answer.total)) {
            setError(undefined);
            rerender();
            // The total may have moved: the window's other pages may now be wanted.
            load();
          }
        },
      );
    }
  }, [cache, query, tag, sort]);

  // A layout effect, not an effect: Preact runs effects after the first paint, and the first page
  // should be asked for before that, not a frame later.
  useLayoutEffect(() => {
    cache.reset();
    rerender();
    load();
  }, [load]);

  const refresh = useCallback(() => {
    cache.invalidate();
    load();
  }, [load]);
  useLibraryChanged(refresh);

  const setWindow = useCallback(
    (w: RowWindow) => {
      windowRef.current = w;
      load();
    },
    [load],
  );

  return { total: cache.total, item: (i) => cache.item(i), setWindow, refresh, error };
}
