/**
 * `library/import` step one: text (and the format, when the user named it) to the entries it holds, or
 * one clear error. Pure; step two is `planImport`.
 *
 * `markdown` and `text` are read alike (links and ids anywhere). An empty file and a binary one (an
 * image or a zip picked by mistake: NUL bytes, or mostly control and replacement characters after
 * decoding) fail before any format is tried, with an error that says so.
 */
import { detectFormat } from './detect-format';
import { importBackup } from './import-backup';
import { importBibtex } from './import-bibtex';
import { importCslJson } from './import-csl-json';
import { importCsv } from './import-csv';
import { importRis } from './import-ris';
import { importText } from './import-text';
import type { ImportFormat, ImportOutcome } from './import-types';

export function readImport(text: string, format?: ImportFormat): ImportOutcome {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'the file is empty' };
  if (looksBinary(text)) return { ok: false, error: 'this is not a text file (it looks like binary data); choose an export file' };
  const f = format ?? detectFormat(text);
  switch (f) {
    case 'json':
      return importBackup(text);
    case 'bibtex':
    case 'biblatex':
      return importBibtex(text, f);
    case 'ris':
      return importRis(text);
    case 'csv':
      return importCsv(text);
    case 'csl-json':
      return importCslJson(text);
    case 'markdown':
    case 'text':
      return importText(text, f);
  }
}

export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let odd = 0;
  for (const c of head) if (c === '\uFFFD' || /[\u0001-\u0008\u000E-\u001F\u007F]/.test(c)) odd++;
  return odd > head.length / 10;
}
