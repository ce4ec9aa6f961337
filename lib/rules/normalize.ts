// Public face of the folding (fold.ts + field-text.ts) for queries, tests and the UI: the words of a
// text exactly as the matcher sees them.

import { fieldText, wordList } from './field-text';

/** The folded words of a text: `Beyond First-Order Tweedie's` → beyond, first, order, tweedie, s. */
export function normalizeWords(text: string): string[] {
  return wordList(fieldText(text));
}

/** The folded form as one string (words joined by single spaces). Idempotent. */
export function normalize(text: string): string {
  return normalizeWords(text).join(' ');
}
