/**
 * RIS import: records from `TY` to `ER`, CRLF or LF, tag lines `XX  - value` (one space before the
 * hyphen tolerated; a line that is not a tag line continues the previous value, as some writers wrap).
 *
 * The id comes from `DO` (arXiv's DOI), `AN`/`ID`/`M1` (an id or `arXiv:<id>`), a paper URL in `UR`,
 * `L1`, `L2`, `LK`, or an `arXiv:<id>` mention in `T2`, `JO`, `JF`, `N1`. `KW` values that are arXiv
 * category codes are ours (ris.ts writes categories there too) and are not tags; `N1` lines other than the
 * journal lines ris.ts writes make the note. A record cut off before its `ER` (a truncated file) is
 * reported and left out: its last line may have been cut mid-URL.
 */
import { findArxivMentions } from '../arxiv/id';
import { isCategoryCode } from './category-code';
import { finish, idFromDoi, idFromRef, type ImportedEntry, type ImportOutcome } from './import-types';

const TAG_RE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;
const JOURNAL_NOTE_RE = /^Journal (?:reference|DOI): /;

interface RisRecord {
  line: number;
  tags: [string, string][];
}

export function importRis(text: string): ImportOutcome {
  const papers: ImportedEntry[] = [];
  const errors: string[] = [];
  let record: RisRecord | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const m = TAG_RE.exec(raw.trimEnd());
    if (m) {
      const [, tag, value = ''] = m;
      if (tag === 'TY') {
        if (record) errors.push(`line ${record.line}: record has no ER line`);
        record = { line: n + 1, tags: [] };
      } else if (tag === 'ER') {
        if (record) take(record, papers, errors);
        record = null;
      } else if (record) {
        record.tags.push([tag!, value.trim()]);
      }
    } else if (record && raw.trim()) {
      const last = record.tags[record.tags.length - 1];
      if (last) last[1] += ' ' + raw.trim();
    }
  }
  if (record) errors.push(`line ${record.line}: record has no ER line (is the file complete?); left out`);
  return finish('ris', papers, errors, 'no RIS record with an arXiv id was found');
}

function take(record: RisRecord, papers: ImportedEntry[], errors: string[]): void {
  const all = (...tags: string[]): string[] => record.tags.filter(([t]) => tags.includes(t)).map(([, v]) => v);
  const id =
    all('DO').map(idFromDoi).find(Boolean) ??
    all('AN', 'ID', 'M1').map(idFromRef).find(Boolean) ??
    all('UR', 'L1', 'L2', 'LK').map(idFromRef).find(Boolean) ??
    all('T2', 'JO', 'JF', 'N1').flatMap((v) => findArxivMentions(v).map((m) => m.id))[0];
  if (!id) {
    const title = all('TI', 'T1')[0];
    errors.push(`line ${record.line}: record${title ? ` "${title.slice(0, 60)}"` : ''} has no arXiv id`);
    return;
  }
  const entry: ImportedEntry = { id, needsLookup: true };
  const tags = [...new Set(all('KW').filter((k) => k && !isCategoryCode(k)))];
  if (tags.length) entry.tags = tags;
  const note = all('N1')
    .filter((v) => v && !JOURNAL_NOTE_RE.test(v))
    .join('\n');
  if (note) entry.note = note;
  papers.push(entry);
}
