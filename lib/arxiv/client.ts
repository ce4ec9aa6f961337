/**
 * arXiv metadata by id, through the polite lane (lib/net). One `id_list` request per batch of up to
 * 100 ids, always with `max_results` (the API's default of 10 applies to `id_list` too, DESIGN §5.2).
 *
 * A batch answer sorts every requested id into exactly one bucket, so the caller can settle each one:
 * - entries: arXiv described it;
 * - notFound: arXiv answered the query and left it out (new format) or sent a placeholder (old);
 * - rejected: arXiv refused it (its `Error` entry names it) or described it unreadably;
 * - retry: not answered because another id in the batch made the query fail; ask again without it.
 * A failed request (network, throttling, unusable body) is `ok: false`: every id stays owed.
 */
import type { PoliteQueue } from '../net/polite-queue';
import { atomDocumentError, parseArxivAtom } from './atom';
import type { ArxivEntry } from './entry';
import { isValidArxivId } from './id';

export const ARXIV_API = 'https://export.arxiv.org/api/query';
export const MAX_IDS_PER_REQUEST = 100;

export interface Rejected {
  id: string;
  reason: string;
}
export type ArxivBatch =
  | { ok: true; entries: ArxivEntry[]; notFound: string[]; rejected: Rejected[]; retry: string[] }
  | { ok: false; error: string; retryAt?: number };

/** Canonical ids are [a-z0-9.-/] only, so they go into the query as arXiv's own links write them. */
export function arxivQueryUrl(ids: readonly string[]): string {
  return `${ARXIV_API}?id_list=${ids.join(',')}&max_results=${ids.length}`;
}

/** One request for up to MAX_IDS_PER_REQUEST canonical ids. Never throws. */
export async function fetchArxivBatch(queue: PoliteQueue, ids: readonly string[]): Promise<ArxivBatch> {
  const requested = [...new Set(ids)].filter(isValidArxivId);
  const rejected: Rejected[] = [...new Set(ids)]
    .filter((id) => !isValidArxivId(id))
    .map((id) => ({ id, reason: 'not a canonical arXiv id' }));
  if (requested.length > MAX_IDS_PER_REQUEST) {
    return { ok: false, error: `at most ${MAX_IDS_PER_REQUEST} ids per request, got ${requested.length}` };
  }
  if (requested.length === 0) return { ok: true, entries: [], notFound: [], rejected, retry: [] };

  const result = await queue.request(arxivQueryUrl(requested));
  if (!result.ok) {
    const { kind, message, retryAt } = result.failure;
    return { ok: false, error: `${kind}: ${message}`, retryAt };
  }
  const { status, body } = result.response;
  // The new server answers a bad id with 400 and an Atom `Error` entry; the old one with 200.
  if (status !== 200 && status !== 400) return { ok: false, error: `HTTP ${status} from arXiv` };
  const parsed = parseArxivAtom(body);
  const docError = atomDocumentError(parsed);
  if (docError) return { ok: false, error: `${docError.kind}: ${docError.message}` };

  const wanted = new Set(requested);
  const entries = new Map<string, ArxivEntry>();
  for (const e of parsed.entries) if (wanted.has(e.id) && !entries.has(e.id)) entries.set(e.id, e);
  for (const e of parsed.errors) {
    if (e.kind === 'invalid-entry' && e.id && wanted.has(e.id) && !entries.has(e.id)) {
      rejected.push({ id: e.id, reason: e.message });
    } else if (e.kind === 'api-error' && e.id && wanted.has(e.id)) {
      rejected.push({ id: e.id, reason: e.message });
    }
  }
  const settled = new Set([...entries.keys(), ...rejected.map((r) => r.id)]);
  const rest = requested.filter((id) => !settled.has(id));
  const apiErrors = parsed.errors.filter((e) => e.kind === 'api-error');
  if (apiErrors.length > 0 || status === 400) {
    // The query as a whole failed: the ids it did not name are not "unknown", just unanswered.
    if (!rejected.some((r) => wanted.has(r.id))) {
      const why = apiErrors.map((e) => e.message).join('; ') || 'HTTP 400 without an error entry';
      return { ok: false, error: `arXiv refused the query: ${why}` };
    }
    return { ok: true, entries: [...entries.values()], notFound: [], rejected, retry: rest };
  }
  return { ok: true, entries: [...entries.values()], notFound: rest, rejected, retry: [] };
}

export interface ArxivMetadata {
  entries: ArxivEntry[];
  notFound: string[];
  rejected: Rejected[];
  /** Ids no request could settle this time (network, throttling, refused queries). */
  failed: string[];
}

/**
 * Metadata for any number of canonical ids: batches of 100, one after another through the lane, and
 * one more round for ids held back by a refused id in their batch.
 */
export async function fetchArxivMetadata(queue: PoliteQueue, ids: readonly string[]): Promise<ArxivMetadata> {
  const out: ArxivMetadata = { entries: [], notFound: [], rejected: [], failed: [] };
  let todo = [...new Set(ids)];
  for (let round = 0; todo.length > 0 && round < 2; round++) {
    const again: string[] = [];
    for (let i = 0; i < todo.length; i += MAX_IDS_PER_REQUEST) {
      const batch = todo.slice(i, i + MAX_IDS_PER_REQUEST);
      const r = await fetchArxivBatch(queue, batch);
      if (!r.ok) {
        out.failed.push(...batch);
        continue;
      }
      out.entries.push(...r.entries);
      out.notFound.push(...r.notFound);
      out.rejected.push(...r.rejected);
      again.push(...r.retry);
    }
    todo = again;
  }
  out.failed.push(...todo);
  return out;
}
