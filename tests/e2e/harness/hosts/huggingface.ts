// huggingface.co API endpoints the background uses (DESIGN §5.3), answered from tables a spec fills in.
// (The site's pages come from the fixture index, at the URLs the fixture pages name.)
import { get, json, type Handler } from '../server';

/** What the mocked Hugging Face API knows. Specs fill it; everything else answers as the Hub does. */
export class HfApiTable {
  /** `/api/papers/<id>`: flat paper objects by arXiv id; absent ids get the Hub's 404. */
  readonly papers = new Map<string, Record<string, unknown>>();
  /** `/api/daily_papers`: items shaped like the listing's (`{ paper: {…}, numComments, … }`). */
  daily: Record<string, unknown>[] = [];
  /**
   * `/api/daily_papers?date=YYYY-MM-DD`: the list of that day. Once any day is set, a date without an
   * entry answers an empty list (as the Hub does for a day without papers); until then `daily` answers.
   */
  readonly dailyByDate = new Map<string, Record<string, unknown>[]>();
  /** `/api/papers/search?q=`: items returned for any query. */
  search: Record<string, unknown>[] = [];
}

export function hfApiHandlers(api: HfApiTable): Handler[] {
  return [
    get(/^\/api\/papers\/search$/, () => json(api.search)),
    get(/^\/api\/papers\/(\d{4}\.\d{4,5})$/, (_req, [, id]) => {
      const paper = id === undefined ? undefined : api.papers.get(id);
      return paper ? json(paper) : json({ error: 'Paper not found' }, 404);
    }),
    get(/^\/api\/daily_papers$/, (req) => {
      const date = req.url.searchParams.get('date');
      const items = date !== null && api.dailyByDate.size > 0 ? (api.dailyByDate.get(date) ?? []) : api.daily;
      return json(page(items, req.url.searchParams));
    }),
  ];
}

/** `limit` and zero-based page `p`, as the Hub pages its API. */
function page<T>(items: T[], params: URLSearchParams): T[] {
  const limit = Number(params.get('limit') ?? '50') || 50;
  const p = Number(params.get('p') ?? '0') || 0;
  return items.slice(p * limit, (p + 1) * limit);
}
