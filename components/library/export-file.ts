/**
 * Exports: asks the background for the file (`library/export`), saves it through the page (lib/ui
 * download), and, for a backup of the whole library, records when (settings `lastBackupAt`), which the
 * backup reminder reads.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging/send';
import type { Request } from '../../lib/messaging/types';
import { writeSettings } from '../../lib/settings/store';
import { downloadText } from '../../lib/ui/download';

export type ExportFormat = Request<'library/export'>['format'];

/** Every format of the protocol (`EXPORT_FORMATS`), labelled; the Record type makes a missing one a type error. */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  bibtex: 'BibTeX (.bib)',
  biblatex: 'biblatex (.bib)',
  ris: 'RIS (.ris)',
  csv: 'CSV (.csv)',
  'csl-json': 'CSL-JSON (.csl.json)',
  json: 'Paper Radar backup (.json)',
  markdown: 'Markdown list (.md)',
};

export interface ExportScope {
  ids?: string[];
  tag?: string;
}

export async function exportFile(format: ExportFormat, scope: ExportScope): Promise<{ ok: true; filename: string } | { ok: false; error: string }> {
  const answer = await sendMessage({ type: 'library/export', format, ...scope });
  if (!answer.ok) return { ok: false, error: answer.error };
  downloadText(answer);
  if (format === 'json' && scope.ids === undefined && scope.tag === undefined) {
    await writeSettings(browser.storage.local, { lastBackupAt: Date.now() }).catch(() => undefined);
  }
  return { ok: true, filename: answer.filename };
}
