// A paper as the matcher sees it, folded once and shared by every rule (and, through
// preparePaper, by every recompiled matcher: the options preview reuses its sample papers).
// All fields are optional and untrusted: a field of the wrong type is treated as missing.

import { expandCategories } from './categories';
import { EMPTY_FIELD, fieldText, fieldTextList, type FieldText } from './field-text';
import type { Sieve } from './sieve';

export interface MatchablePaper {
  title?: string;
  abstract?: string;
  aiSummary?: string;
  aiKeywords?: string[];
  authors?: string[];
  categories?: string[];
  primaryCategory?: string;
}

/** Bits for the text fields a term can look in. */
export const TITLE = 1;
export const ABSTRACT = 2;
export const SUMMARY = 4;
export const KEYWORDS = 8;
export const AUTHORS = 16;
export const CATEGORIES = 32;

export type PaperField = 'title' | 'abstract' | 'aiSummary' | 'aiKeywords' | 'authors' | 'categories';

export const FIELD_BITS: readonly [number, PaperField][] = [
  [TITLE, 'title'],
  [ABSTRACT, 'abstract'],
  [SUMMARY, 'aiSummary'],
  [KEYWORDS, 'aiKeywords'],
  [AUTHORS, 'authors'],
  [CATEGORIES, 'categories'],
];

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

// Word buffers, one per field, that a transient paper's fields use in place (see transientPaper).
const buffers: number[][] = [];

export class PreparedPaper {
  // By bit position (0 to 5): indexed by the bit itself, the array would have holes up to 32.
  private readonly cache: (FieldText | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];
  private categoryList: string[] | undefined;

  constructor(
    readonly paper: MatchablePaper,
    private readonly transient = false,
  ) {}

  /**
   * The folded words of one field (a FIELD bit), computed on first use; by a transient paper with
   * the words picked for `sieve` as they are cut (a prepared one is shared: its scans sift).
   */
  field(bit: number, sieve: Sieve | null = null): FieldText {
    const slot = 31 - Math.clz32(bit);
    let f = this.cache[slot];
    if (f === undefined) {
      const p = this.paper;
      const into = this.transient ? (buffers[bit] ??= []) : undefined;
      const picking = this.transient ? sieve : null;
      if (bit === TITLE) f = fieldText(p.title as string, into, picking);
      else if (bit === ABSTRACT) f = fieldText(p.abstract as string, into, picking);
      else if (bit === SUMMARY) f = fieldText(p.aiSummary as string, into, picking);
      else if (bit === KEYWORDS) f = fieldTextList(list(p.aiKeywords), into, picking);
      else if (bit === AUTHORS) f = fieldTextList(list(p.authors), into, picking);
      else if (bit === CATEGORIES) f = fieldTextList(this.categories(), into, picking);
      else f = EMPTY_FIELD;
      this.cache[slot] = f;
    }
    return f;
  }

  /** Category codes, lowercased, aliases included. */
  categories(): string[] {
    this.categoryList ??= expandCategories(this.paper.categories, this.paper.primaryCategory);
    return this.categoryList;
  }
}

export function preparePaper(paper: MatchablePaper): PreparedPaper {
  return new PreparedPaper(paper !== null && typeof paper === 'object' ? paper : {});
}

/**
 * A paper prepared for one matchPaper call only: its fields' words live in buffers shared by all
 * such papers, valid until the next transient paper reads the same field (matching is synchronous,
 * and nothing keeps the paper): no copy of its word offsets, a few kB per abstract.
 */
export function transientPaper(paper: MatchablePaper): PreparedPaper {
  return new PreparedPaper(paper !== null && typeof paper === 'object' ? paper : {}, true);
}
