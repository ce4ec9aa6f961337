/**
 * The user's data: backup (with the reminder that uninstalling deletes everything), export in every
 * format, import from a file, a drop or pasted text, and clearing everything.
 */
import { useState } from 'preact/hooks';
import { ExportMenu } from '../library/export-menu';
import { LibraryBackupReminder } from './library-backup-reminder';
import { LibraryClear } from './library-clear';
import { LibraryImport } from './library-import';

export function DataSection() {
  const [status, setStatus] = useState<{ text: string; error: boolean } | undefined>();
  return (
    <section class="data-section" aria-labelledby="data-title">
      <h2 id="data-title">Import, export, backup</h2>
      <h3>Backup</h3>
      <LibraryBackupReminder />
      <h3>Export</h3>
      <ExportMenu id="data-export" scopes={[{ key: 'all', label: 'Whole library', scope: {} }]} say={setStatus} />
      {status && (
        <p class={status.error ? 'status-error' : 'status-ok'} role="status">
          {status.text}
        </p>
      )}
      <LibraryImport />
      <LibraryClear />
    </section>
  );
}
