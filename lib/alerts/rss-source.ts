/**
 * One arXiv category feed, fetched conditionally through the arXiv lane (the feeds share the API's
 * terms of use, DESIGN §5.2). A feed changes once a day and is polled hourly, so every request after
 * the first carries the validators of the last answer (`If-None-Match`, `If-Modified-Since`) and a
 * 304 costs arXiv next to nothing. The validators are kept by the caller, and stored only once what
 * the feed brought is stored: a worker stopped in between asks again and gets the feed again.
 *
 * One request per category rather than arXiv's joined `a+b` feeds: each feed keeps its own
 * validators, and a mistyped category costs only itself.
 */
import type { PoliteQueue } from '../net/polite-queue';
import { parseArxivRss, type RssItem } from './rss-parse';

export const RSS_ORIGIN = 'https://rss.arxiv.org';

export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export type FeedResult =
  | { kind: 'not-modified' }
  | { kind: 'feed'; items: RssItem[]; skipped: number; validators: FeedValidators }
  /** arXiv has no such feed (404): asking again will not help, so it is not a failed run. */
  | { kind: 'unknown-category'; error: string }
  | { kind: 'error'; error: string; retryAt?: number };

export const feedUrl = (category: string) => `${RSS_ORIGIN}/rss/${encodeURIComponent(category)}`;

function conditionalHeaders(v: FeedValidators | undefined): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  if (v?.etag) headers['If-None-Match'] = v.etag;
  if (v?.lastModified) headers['If-Modified-Since'] = v.lastModified;
  return Object.keys(headers).length ? headers : undefined;
}

export async function fetchFeed(queue: PoliteQueue, category: string, validators?: FeedValidators): Promise<FeedResult> {
  const result = await queue.request(feedUrl(category), conditionalHeaders(validators));
  if (!result.ok) {
    const { kind, message, retryAt } = result.failure;
    return { kind: 'error', error: `arXiv feed ${category}: ${kind}: ${message}`, retryAt };
  }
  const { status, headers, body } = result.response;
  if (status === 304) return { kind: 'not-modified' };
  if (status === 404) return { kind: 'unknown-category', error: `arXiv has no feed for the category ${category}` };
  if (status !== 200) return { kind: 'error', error: `arXiv feed ${category}: HTTP ${status}` };
  const feed = parseArxivRss(body);
  if (!feed.ok) return { kind: 'error', error: `arXiv feed ${category}: ${feed.error}` };
  const next: FeedValidators = {};
  const etag = headers.get('etag')?.trim();
  const lastModified = headers.get('last-modified')?.trim();
  // Header values are remote input that goes back out as a header: keep only sane ones.
  if (etag && etag.length <= 200 && !/[\r\n]/.test(etag)) next.etag = etag;
  if (lastModified && lastModified.length <= 100 && !/[\r\n]/.test(lastModified)) next.lastModified = lastModified;
  return { kind: 'feed', items: feed.items, skipped: feed.skipped, validators: next };
}
