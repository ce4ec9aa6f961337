// rss.arxiv.org: `/rss/<cats>` and `/atom/<cats>` from a table a spec fills in, with the conditional-GET
// behaviour (ETag / Last-Modified → 304) the alert poller relies on (DESIGN §5.2).
import { get, type Handler } from '../server';

export interface Feed {
  body: string;
  /** HTTP date, e.g. `Mon, 17 Nov 2025 05:00:00 GMT`. */
  lastModified?: string;
  etag?: string;
}

/** Feeds keyed by `rss/cs.LG`, `atom/cs.LG+stat.ML`, …; unknown feeds answer 404. */
export type FeedTable = Map<string, Feed>;

export function rssHandlers(feeds: FeedTable): Handler[] {
  return [
    get(/^\/((?:rss|atom)\/[\w.+-]+)$/, (req, [, key = '']) => {
      const feed = feeds.get(key);
      if (!feed) return { status: 404, body: 'feed not found' };
      const headers: Record<string, string> = {
        'content-type': key.startsWith('rss') ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
        ...(feed.etag ? { etag: feed.etag } : {}),
        ...(feed.lastModified ? { 'last-modified': feed.lastModified } : {}),
      };
      const etagHit = feed.etag !== undefined && req.headers['if-none-match'] === feed.etag;
      const dateHit = feed.lastModified !== undefined && req.headers['if-modified-since'] === feed.lastModified;
      return etagHit || dateHit ? { status: 304, headers } : { status: 200, headers, body: feed.body };
    }),
  ];
}
