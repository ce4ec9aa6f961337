/**
 * `rules/preview`: which of the papers this browser has met would a query match? The options page asks
 * while the user types a rule, so the answer has to come from what is cached (no request leaves the
 * machine) and be quick: the most recently cached papers (DESIGN §1 "cached and recently seen"),
 * matched with ONE compiled matcher from lib/rules, the same meaning of "matches" as highlighting and
 * alerts.
 *
 * - A query that does not parse answers the parser's error (position and problem), not a failure:
 *   the editor shows it in place as the user types.
 * - Only the newest `SCAN_LIMIT` cache entries are read (two requests: a key cursor that skips to the
 *   boundary, then one `getAll` above it), so a cache of 50,000 papers costs what one of 5,000 does.
 * - Entries without a title are negative cache entries or ids still being looked up: nothing to show
 *   and nothing to match (an exclusion-only rule would "match" every one of them).
 */
import type { DbProvider } from '../db/connection';
import type { CachedPaper } from '../db/schema';
import type { RulePreview } from '../messaging/types';
import type { Paper } from '../papers/schema';
import { compileRules, matchPaper, parseQuery } from '../rules';

export const SCAN_LIMIT = 5_000;
export const DEFAULT_PREVIEW_LIMIT = 20;

export interface PreviewOptions {
  limit?: number;
  /** How many of the newest cache entries to read (tests use a small one). */
  scanLimit?: number;
}

function strip({ cachedAt: _bookkeeping, ...paper }: CachedPaper): Paper {
  return paper;
}

/** The newest `count` cache entries, newest first. */
async function newestPapers(db: DbProvider, count: number): Promise<CachedPaper[]> {
  const tx = (await db.get()).transaction('papers');
  const index = tx.store.index('by-cachedAt');
  let boundary = await index.openKeyCursor(null, 'prev');
  if (boundary && count > 1) boundary = await boundary.advance(count - 1);
  // Fewer entries than `count`: read them all. Otherwise everything from the boundary's time on (ties
  // there may add a few, cut below).
  const rows = await index.getAll(boundary ? IDBKeyRange.lowerBound(boundary.key) : undefined);
  await tx.done;
  return rows.reverse().slice(0, count);
}

export async function previewQuery(db: DbProvider, query: string, options: PreviewOptions = {}): Promise<RulePreview> {
  const parsed = parseQuery(query);
  if (!parsed.ok) return { error: parsed.error, papers: [], matched: 0, scanned: 0 };
  const limit = options.limit ?? DEFAULT_PREVIEW_LIMIT;
  const matcher = compileRules([{ id: 'preview', query }]);
  const rows = await newestPapers(db, options.scanLimit ?? SCAN_LIMIT);
  const papers: Paper[] = [];
  let matched = 0;
  let scanned = 0;
  for (const row of rows) {
    if (!row.title) continue;
    scanned++;
    if (matchPaper(matcher, row, { terms: false }).matches.length === 0) continue;
    matched++;
    if (papers.length < limit) papers.push(strip(row));
  }
  return { papers, matched, scanned };
}
