/**
 * What every importer hands back, and the id helpers they share. An importer never throws on bad input:
 * a file it cannot use at all is `{ ok: false, error }` (and the caller changes nothing, DESIGN §8); a
 * usable file with some bad entries is `{ ok: true, papers, errors }`, one error per entry naming its
 * line or index.
 */
import { parseArxivRef, parsePaperUrl } from '../arxiv/id';
import type { Paper, Rule } from '../papers/schema';
import type { ExportFormat } from './index';

export type ImportFormat = ExportFormat | 'text';

export interface ImportedEntry {
  /** Canonical arXiv id. */
  id: string;
  tags?: string[];
  note?: string;
  savedAt?: number;
  readAt?: number;
  /** A metadata snapshot (backups only). */
  paper?: Paper;
  /** arXiv's own BibTeX entry (backups only: a foreign .bib file's entry is not arXiv's). */
  bibtex?: string;
  /**
   * No snapshot came with the entry: if the paper is not in the library yet, the caller looks it up
   * (`papers/get`) before it can be saved.
   */
  needsLookup: boolean;
}

export interface ImportSuccess {
  ok: true;
  format: ImportFormat;
  papers: ImportedEntry[];
  /** Backups only. */
  rules?: Rule[];
  settings?: Record<string, unknown>;
  /** Entries that were left out, each naming its line or index and the problem. */
  errors: string[];
}

export interface ImportFailure {
  ok: false;
  format?: ImportFormat;
  error: string;
}

export type ImportOutcome = ImportSuccess | ImportFailure;

/** How many entry errors a failure message quotes before summing up the rest. */
const QUOTED = 5;

/** The outcome of a per-entry importer: a failure when nothing at all could be read. */
export function finish(format: ImportFormat, papers: ImportedEntry[], errors: string[], nothing: string): ImportOutcome {
  if (papers.length > 0) return { ok: true, format, papers, errors };
  const detail = errors.length ? ': ' + summarize(errors) : '';
  return { ok: false, format, error: nothing + detail };
}

export function summarize(errors: readonly string[]): string {
  const shown = errors.slice(0, QUOTED).join('; ');
  return errors.length > QUOTED ? `${shown}; and ${errors.length - QUOTED} more` : shown;
}

/** An arXiv id from a DOI written bare (`10.48550/arXiv.1706.03762`), as `doi:…`, or as a doi.org URL. */
export function idFromDoi(doi: string | undefined): string | null {
  const d = (doi ?? '').trim().replace(/^doi:\s*/i, '');
  if (!d) return null;
  return (/^https?:/i.test(d) ? parsePaperUrl(d) : parsePaperUrl('https://doi.org/' + d))?.id ?? null;
}

/** An arXiv id from a cell or field meant to hold one: an id in any form, or a paper URL. */
export function idFromRef(value: string | undefined): string | null {
  const v = (value ?? '').trim();
  return v ? (parseArxivRef(v)?.id ?? null) : null;
}

/** Splits a list of tags on `sep`, trimmed, empty ones and repeats dropped. */
export function splitTags(value: string | undefined, sep: RegExp): string[] {
  const tags = (value ?? '').split(sep).map((t) => t.replace(/\s+/g, ' ').trim());
  return [...new Set(tags.filter(Boolean))];
}
