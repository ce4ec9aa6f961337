/**
 * Reading a JSON backup (backup.ts) back. A backup restores the library wholesale, so it is all or
 * nothing: one invalid saved paper or rule rejects the file, with the path of every problem
 * ("saved[12].paper.title: expected string, received number"), rather than restoring part of it.
 */
import { RuleSchema, SavedPaperSchema } from '../papers/schema';
import { z } from '../zod';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';
import { summarize, type ImportOutcome } from './import-types';

const BackupSchema = z.object({
  exportedAt: z.string().optional(),
  saved: z.array(SavedPaperSchema),
  rules: z.array(RuleSchema).optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});

export function importBackup(text: string): ImportOutcome {
  const fail = (error: string): ImportOutcome => ({ ok: false, format: 'json', error });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`the backup is not valid JSON (${(e as Error).message}); is the file complete?`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('not a Paper Radar backup: expected a JSON object');
  }
  const head = data as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) {
    const found = head.format === undefined ? 'no "format"' : `"format" is ${JSON.stringify(head.format)}`;
    return fail(`not a Paper Radar backup: ${found}, expected "${BACKUP_FORMAT}"`);
  }
  if (head.version !== BACKUP_VERSION) {
    if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
      return fail(`backup version ${head.version} was written by a newer Paper Radar; this one reads version ${BACKUP_VERSION}`);
    }
    return fail(`unsupported backup version ${JSON.stringify(head.version ?? null)}; expected ${BACKUP_VERSION}`);
  }
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) return fail('the backup is damaged: ' + summarize(parsed.error.issues.map(describeIssue)));
  const backup = parsed.data;
  const mismatched = backup.saved.findIndex((s) => s.paper.id !== s.id);
  if (mismatched >= 0) {
    const s = backup.saved[mismatched]!;
    return fail(`the backup is damaged: saved[${mismatched}].paper.id "${s.paper.id}" is not saved[${mismatched}].id "${s.id}"`);
  }
  return {
    ok: true,
    format: 'json',
    papers: backup.saved.map((s) => ({
      id: s.id,
      tags: s.tags,
      note: s.note,
      savedAt: s.savedAt,
      readAt: s.readAt,
      bibtex: s.bibtex,
      paper: s.paper,
      needsLookup: false,
    })),
    rules: backup.rules ?? [],
    settings: backup.settings,
    errors: [],
  };
}

/** `saved[12].paper.title: expected string, received number`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  let path = '';
  for (const p of issue.path) {
    path += typeof p === 'number' ? `[${p}]` : (path ? '.' : '') + String(p);
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return path ? `${path}: ${message}` : message;
}
