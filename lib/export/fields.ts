/**
 * Values every exporter derives the same way from a saved paper, so the formats agree with each other
 * (the year in a BibTeX entry is the year in the RIS record and the CSL item).
 */
import type { Paper } from '../papers/schema';

/** Line breaks and runs of spaces become one space (the old arXiv API hard-wraps titles). */
export function collapse(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** https://arxiv.org/abs/<id>: without a version, so it always shows the latest. */
export function absUrl(id: string): string {
  return 'https://arxiv.org/abs/' + id;
}

export function pdfUrl(id: string): string {
  return 'https://arxiv.org/pdf/' + id;
}

/** The DOI arXiv registers for every paper (DataCite, prefix 10.48550). */
export function arxivDoi(id: string): string {
  return '10.48550/arXiv.' + id;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * The date a citation names: `updated` (arXiv's BibTeX gives the latest version's year, DESIGN §5.5),
 * falling back to `published`. The calendar date is read off the ISO string rather than through `Date`
 * so that the user's time zone cannot move a paper into another day or year.
 */
export function citedDate(paper: Pick<Paper, 'updated' | 'published'>): DateParts | null {
  return parseDate(paper.updated) ?? parseDate(paper.published);
}

export function parseDate(iso: string | undefined): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (m) {
    const [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { year, month, day };
    return null;
  }
  const t = Date.parse(iso ?? '');
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function citedYear(paper: Pick<Paper, 'updated' | 'published'>): string | undefined {
  const d = citedDate(paper);
  return d ? String(d.year) : undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** YYYY-MM-DD. */
export function isoDay(d: DateParts): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** An epoch-milliseconds time as ISO 8601, or undefined for a value no Date can hold. */
export function isoTime(ms: number | undefined): string | undefined {
  return ms !== undefined && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}
