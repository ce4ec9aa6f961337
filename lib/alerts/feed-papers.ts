/**
 * Papers announced in an arXiv feed, into the paper cache, so the popup can show an alert's title,
 * authors and abstract without a request.
 *
 * A feed item is arXiv's own text, but not a full description: no dates, DOI, journal reference or
 * primary category. So it is stored without claiming a source (`fetchedAt` untouched): the record
 * has something to show, and the first lookup that needs arXiv's fields (hover, save) still fetches
 * them, as for any paper arXiv has not described (lib/papers/freshness.ts `isDescribed`). Claiming
 * `fetchedAt.arxiv` would let a save snapshot a paper without its dates.
 *
 * A paper some source already described keeps its record; when the feed announces a newer version
 * than arXiv described, that description is marked due for refresh, so the next lookup brings it.
 */
import type { DbProvider } from '../db/connection';
import { withQuotaRetry } from '../db/quota';
import type { CachedPaper } from '../db/schema';
import { ARXIV_TTL_MS, isDescribed } from '../papers/freshness';
import type { RssItem } from './rss-parse';

export function mergeAnnounced(existing: CachedPaper | undefined, item: RssItem, now: number): CachedPaper | undefined {
  if (existing && isDescribed(existing)) {
    const arxivAt = existing.fetchedAt.arxiv;
    const newer = item.version !== undefined && existing.version !== undefined && item.version > existing.version;
    if (!newer || arxivAt === undefined || arxivAt <= now - ARXIV_TTL_MS) return undefined;
    return { ...existing, fetchedAt: { ...existing.fetchedAt, arxiv: now - ARXIV_TTL_MS }, cachedAt: now };
  }
  const record: CachedPaper = {
    ...(existing ?? { id: item.id, fetchedAt: {} }),
    id: item.id,
    title: item.title,
    abstract: item.abstract,
    authors: item.authors,
    categories: item.categories,
    cachedAt: now,
  };
  if (item.version !== undefined) record.version = item.version;
  // The feed proves arXiv knows the paper: an earlier "not found" (the API lags the announcement) goes.
  if (record.notFound?.arxiv !== undefined) {
    const { arxiv: _gone, ...rest } = record.notFound;
    if (Object.keys(rest).length) record.notFound = rest;
    else delete record.notFound;
  }
  return record;
}

/** Stores the items (idempotent: a re-run writes the same records). */
export async function storeAnnounced(db: DbProvider, items: readonly RssItem[], now: number, log?: (m: string) => void): Promise<void> {
  if (items.length === 0) return;
  await withQuotaRetry(
    db,
    async (d) => {
      const tx = d.transaction('papers', 'readwrite');
      for (const item of items) {
        const next = mergeAnnounced(await tx.store.get(item.id), item, now);
        if (next) await tx.store.put(next);
      }
      await tx.done;
    },
    log,
  );
}
