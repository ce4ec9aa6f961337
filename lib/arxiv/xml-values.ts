/**
 * Reading values out of what fast-xml-parser made of arXiv's XML (the API's Atom, the RSS feeds):
 * shared by both parsers, so an element's text and a category code mean the same in each.
 */

/** An arXiv category code as feeds and the API write it: `cs.LG`, `hep-th`, `math.OC`. */
export const CATEGORY_RE = /^[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?$/;

export type Raw = Record<string, unknown>;
export const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
/** One element or many, as a list: the parser gives a lone element unwrapped. */
export const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Text content of an element however the parser shaped it, whitespace collapsed; '' when absent. */
export function textOf(v: unknown): string {
  const t = typeof v === 'string' ? v : isRaw(v) && typeof v['#text'] === 'string' ? v['#text'] : '';
  return t.replace(/\s+/g, ' ').trim();
}
