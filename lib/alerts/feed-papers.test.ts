import { describe, expect, it } from 'vitest';
import type { CachedPaper } from '../db/schema';
import { ARXIV_TTL_MS } from '../papers/freshness';
import { mergeAnnounced } from './feed-papers';
import type { RssItem } from './rss-parse';

const NOW = Date.UTC(2024, 1, 23, 12);
const item: RssItem = {
  id: '2402.10002',
  version: 2,
  announceType: 'replace',
  title: 'Zeroth-order methods for black-box control',
  abstract: 'Derivative-free optimization.',
  authors: ['A. N. Author'],
  categories: ['eess.SY', 'math.OC'],
};
const described = (fetchedAt: CachedPaper['fetchedAt'], version?: number): CachedPaper => ({
  id: item.id,
  ...(version ? { version } : {}),
  title: 'Old title',
  authors: ['Someone'],
  abstract: 'Old abstract',
  categories: ['math.OC'],
  published: '2024-02-20T00:00:00Z',
  fetchedAt,
  cachedAt: 1,
});

describe('mergeAnnounced: a feed item into the paper cache', () => {
  it('gives an unknown paper the feed’s text without claiming a source, so the first lookup still asks arXiv', () => {
    expect(mergeAnnounced(undefined, item, NOW)).toEqual({
      id: item.id,
      version: 2,
      title: item.title,
      abstract: item.abstract,
      authors: item.authors,
      categories: item.categories,
      fetchedAt: {},
      cachedAt: NOW,
    });
  });

  it('lifts an earlier "arXiv does not know it" (the API lags the announcement), keeping other sources’ notes', () => {
    const negative: CachedPaper = { id: item.id, title: '', authors: [], abstract: '', categories: [], fetchedAt: {}, notFound: { arxiv: NOW - 1000, hf: NOW - 1000 }, cachedAt: 1 };
    expect(mergeAnnounced(negative, item, NOW)).toMatchObject({ title: item.title, notFound: { hf: NOW - 1000 } });
    expect(mergeAnnounced({ ...negative, notFound: { arxiv: 1 } }, item, NOW)?.notFound).toBeUndefined();
  });

  it('leaves a described paper alone, unless the feed announces a newer version than arXiv described: then it is due for refresh', () => {
    expect(mergeAnnounced(described({ arxiv: NOW - 1000 }, 2), item, NOW)).toBeUndefined();
    expect(mergeAnnounced(described({ hf: NOW - 1000 }), item, NOW)).toBeUndefined();
    const stale = mergeAnnounced(described({ arxiv: NOW - 1000, hf: NOW - 5 }, 1), item, NOW);
    expect(stale).toEqual({ ...described({ arxiv: NOW - ARXIV_TTL_MS, hf: NOW - 5 }, 1), cachedAt: NOW });
    // Already due: nothing to write.
    expect(mergeAnnounced(described({ arxiv: NOW - ARXIV_TTL_MS - 1 }, 1), item, NOW)).toBeUndefined();
  });
});
