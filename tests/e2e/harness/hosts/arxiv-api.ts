// export.arxiv.org/api/query: answers id_list queries from a metadata table a spec fills in, rendered
// in either real Atom layout, with scripted failures and delays for the rate-limit paths (DESIGN §5.2).
import { renderAtom, renderIdError, type ArxivRecord, type AtomFormat, type AtomSlot } from '../atom';
import { get, text, type Handler, type Reply } from '../server';

/** Failure replies seen from arXiv in the wild. Queue them with `ArxivApiTable.failNext`. */
export const arxivFailures = {
  tooManyRequests: (): Reply => ({
    status: 429,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' },
    body: 'Too Many Requests',
  }),
  unavailable: (): Reply => ({ status: 503, headers: { 'content-type': 'text/html' }, body: '<h1>Service Unavailable</h1>' }),
  /** arXiv's soft limit: HTTP 200 with a plain-text body, which a naive client parses as an empty feed. */
  rateExceeded: (): Reply => text('Rate exceeded.', 200),
};

// Loose on purpose: the mock only has to tell "looks like an id" from garbage, as arXiv does.
const NEW_ID = /^\d{4}\.\d{4,5}(v\d+)?$/;
const OLD_ID = /^[a-z-]+(\.[A-Za-z-]+)?\/\d{7}(v\d+)?$/;

/** `math.GT/0309136v2` → `math/0309136`; `2201.13452v1` → `2201.13452`. */
function canonical(id: string): string {
  return id.replace(/v\d+$/, '').replace(/^([a-z-]+)\.[A-Za-z-]+\//, '$1/');
}

export class ArxivApiTable {
  readonly records = new Map<string, ArxivRecord>();
  /** Which live layout to answer in. */
  format: AtomFormat = 'new';
  /** Added to every successful answer. */
  delayMs = 0;
  readonly #failures: Reply[] = [];

  add(...records: ArxivRecord[]): this {
    for (const record of records) this.records.set(record.id, record);
    return this;
  }

  /** The next requests get these replies, one each, before normal service resumes. */
  failNext(...replies: Reply[]): this {
    this.#failures.push(...replies);
    return this;
  }

  /** Drops queued failures and the table, back to an empty, healthy, `new`-format API. */
  reset(): void {
    this.records.clear();
    this.#failures.length = 0;
    this.format = 'new';
    this.delayMs = 0;
  }

  answer(params: URLSearchParams): Reply {
    const failure = this.#failures.shift();
    if (failure) return failure;

    const idList = (params.get('id_list') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const query = {
      idList,
      start: Number(params.get('start') ?? '0') || 0,
      maxResults: Number(params.get('max_results') ?? '10') || 10, // arXiv's default applies to id_list too
    };
    const bad = idList.find((id) => !NEW_ID.test(id) && !OLD_ID.test(id));
    if (bad !== undefined) {
      return { ...atom(renderIdError(this.format, bad)), status: this.format === 'new' ? 400 : 200 };
    }
    const slots: AtomSlot[] = idList.map((requested) => {
      const record = this.records.get(canonical(requested));
      return record ? { record, requested } : { missing: requested };
    });
    return { ...atom(renderAtom(this.format, query, slots)), delayMs: this.delayMs };
  }
}

function atom(body: string): Reply {
  return { status: 200, headers: { 'content-type': 'application/atom+xml; charset=utf-8' }, body };
}

export function arxivApiHandlers(table: ArxivApiTable): Handler[] {
  return [get(/^\/api\/query$/, (req) => table.answer(req.url.searchParams))];
}

/** The ids asked for in logged `/api/query` paths, one array per request. */
export function requestedIds(paths: readonly string[]): string[][] {
  return paths.map((p) =>
    (new URL(p, 'https://export.arxiv.org').searchParams.get('id_list') ?? '').split(',').filter(Boolean),
  );
}
