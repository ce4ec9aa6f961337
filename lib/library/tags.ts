/**
 * `library/tags`: every tag of the library with the number of saved papers carrying it, for the tag
 * filter and tag suggestions. Read from the in-memory rows (rows.ts), not the records, so after the
 * first listing it costs no database read. Tags are case-sensitive (merge.ts), so "PDE" and "pde" are
 * counted apart; they are ordered as a person reads a list, case- and accent-insensitively.
 */
import type { Row } from './rows';

export interface TagCount {
  tag: string;
  count: number;
}

const order = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function tagCounts(rows: readonly Pick<Row, 'tags'>[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => order.compare(a.tag, b.tag) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
