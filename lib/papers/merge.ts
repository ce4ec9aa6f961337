/**
 * Pure merges of what a source says into a cache entry. Each source owns its fields: arXiv's answer
 * replaces the descriptive fields it carries; Hugging Face's fills them only until arXiv has spoken
 * (HF copies arXiv's text, sometimes edited) and owns the extras. Neither clobbers the other.
 */
import type { ArxivEntry } from '../arxiv/entry';
import type { CachedPaper } from '../db/schema';
import type { Source } from './freshness';
import type { EmbeddedPaper, SourceTimes } from './schema';

function blank(id: string): CachedPaper {
  return { id, title: '', authors: [], abstract: '', categories: [], fetchedAt: {}, cachedAt: 0 };
}

/** Drops keys whose value is undefined, so stored records carry only what is known. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

function without(times: SourceTimes | undefined, source: Source): SourceTimes | undefined {
  if (!times) return undefined;
  const { [source]: _dropped, ...rest } = times;
  return Object.keys(rest).length ? rest : undefined;
}

export function mergeArxiv(existing: CachedPaper | undefined, entry: ArxivEntry, now: number): CachedPaper {
  const base = existing ?? blank(entry.id);
  return compact({
    ...base,
    id: entry.id,
    version: entry.version,
    title: entry.title,
    authors: entry.authors.map((a) => a.name),
    abstract: entry.summary,
    categories: entry.categories,
    primaryCategory: entry.primaryCategory,
    published: entry.published,
    updated: entry.updated,
    doi: entry.doi,
    journalRef: entry.journalRef,
    comment: entry.comment,
    fetchedAt: { ...base.fetchedAt, arxiv: now },
    notFound: without(base.notFound, 'arxiv'),
    cachedAt: now,
  });
}

export function mergeHf(existing: CachedPaper | undefined, hf: EmbeddedPaper, now: number): CachedPaper {
  const base = existing ?? blank(hf.id);
  const arxivSpoke = base.fetchedAt.arxiv !== undefined;
  const title = hf.title?.replace(/\s+/g, ' ').trim();
  const abstract = hf.summary?.trim();
  return compact({
    ...base,
    title: arxivSpoke || !title ? base.title : title,
    abstract: arxivSpoke || !abstract ? base.abstract : abstract,
    authors: arxivSpoke || !hf.authors?.length ? base.authors : hf.authors,
    aiSummary: hf.aiSummary ?? base.aiSummary,
    aiKeywords: hf.aiKeywords ?? base.aiKeywords,
    upvotes: hf.upvotes ?? base.upvotes,
    githubRepo: hf.githubRepo ?? base.githubRepo,
    githubStars: hf.githubStars ?? base.githubStars,
    projectPage: hf.projectPage ?? base.projectPage,
    numComments: hf.numComments ?? base.numComments,
    fetchedAt: { ...base.fetchedAt, hf: now },
    notFound: without(base.notFound, 'hf'),
    cachedAt: now,
  });
}

/** Records that `source` does not know the id, keeping whatever else is known. */
export function mergeNotFound(existing: CachedPaper | undefined, id: string, source: Source, now: number): CachedPaper {
  const base = existing ?? blank(id);
  return { ...base, notFound: { ...base.notFound, [source]: now }, cachedAt: now };
}
