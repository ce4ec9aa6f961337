/**
 * What filtering and sorting the library needs of each saved paper, kept in the worker's memory: the
 * sort keys, the tags and the folded search text, without the records themselves.
 *
 * Why: reading every record is the slow part of a filtered or re-sorted listing (measured in headless
 * Chromium on the project's machines: `getAll` of 10,000 saved papers with full abstracts takes about
 * 1.2–1.5 s, folding them for search about 0.3 s more). The popup's search box asks on every
 * keystroke; with the rows in memory, only the first query after the worker starts pays for that
 * read, and each answer then reads just the records of its page.
 *
 * Staying right: every write to the `saved` store happens in this worker, through lib/library, and
 * each reports the ids it touched (`changed`) or that it emptied the store (`reset`) after it
 * committed. Touched rows are read again before the next listing; a read already under way when a
 * change lands is followed by that re-read, so no listing is built on rows older than the last
 * committed write.
 */
import type { Db } from '../db/connection';
import type { SavedPaper } from '../papers/schema';
import { searchText } from './search';

export interface Row {
  id: string;
  savedAt: number;
  /** ISO date of v1, '' when unknown. */
  published: string;
  title: string;
  tags: string[];
  /** Folded search text (search.ts). */
  text: string;
}

export function rowOf(s: SavedPaper): Row {
  return { id: s.id, savedAt: s.savedAt, published: s.paper.published ?? '', title: s.paper.title.trim(), tags: s.tags, text: searchText(s) };
}

export class LibraryRows {
  private rows: Map<string, Row> | undefined;
  private loading: Promise<void> | undefined;
  /** Counts resets, so a read that a reset overtook is not kept. */
  private generation = 0;
  private readonly dirty = new Set<string>();
  /** Bumped by every change: a count read before a change is not kept after it. */
  private version = 0;
  private counted: { version: number; total: number } | undefined;

  /**
   * How many papers are saved, when known without reading the store: IndexedDB's count() walks the
   * whole store (~20 ms for 10,000 in Chrome), which the popup's first page must not pay each time.
   */
  knownTotal(): number | undefined {
    if (this.rows && this.dirty.size === 0) return this.rows.size;
    return this.counted?.version === this.version ? this.counted.total : undefined;
  }

  /** Keeps a count read at `version` (from `countVersion()` before the read) unless something changed since. */
  rememberTotal(version: number, total: number): void {
    if (version === this.version) this.counted = { version, total };
  }

  countVersion(): number {
    return this.version;
  }

  /** Every row, current as of the last committed write. */
  async all(db: Db): Promise<Row[]> {
    while (!this.rows) await (this.loading ??= this.load(db));
    const rows = this.dirty.size ? await this.refresh(db, this.rows) : this.rows;
    return [...rows.values()];
  }

  /** These papers were written or removed. */
  changed(ids: readonly string[]): void {
    this.version++;
    for (const id of ids) this.dirty.add(id);
  }

  /** The whole store changed (cleared). */
  reset(): void {
    this.version++;
    this.generation++;
    this.rows = undefined;
    this.loading = undefined;
    this.dirty.clear();
  }

  private async load(db: Db): Promise<void> {
    const generation = this.generation;
    try {
      const records = await db.getAll('saved');
      // A reset during the read makes this result stale: the caller's loop reads again.
      if (generation === this.generation) this.rows = new Map(records.map((s) => [s.id, rowOf(s)]));
    } finally {
      if (generation === this.generation) this.loading = undefined;
    }
  }

  private async refresh(db: Db, rows: Map<string, Row>): Promise<Map<string, Row>> {
    const ids = [...this.dirty];
    this.dirty.clear();
    const tx = db.transaction('saved');
    const records = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    ids.forEach((id, i) => {
      const record = records[i];
      if (record) rows.set(id, rowOf(record));
      else rows.delete(id);
    });
    return rows;
  }
}
