// A stand-in for export.arxiv.org built from the real captures. Known entries are cut out of the
// fixture files verbatim; an id no capture holds gets a real entry (2201.13452, in the requested
// format) with only the id changed, so bulk tests still parse the servers' exact markup. The mock
// reads the id with its own simple pattern, not the product's parser, so it cannot share its bugs.
import type { Clock } from '../../lib/net/clock';
import type { FetchLike, ResponseLike } from '../../lib/net/polite-queue';
import { listFixtures, readFixture } from './fixtures';

export type Format = 'new' | 'old';
export interface Reply {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Virtual milliseconds the server takes to answer. */
  latencyMs?: number;
}
export type Behaviour = Reply | 'network-error' | 'hang';

const ENTRY_RE = /<entry[\s>][\s\S]*?<\/entry>/g;
const ABS_ID_RE = /<id[^>]*>https?:\/\/arxiv\.org\/abs\/(.+?)v(\d+)<\/id>/;

function entriesByFormat(format: Format): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of listFixtures('arxiv-api').filter((f) => f.startsWith(format + '-'))) {
    for (const block of readFixture(`arxiv-api/${file}`).match(ENTRY_RE) ?? []) {
      const id = ABS_ID_RE.exec(block)?.[1];
      if (id && !out.has(id)) out.set(id, block);
    }
  }
  return out;
}

const FEEDS = {
  new: readFixture('arxiv-api/new-2025-11-11_query_missing_id.xml'),
  old: readFixture('arxiv-api/old-2025-08_query_missing_id.xml'),
};
const head = (format: Format) => FEEDS[format].slice(0, FEEDS[format].search(ENTRY_RE));
// The old server's stand-in for an unknown id: the first (empty) entry of its missing-id capture.
const PLACEHOLDER = FEEDS.old.match(ENTRY_RE)![0];

export class ArxivMock {
  readonly requests: { url: string; ids: string[]; at: number }[] = [];
  readonly served = new Map<string, number>();
  inFlight = 0;
  maxInFlight = 0;
  private script: Behaviour[] = [];
  private readonly entries: Map<string, string>;

  constructor(
    private readonly clock: Clock,
    private readonly options: { format?: Format; unknown?: Iterable<string> } = {},
  ) {
    this.entries = entriesByFormat(options.format ?? 'new');
  }

  /** The next requests get these behaviours, in order; after them, normal answers. */
  queue(...behaviours: Behaviour[]): this {
    this.script.push(...behaviours);
    return this;
  }

  /** Start times of the requests, and the gaps between consecutive starts. */
  get starts(): number[] {
    return this.requests.map((r) => r.at);
  }
  get gaps(): number[] {
    return this.starts.slice(1).map((t, i) => t - this.starts[i]!);
  }

  feed(ids: string[]): string {
    const format = this.options.format ?? 'new';
    const unknown = new Set(this.options.unknown ?? []);
    const template = this.entries.get('2201.13452')!;
    const blocks = ids.map((id) => {
      if (unknown.has(id)) return format === 'old' ? PLACEHOLDER : '';
      this.served.set(id, (this.served.get(id) ?? 0) + 1);
      return this.entries.get(id) ?? template.replaceAll('2201.13452', id);
    });
    return head(format) + blocks.filter(Boolean).join('\n  ') + '\n</feed>\n';
  }

  readonly fetch: FetchLike = async (url, init) => {
    const ids = new URL(url).searchParams.get('id_list')?.split(',') ?? [];
    this.requests.push({ url, ids, at: this.clock.now() });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const behaviour = this.script.shift() ?? {};
      if (behaviour === 'network-error') throw new TypeError('fetch failed');
      if (behaviour === 'hang') {
        return await new Promise<ResponseLike>((_, reject) =>
          init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }
      if (behaviour.latencyMs) await this.clock.sleep(behaviour.latencyMs);
      const body = behaviour.body ?? this.feed(ids);
      return new Response(body, { status: behaviour.status ?? 200, headers: behaviour.headers });
    } finally {
      this.inFlight--;
    }
  };
}
