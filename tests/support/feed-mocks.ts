// Stand-ins for rss.arxiv.org (feeds per category, with the conditional-GET behaviour of DESIGN §5.2)
// and for huggingface.co/api/daily_papers (items per date, built from the real captured item), with
// scripted failures and a log of every request. They read the request with their own simple code,
// not the product's, so they cannot share its bugs.
import type { Clock } from '../../lib/net/clock';
import type { FetchLike, ResponseLike } from '../../lib/net/polite-queue';
import type { Behaviour } from './arxiv-mock';
import { readFixture } from './fixtures';

export interface Feed {
  body: string;
  etag?: string;
  lastModified?: string;
}

async function scripted(behaviour: Behaviour, clock: Clock, signal: AbortSignal, normal: () => Response): Promise<ResponseLike> {
  if (behaviour === 'network-error') throw new TypeError('fetch failed');
  if (behaviour === 'hang') {
    return new Promise<ResponseLike>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  }
  if (behaviour.latencyMs) await clock.sleep(behaviour.latencyMs);
  if (behaviour.status === undefined && behaviour.body === undefined) return normal();
  return new Response(behaviour.body ?? '', { status: behaviour.status ?? 200, headers: behaviour.headers });
}

/** rss.arxiv.org: `/rss/<category>` from `feeds`; unknown categories answer 404 as arXiv does. */
export class RssMock {
  readonly feeds = new Map<string, Feed>();
  readonly requests: { category: string; headers: Record<string, string>; at: number }[] = [];
  private script: Behaviour[] = [];

  constructor(private readonly clock: Clock) {}

  queue(...behaviours: Behaviour[]): this {
    this.script.push(...behaviours);
    return this;
  }

  readonly fetch: FetchLike = async (url, init) => {
    const category = decodeURIComponent(new URL(url).pathname.replace(/^\/rss\//, ''));
    const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    this.requests.push({ category, headers, at: this.clock.now() });
    return scripted(this.script.shift() ?? {}, this.clock, init.signal, () => {
      const feed = this.feeds.get(category);
      if (!feed) return new Response('feed not found', { status: 404 });
      const validators: Record<string, string> = {
        ...(feed.etag ? { etag: feed.etag } : {}),
        ...(feed.lastModified ? { 'last-modified': feed.lastModified } : {}),
      };
      const hit = (feed.etag && headers['if-none-match'] === feed.etag) || (feed.lastModified && headers['if-modified-since'] === feed.lastModified);
      if (hit) return new Response(null, { status: 304, headers: validators });
      return new Response(feed.body, { status: 200, headers: { 'content-type': 'application/rss+xml', ...validators } });
    });
  };
}

const CAPTURED_ITEM = JSON.parse(readFixture('hf/daily_papers_item_2602.23229.json')) as { paper: Record<string, unknown> } & Record<string, unknown>;

/** The captured daily-papers item (real shape, every field), with another id and whatever else is given. */
export function dailyItem(id: string, paper: Record<string, unknown> = {}): Record<string, unknown> {
  const item = structuredClone(CAPTURED_ITEM);
  Object.assign(item.paper, { id }, paper);
  if (typeof paper.title === 'string') item.title = paper.title;
  if (typeof paper.summary === 'string') item.summary = paper.summary;
  return item;
}

/** huggingface.co/api/daily_papers?date=…&limit=…&p=…, answered from `days`; other HF paths 404. */
export class HfDailyMock {
  readonly days = new Map<string, Record<string, unknown>[]>();
  readonly requests: { url: string; date: string | null; at: number }[] = [];
  private script: Behaviour[] = [];

  constructor(private readonly clock: Clock) {}

  queue(...behaviours: Behaviour[]): this {
    this.script.push(...behaviours);
    return this;
  }

  readonly fetch: FetchLike = async (url, init) => {
    const u = new URL(url);
    const date = u.searchParams.get('date');
    this.requests.push({ url, date, at: this.clock.now() });
    return scripted(this.script.shift() ?? {}, this.clock, init.signal, () => {
      if (u.pathname !== '/api/daily_papers') return Response.json({ error: 'not found' }, { status: 404 });
      const limit = Number(u.searchParams.get('limit') ?? 50);
      const p = Number(u.searchParams.get('p') ?? 0);
      return Response.json((this.days.get(date ?? '') ?? []).slice(p * limit, (p + 1) * limit));
    });
  };
}
