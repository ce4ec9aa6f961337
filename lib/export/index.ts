/**
 * The export/import module's entry point. `library/export` (DESIGN §4): one call from a format and the
 * library to the file to download (below). `library/import`: `readImport` → `idsToLookUp` (fetch those
 * with `papers/get`) → `planImport` (+ `planRules` for a backup's rules) → write `put` in one
 * transaction → `importAnswer`.
 *
 * Pure: the caller (an extension page, DESIGN §8) reads the library, picks what to export (`ids`, `tag`)
 * and in which order, and passes the clock.
 *
 * Cite keys are assigned over `allSaved`, the whole library, so a paper has the same key whether it is
 * exported alone, with a tag or with everything (cite-key.ts).
 */
import type { Rule, SavedPaper } from '../papers/schema';
import { toBackup } from './backup';
import { toBiblatex } from './biblatex';
import { toBibtex } from './bibtex';
import { assignCiteKeys } from './cite-key';
import { toCslJson } from './csl-json';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import { toRis } from './ris';

/** The formats of `library/export` (lib/messaging/protocol.ts; a test checks the two lists agree). */
export const EXPORT_FORMAT_LIST = ['bibtex', 'biblatex', 'ris', 'csv', 'csl-json', 'json', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMAT_LIST)[number];

export interface ExportInput {
  /** What goes into the file, in the order given. */
  saved: readonly SavedPaper[];
  /** The whole library, for cite keys; defaults to `saved`. */
  allSaved?: readonly SavedPaper[];
  /** For the backup. */
  rules?: readonly Rule[];
  settings?: unknown;
  /** Epoch ms: the backup's `exportedAt` and the date in the file name (local calendar date). */
  now: number;
}

export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

const FILES: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  bibtex: { suffix: '.bib', mimeType: 'application/x-bibtex; charset=utf-8' },
  biblatex: { suffix: '.bib', mimeType: 'application/x-bibtex; charset=utf-8' },
  ris: { suffix: '.ris', mimeType: 'application/x-research-info-systems; charset=utf-8' },
  csv: { suffix: '.csv', mimeType: 'text/csv; charset=utf-8; header=present' },
  'csl-json': { suffix: '.csl.json', mimeType: 'application/vnd.citationstyles.csl+json' },
  json: { suffix: '.json', mimeType: 'application/json' },
  markdown: { suffix: '.md', mimeType: 'text/markdown; charset=utf-8' },
};

export function exportLibrary(format: ExportFormat, input: ExportInput): ExportFile {
  const { saved } = input;
  const keys = (): Map<string, string> => assignCiteKeys(input.allSaved ?? saved);
  let text: string;
  switch (format) {
    case 'bibtex':
      text = toBibtex(saved, { keys: keys() });
      break;
    case 'biblatex':
      text = toBiblatex(saved, { keys: keys() });
      break;
    case 'ris':
      text = toRis(saved);
      break;
    case 'csv':
      text = toCsv(saved);
      break;
    case 'csl-json':
      text = toCslJson(saved, { keys: keys() });
      break;
    case 'json':
      text = toBackup({ saved, rules: input.rules, settings: input.settings, now: input.now });
      break;
    case 'markdown':
      text = toMarkdown(saved);
      break;
  }
  const { suffix, mimeType } = FILES[format];
  const stem = format === 'json' ? 'paper-radar-backup-' : 'paper-radar-';
  return { filename: stem + localDay(input.now) + suffix, mimeType, text };
}

/** YYYY-MM-DD in the user's time zone: the day they see on their calendar when they export. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return 'undated';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export { assignCiteKeys, baseCiteKey, keyOf } from './cite-key';
export { bibtexEntry } from './bibtex';
export { BACKUP_FORMAT, BACKUP_VERSION } from './backup';
export { detectFormat } from './detect-format';
export { readImport } from './read-import';
export { idsToLookUp, importAnswer, planImport, planRules, type ImportPlan } from './plan-import';
export type { ImportFailure, ImportFormat, ImportOutcome, ImportSuccess, ImportedEntry } from './import-types';
