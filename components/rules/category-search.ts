/**
 * Searching arXiv's categories as a user types: "machine learning", "cs.lg", "hep", "quant" or
 * "optimization control" all find what they mean. Every word of the query must start a word of the
 * code or the name (case and accents ignored); codes that start with the query come first, then
 * the rest in arXiv's own order.
 */
import { ARXIV_CATEGORIES, type ArxivCategory } from '../../lib/arxiv/category-names';
import { normalizeWords } from '../../lib/rules';

interface Indexed {
  category: ArxivCategory;
  code: string;
  words: string[];
}

const INDEX: Indexed[] = ARXIV_CATEGORIES.map((category) => ({
  category,
  code: category.code.toLowerCase(),
  words: [...normalizeWords(category.code), ...normalizeWords(category.name)],
}));

export function searchCategories(query: string): ArxivCategory[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...ARXIV_CATEGORIES];
  const terms = normalizeWords(q);
  const hits = INDEX.filter((e) => e.code.startsWith(q) || (terms.length > 0 && terms.every((t) => e.words.some((w) => w.startsWith(t)))));
  const first = hits.filter((e) => e.code.startsWith(q));
  const rest = hits.filter((e) => !e.code.startsWith(q));
  return [...first, ...rest].map((e) => e.category);
}
