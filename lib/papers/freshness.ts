/**
 * How old a cache entry may be before it is asked for again, per source (DESIGN §2, §3). Stale data is
 * still served at once (and refreshed behind); only missing data is waited for.
 */
import type { Paper } from './schema';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** arXiv metadata changes with new versions: a week keeps requests rare and versions reasonably current. */
export const ARXIV_TTL_MS = 7 * DAY;
/** HF counts (upvotes, stars, comments) move within hours while a paper is trending. */
export const HF_TTL_MS = 6 * HOUR;
/** An id a source did not know is not asked again for a day (new papers can take that long to appear). */
export const NOT_FOUND_TTL_MS = DAY;

export type Source = 'arxiv' | 'hf';
export type SourceState = 'fresh' | 'stale' | 'not-found' | 'missing';

const TTL: Record<Source, number> = { arxiv: ARXIV_TTL_MS, hf: HF_TTL_MS };

export function sourceState(paper: Paper | undefined, source: Source, now: number): SourceState {
  const fetched = paper?.fetchedAt[source];
  const missed = paper?.notFound?.[source];
  // The later of the two answers counts: a paper can appear after a miss.
  if (missed !== undefined && (fetched === undefined || missed >= fetched)) {
    return now - missed < NOT_FOUND_TTL_MS ? 'not-found' : 'missing';
  }
  if (fetched === undefined) return 'missing';
  return now - fetched < TTL[source] ? 'fresh' : 'stale';
}

/** Whether some source has described the paper (an entry may be a bare negative record). */
export function isDescribed(paper: Paper | undefined): paper is Paper {
  return !!paper && (paper.fetchedAt.arxiv !== undefined || paper.fetchedAt.hf !== undefined) && paper.title !== '';
}
