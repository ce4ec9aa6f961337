/**
 * The newest Hugging Face daily papers: today's and yesterday's lists (UTC dates, as the Hub names
 * its days), through the Hugging Face lane. Yesterday is read too because a day's list keeps growing
 * after our last look at it, and "today" starts empty at midnight. Only dates leave the browser.
 */
import { fetchDailyPapers } from '../hf/client';
import type { PoliteQueue } from '../net/polite-queue';
import type { EmbeddedPaper } from '../papers/schema';

/** Items per request; the Hub's lists are a few dozen a day, so one page is the rule. */
export const DAILY_PAGE_SIZE = 100;
/** A day with more than this many pages is not a daily list any more: stop there. */
export const MAX_PAGES_PER_DAY = 3;

const DAY_MS = 24 * 3600_000;

/** `YYYY-MM-DD` of the UTC day `ms` falls in. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export type DailyResult = { ok: true; papers: EmbeddedPaper[]; dates: string[]; invalid: number } | { ok: false; error: string };

export async function fetchRecentDailyPapers(queue: PoliteQueue, now: number): Promise<DailyResult> {
  const dates = [utcDate(now), utcDate(now - DAY_MS)];
  const byId = new Map<string, EmbeddedPaper>();
  let invalid = 0;
  for (const date of dates) {
    for (let p = 0; p < MAX_PAGES_PER_DAY; p++) {
      const page = await fetchDailyPapers(queue, { date, limit: DAILY_PAGE_SIZE, p: p === 0 ? undefined : p });
      if (!page.ok) return { ok: false, error: `Hugging Face daily papers of ${date}: ${page.error}` };
      invalid += page.invalid;
      // Today's entry wins over yesterday's for a paper listed on both (it is the fresher copy).
      for (const paper of page.papers) if (!byId.has(paper.id)) byId.set(paper.id, paper);
      if (page.items.length + page.invalid < DAILY_PAGE_SIZE) break;
    }
  }
  return { ok: true, papers: [...byId.values()], dates, invalid };
}
