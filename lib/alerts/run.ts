/**
 * One alert check: gather what is new (Hugging Face daily papers, the followed arXiv feeds, new
 * versions of saved papers), match it against the rules with one compiled matcher, store the hits.
 *
 * A run may be cut off anywhere (Chrome stops an idle worker; the browser closes) and is then simply
 * run again. Each source's result is committed in one transaction together with the bookkeeping that
 * says it was taken in (a feed's validators, a version, the weekly pass's cursor), and storing a hit
 * twice creates nothing the second time (alert-store.ts). So a re-run loses nothing and counts
 * nothing twice: it refetches what was not committed and finds the rest already stored.
 *
 * A source that fails does not stop the others, except that after an arXiv failure the rest of the
 * arXiv work waits for the retry: the lane is closed until then, and waiting here would be sleeping
 * in the worker.
 */
import type { DbProvider } from '../db/connection';
import { writeTx } from '../library/tx';
import type { Clock } from '../net/clock';
import type { PoliteQueue } from '../net/polite-queue';
import { createPaperStore } from '../papers/paper-store';
import type { PaperService } from '../papers/service';
import { creationOrder } from '../rules-store/service';
import { compileRules, type Matcher, rulesNeedCategories } from '../rules';
import type { Settings } from '../settings/settings';
import { ALERT_TX_STORES, recordHits } from './alert-store';
import { storeAnnounced } from './feed-papers';
import { fetchRecentDailyPapers } from './hf-daily-source';
import { matchHits } from './match-hits';
import { getMeta, metaKey, readValidators } from './meta';
import { fetchFeed } from './rss-source';
import { checkSavedVersions, noteVersion } from './version-check';

/** How long a run waits for categories of Hugging Face papers when a rule needs them. */
export const CATEGORY_WAIT_MS = 20_000;

export interface RunDeps {
  db: DbProvider;
  clock: Clock;
  papers: PaperService;
  arxivQueue: PoliteQueue;
  hfQueue: PoliteQueue;
  settings: Settings;
  /** Renews the backstop alarm before each step that may take a while. */
  keepAlive: () => Promise<void>;
  log?: (message: string) => void;
}

export interface RunFailure {
  /** `run`: something other than a source failed (the database, say). */
  source: 'hf-daily' | 'arxiv-rss' | 'saved-version' | 'run';
  error: string;
  /** When the failing lane opens again, if it said. */
  retryAt?: number;
}

export interface RunResult {
  /** Papers whose alert is new (or, for saved papers, newly raised) in this run. */
  newIds: string[];
  failures: RunFailure[];
}

export async function runCheck(deps: RunDeps): Promise<RunResult> {
  const { db, settings } = deps;
  const d = await db.get();
  const rules = (await d.getAll('rules')).filter((r) => r.enabled).sort(creationOrder);
  const matcher = compileRules(rules);
  const hasSaved = (await d.count('saved')) > 0;
  const matching = matcher.rules.length > 0;
  const result: RunResult = { newIds: [], failures: [] };

  if (settings.alertHfDaily && matching) await hfDaily(deps, matcher, result);
  let arxivOpen = true;
  if (matching || hasSaved) {
    for (const category of settings.alertCategories) {
      arxivOpen = await feed(deps, matcher, category, result);
      if (!arxivOpen) break;
    }
  }
  if (arxivOpen && hasSaved) {
    const versions = await checkSavedVersions(deps);
    result.newIds.push(...versions.newIds);
    if ('error' in versions) result.failures.push({ source: 'saved-version', error: versions.error, retryAt: versions.retryAt });
  }
  result.newIds = [...new Set(result.newIds)];
  return result;
}

async function hfDaily(deps: RunDeps, matcher: Matcher, result: RunResult): Promise<void> {
  const { db, clock, papers } = deps;
  await deps.keepAlive();
  const daily = await fetchRecentDailyPapers(deps.hfQueue, clock.now());
  if (!daily.ok) return void result.failures.push({ source: 'hf-daily', error: daily.error });
  if (daily.papers.length === 0) return;
  await papers.putEmbeddedPapers(daily.papers);
  const ids = daily.papers.map((p) => p.id);
  const store = createPaperStore(db);
  let cached = await store.getMany(ids);
  if (rulesNeedCategories(matcher)) {
    const lacking = ids.filter((id) => !cached.get(id)?.categories.length);
    if (lacking.length) {
      await deps.keepAlive();
      await papers.getPapers(lacking, { arxiv: true, maxWaitMs: CATEGORY_WAIT_MS });
      cached = await store.getMany(ids);
    }
  }
  const hits = matchHits(
    matcher,
    daily.papers.map((p) => ({ id: p.id, paper: cached.get(p.id) ?? { title: p.title, abstract: p.summary, authors: p.authors } })),
  );
  const now = clock.now();
  const fresh = await writeTx(db, ALERT_TX_STORES, (tx) => recordHits(tx, hits, 'hf-daily', now), 'the alerts were not stored', deps.log);
  result.newIds.push(...fresh);
}

/** One category's feed; answers false when the arXiv lane failed (the rest of arXiv waits). */
async function feed(deps: RunDeps, matcher: Matcher, category: string, result: RunResult): Promise<boolean> {
  const { db, clock, settings } = deps;
  await deps.keepAlive();
  const answer = await fetchFeed(deps.arxivQueue, category, readValidators(await getMeta(db, metaKey.feed(category))));
  if (answer.kind === 'not-modified') return true;
  if (answer.kind === 'unknown-category') {
    deps.log?.(answer.error);
    return true;
  }
  if (answer.kind === 'error') {
    result.failures.push({ source: 'arxiv-rss', error: answer.error, retryAt: answer.retryAt });
    return false;
  }
  const types = new Set<string>(settings.alertAnnounceTypes);
  const items = answer.items;
  const cached = await createPaperStore(db).getMany(items.map((i) => i.id));
  // The feed's text, plus whatever Hugging Face said of the paper (AI summary and keywords match too).
  const candidates = items
    .filter((i) => i.announceType !== undefined && types.has(i.announceType))
    .map((i) => ({ id: i.id, paper: { ...i, aiSummary: cached.get(i.id)?.aiSummary, aiKeywords: cached.get(i.id)?.aiKeywords } }));
  const hits = matchHits(matcher, candidates);
  const savedIds = new Set(await (await db.get()).getAllKeys('saved'));
  const versioned = items.filter((i) => i.version !== undefined && savedIds.has(i.id));
  const keep = new Set([...hits.map((h) => h.paperId), ...versioned.map((i) => i.id)]);
  const now = clock.now();
  await storeAnnounced(db, items.filter((i) => keep.has(i.id)), now, deps.log);
  const fresh = await writeTx(
    db,
    ALERT_TX_STORES,
    async (tx) => {
      // Versions first: a raised alert takes the rules matched below (and a dismissed one comes back).
      const out: string[] = [];
      for (const item of versioned) if (await noteVersion(tx, item.id, item.version!, now)) out.push(item.id);
      out.push(...(await recordHits(tx, hits, 'arxiv-rss', now)));
      // Last, in the same transaction: the feed counts as taken in only with its alerts stored.
      await tx.objectStore('meta').put({ key: metaKey.feed(category), value: answer.validators });
      return out;
    },
    'the alerts were not stored',
    deps.log,
  );
  result.newIds.push(...fresh);
  return true;
}
