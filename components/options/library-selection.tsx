/**
 * The options page's bulk selection: the chosen papers' records by id (bulk tagging needs their
 * current tags), and "select all" of a listing, read page by page from `library/list`.
 */
import { useMemo, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/send';
import type { LibrarySort, SavedPaper } from '../../lib/messaging/types';

const ALL_PAGE = 1_000;

export interface Selection {
  size: number;
  ids(): string[];
  records(): SavedPaper[];
  has(id: string): boolean;
  set(saved: SavedPaper, selected: boolean): void;
  /** Replace records after an edit, keeping the selection. */
  refresh(records: SavedPaper[]): void;
  drop(ids: string[]): void;
  clear(): void;
  selectAll(filter: { query: string; tag: string | undefined; sort: LibrarySort }): Promise<string | undefined>;
}

export function useSelection(): Selection {
  const [chosen, setChosen] = useState<ReadonlyMap<string, SavedPaper>>(new Map());
  return useMemo<Selection>(
    () => ({
      size: chosen.size,
      ids: () => [...chosen.keys()],
      records: () => [...chosen.values()],
      has: (id) => chosen.has(id),
      set(saved, selected) {
        setChosen((m) => {
          const next = new Map(m);
          if (selected) next.set(saved.id, saved);
          else next.delete(saved.id);
          return next;
        });
      },
      refresh(records) {
        setChosen((m) => {
          const next = new Map(m);
          for (const r of records) if (next.has(r.id)) next.set(r.id, r);
          return next;
        });
      },
      drop(ids) {
        setChosen((m) => {
          const next = new Map(m);
          for (const id of ids) next.delete(id);
          return next;
        });
      },
      clear: () => setChosen(new Map()),
      async selectAll({ query, tag, sort }) {
        const all = new Map<string, SavedPaper>();
        for (let offset = 0; ; offset += ALL_PAGE) {
          const answer = await sendMessage({ type: 'library/list', offset, limit: ALL_PAGE, query: query || undefined, tag, sort });
          if (!answer.ok) return answer.error;
          for (const s of answer.saved) all.set(s.id, s);
          if (answer.saved.length < ALL_PAGE || offset + ALL_PAGE >= answer.total) break;
        }
        setChosen(all);
        return undefined;
      },
    }),
    [chosen],
  );
}
