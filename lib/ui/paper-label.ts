/**
 * What a list row shows of a saved paper: its title (the id while arXiv has not described it yet),
 * its first author and the year it appeared (v1, as arXiv's listings date papers).
 */
import type { Paper } from '../papers/schema';

export function titleOf(paper: Pick<Paper, 'id' | 'title'>): string {
  const title = paper.title.replace(/\s+/g, ' ').trim();
  return title || `arXiv:${paper.id}`;
}

export function firstAuthorOf(paper: Pick<Paper, 'authors'>): string {
  const [first, ...rest] = paper.authors;
  if (!first) return '';
  return rest.length === 0 ? first : rest.length === 1 ? `${first} and ${rest[0]}` : `${first} et al.`;
}

/** The year of v1 (read off the ISO string, so no time zone moves it), else of `updated`, else ''. */
export function yearOf(paper: Pick<Paper, 'published' | 'updated'>): string {
  return /^(\d{4})/.exec(paper.published ?? paper.updated ?? '')?.[1] ?? '';
}
