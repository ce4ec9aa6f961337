/**
 * When to remind the user to export a backup (DESIGN §3: uninstalling deletes everything, the JSON
 * backup is their only copy): they have saved something and never exported a backup, or not for
 * BACKUP_MAX_AGE_DAYS.
 */
export const BACKUP_MAX_AGE_DAYS = 30;
const DAY_MS = 24 * 3600_000;

export function needsBackup(savedCount: number, lastBackupAt: number | null, now: number): boolean {
  if (savedCount <= 0) return false;
  return lastBackupAt === null || now - lastBackupAt > BACKUP_MAX_AGE_DAYS * DAY_MS;
}

/** "never", "today", "yesterday", "12 days ago". */
export function backupAge(lastBackupAt: number | null, now: number): string {
  if (lastBackupAt === null) return 'never';
  const days = Math.floor((now - lastBackupAt) / DAY_MS);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
