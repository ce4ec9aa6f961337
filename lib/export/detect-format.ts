/**
 * Sniffing an import's format when the user did not name it (`library/import` without `format`).
 *
 * A file that starts like JSON is JSON even when it does not parse: a truncated backup must fail as a
 * backup ("not valid JSON … is the file complete?"), not be scanned as text for whatever links survive
 * in it. `{` is a backup unless it is a CSL item (a `type` and no backup `format`); `[` followed by `{`
 * or `]` is CSL-JSON. Then BibTeX (`@type{` at a line start), RIS (a `TY  - ` line), CSV (a first line
 * with commas that names an id, url or doi column), our Markdown list, and anything else is text.
 */
import type { ImportFormat } from './import-types';

export function detectFormat(text: string): ImportFormat {
  const s = text.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('{')) {
    // Our backups name their format first: no need to parse megabytes twice.
    if (/^\{\s*"format"\s*:/.test(s)) return 'json';
    const json = tryJson(s);
    const isCslItem = isObject(json) && typeof json.type === 'string' && json.format === undefined;
    return isCslItem ? 'csl-json' : 'json';
  }
  if (/^\[\s*[{\]]/.test(s)) return 'csl-json';
  if (/^[ \t]*@[A-Za-z]+[ \t]*[{(]/m.test(s)) return 'bibtex';
  if (/^TY {1,2}- /m.test(s)) return 'ris';
  const firstLine = s.slice(0, s.search(/\r|\n|$/));
  if (firstLine.includes(',')) {
    const names = firstLine.split(',').map((h) => h.replace(/"/g, '').trim().toLowerCase());
    if (names.some((n) => ['id', 'arxiv id', 'arxiv', 'eprint', 'url', 'link', 'pdf', 'doi'].includes(n))) return 'csv';
  }
  if (/^- \[/.test(s)) return 'markdown';
  return 'text';
}

function tryJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
