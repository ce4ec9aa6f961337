/**
 * The backup reminder (DESIGN §3): the library lives only in this browser and uninstalling Paper Radar
 * deletes it, so when there is something saved and no recent backup, say so and offer the export.
 * `compact` is the one-line banner at the top of the options page; the Data section shows the full one.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging/send';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { readSettings, watchSettings } from '../../lib/settings/store';
import { backupAge, needsBackup } from '../../lib/ui/backup-reminder';
import { exportFile } from '../library/export-file';
import { useLibraryChanged } from '../library/use-library-changed';

export function useBackupState(): { lastBackupAt: number | null; savedCount: number | null } {
  const [lastBackupAt, setLastBackupAt] = useState<number | null>(DEFAULT_SETTINGS.lastBackupAt);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const count = () =>
    void sendMessage({ type: 'library/list', limit: 1 }).then((a) => {
      if (a.ok) setSavedCount(a.total);
    });
  useEffect(() => {
    void readSettings(browser.storage.local).then((s) => setLastBackupAt(s.lastBackupAt));
    count();
    return watchSettings(browser.storage.onChanged, (s) => setLastBackupAt(s.lastBackupAt));
  }, []);
  useLibraryChanged(count, 300);
  return { lastBackupAt, savedCount };
}

export function LibraryBackupReminder({ compact = false }: { compact?: boolean }) {
  const { lastBackupAt, savedCount } = useBackupState();
  const [error, setError] = useState<string | undefined>();
  const now = Date.now();
  const backup = async () => {
    const result = await exportFile('json', {});
    setError(result.ok ? undefined : result.error);
  };
  const due = savedCount !== null && needsBackup(savedCount, lastBackupAt, now);
  if (compact && !due) return null;
  return (
    <div class={`backup-reminder${due ? ' due' : ''}`} role={due && compact ? 'note' : undefined}>
      <p>
        {due && <strong>Back up your library. </strong>}
        Your saved papers, tags, notes and rules live only in this browser: <strong>uninstalling Paper Radar deletes them</strong>
        , and the JSON backup is your only copy. Last backup: {backupAge(lastBackupAt, now)}.
      </p>
      <button type="button" class={due ? 'primary' : undefined} disabled={savedCount === 0} onClick={() => void backup()}>
        Download a backup (.json)
      </button>
      {error && (
        <p class="status-error" role="alert">
          Backup failed: {error}
        </p>
      )}
    </div>
  );
}
