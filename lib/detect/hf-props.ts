/**
 * Paper data that Hugging Face pages embed as JSON in the `data-props` of their SVELTE_HYDRATER islands
 * (DESIGN §5.3). Read defensively: the shape is not ours, islands come and go with in-page navigation,
 * and a malformed attribute must cost nothing more than the metadata (cards are still found by links).
 */
import { parseArxivId } from '../arxiv/id';
import type { EmbeddedPaper } from './types';

type Obj = Record<string, unknown>;

// Parsed papers per attribute value: re-scans (mutation batches, SPA navigation back and forth) reuse
// the parse. Bounded, because every navigation can bring a new value.
const cache = new Map<string, Map<string, EmbeddedPaper>>();
const CACHE_SIZE = 8;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
const strs = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : undefined;

function names(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (const a of v) {
    const name = typeof a === 'string' ? a : isObj(a) ? str(a.name) : undefined;
    if (name) out.push(name);
  }
  return out;
}

function orgName(v: unknown): string | undefined {
  return typeof v === 'string' ? str(v) : isObj(v) ? (str(v.fullname) ?? str(v.name)) : undefined;
}

/** One listing item: fields nested under `paper` (daily papers) or flat (search, paper API). */
function toPaper(item: unknown): EmbeddedPaper | null {
  if (!isObj(item)) return null;
  const p: Obj = isObj(item.paper) ? item.paper : {};
  // Whichever of the paper and the item has a usable value; the paper's is the more precise one
  // (its publishedAt is UTC, the item's is not).
  const get = <T>(read: (v: unknown) => T | undefined, key: string, alt?: string): T | undefined =>
    read(p[key]) ?? read(item[key]) ?? (alt ? (read(p[alt]) ?? read(item[alt])) : undefined);
  const rawId = get(str, 'id');
  const ref = rawId ? parseArxivId(rawId) : null;
  const title = get(str, 'title');
  if (!ref || !title) return null;
  const paper: EmbeddedPaper = {
    id: ref.id,
    title,
    summary: get(str, 'summary') ?? '',
    authors: get(names, 'authors') ?? [],
  };
  const optional: Partial<EmbeddedPaper> = {
    publishedAt: get(str, 'publishedAt'),
    submittedOnDailyAt: get(str, 'submittedOnDailyAt'),
    upvotes: get(num, 'upvotes'),
    aiSummary: get(str, 'ai_summary', 'aiSummary'),
    aiKeywords: get(strs, 'ai_keywords', 'aiKeywords'),
    githubRepo: get(str, 'githubRepo'),
    githubStars: get(num, 'githubStars'),
    projectPage: get(str, 'projectPage'),
    numComments: get(num, 'numComments'),
    organization: get(orgName, 'organization'),
  };
  for (const [k, v] of Object.entries(optional)) {
    if (v !== undefined) (paper as unknown as Obj)[k] = v;
  }
  return paper;
}

function addItems(into: Map<string, EmbeddedPaper>, list: unknown[]): void {
  for (const item of list) {
    const paper = toPaper(item);
    if (paper && !into.has(paper.id)) into.set(paper.id, paper);
  }
}

/** Arrays of items at the top of the props or one level down, plus a single `paper` (paper pages). */
export function parseProps(json: string): Map<string, EmbeddedPaper> {
  const out = new Map<string, EmbeddedPaper>();
  let props: unknown;
  try {
    props = JSON.parse(json);
  } catch {
    return out;
  }
  if (!isObj(props)) return out;
  if (isObj(props.paper)) addItems(out, [props]);
  for (const v of Object.values(props)) {
    if (Array.isArray(v)) addItems(out, v);
    else if (isObj(v)) for (const w of Object.values(v)) if (Array.isArray(w)) addItems(out, w);
  }
  return out;
}

function parseCached(value: string): Map<string, EmbeddedPaper> {
  let papers = cache.get(value);
  if (papers) {
    cache.delete(value); // re-inserted below: most recently used last
  } else {
    papers = parseProps(value);
  }
  cache.set(value, papers);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return papers;
}

/**
 * Every paper embedded in the document's islands, by canonical id. The document, not the scanned
 * subtree: the island usually wraps the list a newly added card went into.
 */
export function readEmbeddedPapers(doc: ParentNode): Map<string, EmbeddedPaper> {
  const islands = doc.querySelectorAll('[data-target][data-props]');
  if (islands.length === 1) return parseCached(islands[0]!.getAttribute('data-props') ?? '');
  const all = new Map<string, EmbeddedPaper>();
  for (let i = 0; i < islands.length; i++) {
    const value = islands[i]!.getAttribute('data-props') ?? '';
    // Header, login and similar islands carry no papers; skip them without parsing.
    if (!value.includes('"id"')) continue;
    for (const [id, p] of parseCached(value)) if (!all.has(id)) all.set(id, p);
  }
  return all;
}

/** For tests: forget cached parses. */
export function clearPropsCache(): void {
  cache.clear();
}
