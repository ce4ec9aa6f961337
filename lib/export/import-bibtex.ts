/**
 * BibTeX and biblatex import: the arXiv id of every entry, and its keywords as tags.
 *
 * Where the id is looked for, in order (the first that names an arXiv paper wins):
 * 1. `eprint`, when `archivePrefix` / `eprinttype` is arXiv or absent (so `eprint = {hal-01234}` with
 *    `eprinttype = {hal}` is not misread); `arxivid` / `arxiv` (Mendeley, JabRef);
 * 2. `doi` when it is arXiv's (10.48550/arXiv.<id>);
 * 3. arXiv URLs and `arXiv:<id>` mentions in `url`, `howpublished`, `note`, `journal`, `journaltitle`,
 *    `booktitle`, `eprint` and `pdf` (Google Scholar writes `journal={arXiv preprint arXiv:1706.03762}`).
 * Bare ids are trusted only in the fields meant for them (step 1), never in free text.
 * `keywords` become tags (split on commas and semicolons outside braces, our biblatex export's
 * escapes undone). Entries without an arXiv id are reported by line and key.
 */
import { findArxivMentions, parseArxivRef } from '../arxiv/id';
import { plainValue, readBibtex, type BibEntry } from './bibtex-reader';
import { finish, idFromDoi, idFromRef, type ImportedEntry, type ImportOutcome } from './import-types';

const TEXT_FIELDS = ['url', 'howpublished', 'note', 'journal', 'journaltitle', 'booktitle', 'eprint', 'pdf'];

export function importBibtex(text: string, format: 'bibtex' | 'biblatex' = 'bibtex'): ImportOutcome {
  const papers: ImportedEntry[] = [];
  const errors: string[] = [];
  for (const entry of readBibtex(text)) {
    const where = `line ${entry.line}: @${entry.type}{${entry.key}}`;
    const id = bibtexEntryId(entry);
    if (entry.error) errors.push(`${where}: ${entry.error}${id ? ' (read up to there)' : ''}`);
    if (!id) {
      if (!entry.error) errors.push(`${where}: no arXiv id (eprint, arXiv DOI or arXiv URL)`);
      continue;
    }
    const tags = keywordTags(entry.fields.get('keywords'));
    papers.push({ id, ...(tags.length ? { tags } : {}), needsLookup: true });
  }
  return finish(format, papers, errors, 'no BibTeX entry with an arXiv id was found');
}

export function bibtexEntryId(entry: BibEntry): string | null {
  const f = entry.fields;
  const prefix = plainValue(f.get('archiveprefix') ?? f.get('eprinttype')).toLowerCase();
  if (prefix === '' || prefix === 'arxiv') {
    const id = idFromRef(plainValue(f.get('eprint')));
    if (id) return id;
  }
  for (const name of ['arxivid', 'arxiv']) {
    const id = idFromRef(plainValue(f.get(name)));
    if (id) return id;
  }
  const doi = idFromDoi(plainValue(f.get('doi')));
  if (doi) return doi;
  for (const name of TEXT_FIELDS) {
    const id = idInText(plainValue(f.get(name)));
    if (id) return id;
  }
  return null;
}

/** The first arXiv paper URL or `arXiv:<id>` mention in free text. */
function idInText(text: string): string | null {
  if (!text) return null;
  for (const token of text.split(/[\s,;<>"'()[\]]+/)) {
    if (token.includes('/')) {
      const ref = parseArxivRef(token.replace(/[.]+$/, ''));
      if (ref) return ref.id;
    }
  }
  return findArxivMentions(text)[0]?.id ?? null;
}

export function keywordTags(value: string | undefined): string[] {
  if (!value) return [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of value) {
    if (c === '{') depth++;
    else if (c === '}') depth--;
    if ((c === ',' || c === ';') && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  const tags = parts.map((p) => untex(p.trim().replace(/^\{([^]*)\}$/, '$1')).trim()).filter(Boolean);
  return [...new Set(tags)];
}

/** Undoes what `bibtexValue` escapes, so tags come back as they were typed. */
export function untex(value: string): string {
  return value
    .replace(/\\textbraceleft\{\}/g, '{')
    .replace(/\\textbraceright\{\}/g, '}')
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textless\{\}/g, '<')
    .replace(/\\textgreater\{\}/g, '>')
    .replace(/\\textbar\{\}/g, '|')
    .replace(/\\\^\{\}/g, '^')
    .replace(/\\([%&#_$])/g, '$1')
    .replace(/\s+/g, ' ');
}
