/**
 * The JSON backup (DESIGN §5.5): the user's only copy once the extension is uninstalled, so it holds the
 * saved papers, rules and settings exactly as stored. `import-backup.ts` reads it back and checks it
 * against the same zod schemas the database uses.
 *
 * Settings are typed `unknown` here: their module owns their shape (and its version) and validates
 * them when they are restored; the backup carries them untouched.
 */
import type { Rule, SavedPaper } from '../papers/schema';
import { isoTime } from './fields';

export const BACKUP_FORMAT = 'paper-radar-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, informational (which of two backups is newer). */
  exportedAt: string;
  saved: SavedPaper[];
  rules: Rule[];
  settings: unknown;
}

export interface BackupInput {
  saved: readonly SavedPaper[];
  rules?: readonly Rule[];
  settings?: unknown;
  /** Epoch ms; the caller passes the clock so the function stays pure. */
  now: number;
}

export function toBackup({ saved, rules = [], settings = {}, now }: BackupInput): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: isoTime(now) ?? new Date(0).toISOString(),
    saved: [...saved],
    rules: [...rules],
    settings,
  };
  // Indented: a backup is also something a user may want to read or diff. JSON numbers round-trip
  // exactly (savedAt are integers), and only `undefined` optional fields are dropped, which the schema
  // reads back as absent.
  return JSON.stringify(backup, null, 1) + '\n';
}
