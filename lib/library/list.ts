/**
 * `library/list`: one page of the library, filtered and sorted.
 *
 * Sorts (LIBRARY_SORTS in the protocol): `saved`, newest saved first (the default); `published`,
 * newest first by the date of v1 (papers whose date is not known yet last); `title`, A→Z in a
 * case-, accent- and number-aware order. Ties go to the newer saved paper, then the id descending, so
 * pages never overlap or skip.
 *
 * The common case (the popup opening: newest first, no filter) walks the savedAt index backwards and
 * reads only the page it answers, so it costs the same with 10 papers or 10,000. Filters and the other
 * orders work on the rows kept in memory (rows.ts), then read only the page's records.
 */
import type { Db } from '../db/connection';
import type { LibrarySort } from '../messaging/protocol';
import type { SavedPaper } from '../papers/schema';
import type { LibraryRows, Row } from './rows';
import { matchesWords, searchWords } from './search';

export const DEFAULT_PAGE_SIZE = 50;

export interface ListOptions {
  offset?: number;
  limit?: number;
  query?: string;
  tag?: string;
  sort?: LibrarySort;
}

const titleOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true, ignorePunctuation: true });

type Order = (a: Row, b: Row) => number;
const newestSaved: Order = (a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const ORDERS: Record<LibrarySort, Order> = {
  saved: newestSaved,
  published: (a, b) => (a.published === b.published ? newestSaved(a, b) : a.published < b.published ? 1 : -1),
  title: (a, b) => titleOrder.compare(a.title, b.title) || newestSaved(a, b),
};

export async function listSaved(db: Db, options: ListOptions, rows: LibraryRows): Promise<{ saved: SavedPaper[]; total: number }> {
  const offset = options.offset ?? 0;
  const limit = options.limit ?? DEFAULT_PAGE_SIZE;
  const sort = options.sort ?? 'saved';
  const words = searchWords(options.query);
  const { tag } = options;

  if (sort === 'saved' && words.length === 0 && tag === undefined) return newestPage(db, offset, limit, rows);

  const hits = (await rows.all(db)).filter((r) => (tag === undefined || r.tags.includes(tag)) && matchesWords(r.text, words));
  hits.sort(ORDERS[sort]);
  const page = hits.slice(offset, offset + limit);
  const tx = db.transaction('saved');
  const records = await Promise.all(page.map((r) => tx.store.get(r.id)));
  await tx.done;
  // A record removed between the two reads is left out of this page rather than answered stale.
  return { saved: records.filter((s): s is SavedPaper => s !== undefined), total: hits.length };
}

async function newestPage(db: Db, offset: number, limit: number, rows: LibraryRows): Promise<{ saved: SavedPaper[]; total: number }> {
  const tx = db.transaction('saved');
  const version = rows.countVersion();
  let total = rows.knownTotal();
  if (total === undefined) {
    total = await tx.store.count();
    rows.rememberTotal(version, total);
  }
  const saved: SavedPaper[] = [];
  let cursor = await tx.store.index('by-savedAt').openCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && saved.length < limit) {
    saved.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
  // 'prev' walks (savedAt, id) both descending: exactly `newestSaved`, so both paths agree on ties.
  return { saved, total };
}
