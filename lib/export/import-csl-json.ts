/**
 * CSL-JSON import: an array of items (also a single item, or `{ items: [...] }` as some tools write).
 * Per item the id comes from `number` ("arXiv:<id>", ours), `DOI`, `URL`, `id`, `archive_location`, then
 * an `arXiv:<id>` mention in `container-title`, `note` or `publisher`; `keyword` (comma-separated)
 * becomes tags.
 */
import { findArxivMentions } from '../arxiv/id';
import { finish, idFromDoi, idFromRef, splitTags, type ImportedEntry, type ImportOutcome } from './import-types';

export function importCslJson(text: string): ImportOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, format: 'csl-json', error: `not valid JSON (${(e as Error).message}); is the file complete?` };
  }
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.items) ? data.items : isObject(data) ? [data] : null;
  if (!items) return { ok: false, format: 'csl-json', error: 'not CSL-JSON: expected an array of items' };
  const papers: ImportedEntry[] = [];
  const errors: string[] = [];
  items.forEach((item: unknown, index) => {
    if (!isObject(item)) {
      errors.push(`item ${index}: not an object`);
      return;
    }
    const str = (k: string): string | undefined => (typeof item[k] === 'string' ? (item[k] as string) : undefined);
    const id =
      idFromRef(str('number')) ??
      idFromDoi(str('DOI')) ??
      idFromRef(str('URL')) ??
      idFromRef(str('id')) ??
      idFromRef(str('archive_location')) ??
      ['container-title', 'note', 'publisher'].flatMap((k) => findArxivMentions(str(k) ?? '').map((m) => m.id))[0];
    if (!id) {
      const title = str('title');
      errors.push(`item ${index}${title ? ` "${title.slice(0, 60)}"` : ''}: no arXiv id`);
      return;
    }
    const entry: ImportedEntry = { id, needsLookup: true };
    const tags = splitTags(str('keyword'), /,/);
    if (tags.length) entry.tags = tags;
    papers.push(entry);
  });
  return finish('csl-json', papers, errors, 'no CSL-JSON item with an arXiv id was found');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
