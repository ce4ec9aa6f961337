/**
 * arXiv's category codes with their names, for the options page's category picker (alert feeds) and
 * "insert cat:…" in the rule editor. The table is `category-names.json`, generated from arXiv's own
 * taxonomy (tests/fixtures/arxiv-categories.json: code → name of every active category); a test
 * checks the two agree. Only extension pages import this: the every-page script has no use for names.
 */
import names from './category-names.json';

export interface ArxivCategory {
  code: string;
  name: string;
  /** The archive: what precedes the "." (`cs` for cs.LG), or the code itself (`hep-th`). */
  archive: string;
}

export const ARXIV_CATEGORIES: readonly ArxivCategory[] = Object.entries(names as Record<string, string>).map(([code, name]) => ({
  code,
  name,
  archive: code.split('.')[0] ?? code,
}));

const BY_CODE = new Map(ARXIV_CATEGORIES.map((c) => [c.code.toLowerCase(), c]));

/** The category with this code (any case), or undefined. */
export function arxivCategory(code: string): ArxivCategory | undefined {
  return BY_CODE.get(code.trim().toLowerCase());
}
