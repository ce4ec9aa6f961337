import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_AGE_DAYS, backupAge, needsBackup } from './backup-reminder';

const DAY = 24 * 3600_000;
const NOW = Date.UTC(2025, 10, 11, 12);

describe('the backup reminder', () => {
  it('shows for a non-empty library never backed up, or not for a month', () => {
    expect(needsBackup(1, null, NOW)).toBe(true);
    expect(needsBackup(5, NOW - (BACKUP_MAX_AGE_DAYS + 1) * DAY, NOW)).toBe(true);
    expect(needsBackup(5, NOW - 2 * DAY, NOW)).toBe(false);
  });
  it('never for an empty library', () => {
    expect(needsBackup(0, null, NOW)).toBe(false);
  });
  it('says how long ago', () => {
    expect(backupAge(null, NOW)).toBe('never');
    expect(backupAge(NOW - 3_600_000, NOW)).toBe('today');
    expect(backupAge(NOW - DAY - 1, NOW)).toBe('yesterday');
    expect(backupAge(NOW - 12 * DAY, NOW)).toBe('12 days ago');
  });
});
