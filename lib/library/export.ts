/**
 * `library/export`: the file for a format (lib/export), of the whole library or of the papers asked
 * for (`ids`, `tag`, or both: papers that satisfy both).
 *
 * Order: with `ids`, the order given (ids not in the library are left out); otherwise the order the
 * papers were saved in, oldest first, the order a reference list grows in. Cite keys are always
 * assigned over the whole library, so a paper has the same key in every export. A backup (`json`)
 * also carries every rule. There is no settings module yet, so a backup's settings are `{}`.
 */
import type { Db } from '../db/connection';
import { type ExportFile, type ExportFormat, exportLibrary } from '../export';
import type { SavedPaper } from '../papers/schema';
import { canonicalIds } from './ids';

export interface ExportRequest {
  format: ExportFormat;
  ids?: readonly string[];
  tag?: string;
}

export async function exportSaved(db: Db, request: ExportRequest, now: number): Promise<ExportFile> {
  const tx = db.transaction(['saved', 'rules']);
  const [allSaved, rules] = await Promise.all([tx.objectStore('saved').index('by-savedAt').getAll(), tx.objectStore('rules').getAll()]);
  await tx.done;

  let chosen: SavedPaper[] = allSaved;
  if (request.ids) {
    const byId = new Map(allSaved.map((s) => [s.id, s]));
    chosen = canonicalIds(request.ids).flatMap((id) => byId.get(id) ?? []);
  }
  if (request.tag !== undefined) chosen = chosen.filter((s) => s.tags.includes(request.tag!));

  rules.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return exportLibrary(request.format, { saved: chosen, allSaved, rules, settings: {}, now });
}
