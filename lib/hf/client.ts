/**
 * Hugging Face API, through its own polite lane (separate from arXiv's: different host, different
 * limits). Paper extras come from `/api/papers/<id>`; daily listings from `/api/daily_papers`, ready
 * for the alerts issue. Never throws.
 */
import { parseArxivRef } from '../arxiv/id';
import type { PoliteQueue } from '../net/polite-queue';
import { type EmbeddedPaper, EmbeddedPaperSchema } from '../papers/schema';
import { type HfDailyItem, HfDailyItemSchema, type HfPaper, HfPaperSchema } from './schema';

export const HF_ORIGIN = 'https://huggingface.co';

export type HfPaperResult =
  | { kind: 'found'; paper: EmbeddedPaper }
  /** 404: the paper is not on the Hub (cached as such by the caller). */
  | { kind: 'not-found' }
  | { kind: 'error'; error: string };

/**
 * The product's view of an HF paper (the same shape the listing's embedded data takes), keyed by the
 * canonical arXiv id. `numComments` lives on the daily item, or on the flat paper object.
 */
export function toEmbeddedPaper(paper: HfPaper, item?: Pick<HfDailyItem, 'numComments'>): EmbeddedPaper | undefined {
  const id = parseArxivRef(paper.id)?.id;
  if (!id) return undefined;
  const parsed = EmbeddedPaperSchema.safeParse({
    id,
    title: paper.title?.replace(/\s+/g, ' ').trim(),
    summary: paper.summary?.trim(),
    authors: paper.authors,
    publishedAt: paper.publishedAt,
    upvotes: paper.upvotes,
    aiSummary: paper.ai_summary,
    aiKeywords: paper.ai_keywords,
    githubRepo: paper.githubRepo,
    githubStars: paper.githubStars,
    projectPage: paper.projectPage,
    numComments: item?.numComments ?? paper.numComments,
  });
  return parsed.success ? parsed.data : undefined;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

export async function fetchHfPaper(queue: PoliteQueue, id: string): Promise<HfPaperResult> {
  const result = await queue.request(`${HF_ORIGIN}/api/papers/${encodeURIComponent(id)}`);
  if (!result.ok) return { kind: 'error', error: `${result.failure.kind}: ${result.failure.message}` };
  const { status, body } = result.response;
  if (status === 404) return { kind: 'not-found' };
  if (status !== 200) return { kind: 'error', error: `HTTP ${status} from Hugging Face` };
  const parsed = HfPaperSchema.safeParse(parseJson(body));
  if (!parsed.success) return { kind: 'error', error: `unexpected paper JSON: ${parsed.error.issues[0]?.message}` };
  const paper = toEmbeddedPaper(parsed.data);
  if (!paper || paper.id !== id) return { kind: 'error', error: `answer describes ${parsed.data.id}, not ${id}` };
  return { kind: 'found', paper };
}

export interface DailyPapersQuery {
  /** One of date (YYYY-MM-DD), week (YYYY-Www) or month (YYYY-MM); none means today's. */
  date?: string;
  week?: string;
  month?: string;
  limit?: number;
  /** Page number, from 0. */
  p?: number;
}

export type DailyPapersResult =
  | { ok: true; items: HfDailyItem[]; papers: EmbeddedPaper[]; invalid: number }
  | { ok: false; error: string };

export function dailyPapersUrl(query: DailyPapersQuery): string {
  const params = new URLSearchParams();
  for (const key of ['date', 'week', 'month', 'limit', 'p'] as const) {
    const value = query[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return `${HF_ORIGIN}/api/daily_papers?${params}`;
}

/** Items that do not parse are counted and skipped; the rest of the page still counts. */
export async function fetchDailyPapers(queue: PoliteQueue, query: DailyPapersQuery): Promise<DailyPapersResult> {
  const result = await queue.request(dailyPapersUrl(query));
  if (!result.ok) return { ok: false, error: `${result.failure.kind}: ${result.failure.message}` };
  const { status, body } = result.response;
  if (status !== 200) return { ok: false, error: `HTTP ${status} from Hugging Face` };
  const json = parseJson(body);
  if (!Array.isArray(json)) return { ok: false, error: 'daily papers answer is not a JSON array' };
  const items: HfDailyItem[] = [];
  const papers: EmbeddedPaper[] = [];
  let invalid = 0;
  for (const raw of json) {
    const parsed = HfDailyItemSchema.safeParse(raw);
    const paper = parsed.success ? toEmbeddedPaper(parsed.data.paper, parsed.data) : undefined;
    if (!parsed.success || !paper) {
      invalid++;
      continue;
    }
    items.push(parsed.data);
    papers.push(paper);
  }
  return { ok: true, items, papers, invalid };
}
