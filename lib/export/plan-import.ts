/**
 * `library/import` step two (DESIGN §4, §8): what an import changes, computed without touching the
 * database, so the caller writes `put` in one transaction or, on any failure, nothing.
 *
 * Merge rules: nothing is ever removed. A paper not in the library is added (with the file's tags, note
 * and saved time, or `now`). A paper already saved keeps its metadata snapshot and gets the union of
 * tags (its own first), the earlier saved time, a read time and an arXiv entry if it had none, and the
 * imported note: left as is when it equals the note or one of the notes merged into it before,
 * otherwise appended below a separator line. Re-importing the same file therefore changes nothing the
 * second time ("skipped"). Repeats of one id inside the file are merged first, in file order.
 *
 * Papers without a snapshot (every format but the backup) need metadata before they can be saved: the
 * caller looks up `idsToLookUp(...)` (`papers/get`) and passes what it got as `papers`; ids it could not
 * get come back in `unresolved` for the caller to report, and are not saved.
 */
import type { Paper, Rule, SavedPaper } from '../papers/schema';
import type { ImportedEntry, ImportSuccess } from './import-types';

export const NOTE_SEPARATOR = '\n\n— imported note —\n';

export interface ImportPlan {
  put: SavedPaper[];
  added: number;
  updated: number;
  skipped: number;
  /** New papers for which no metadata was available: not in `put`. */
  unresolved: string[];
}

export interface PlanOptions {
  /** Epoch ms, the saved time of new papers the file gives none for. */
  now: number;
  /** Metadata the caller looked up for entries without a snapshot. */
  papers?: ReadonlyMap<string, Paper>;
}

/** New papers (not in the library) that came without a snapshot. */
export function idsToLookUp(existing: readonly SavedPaper[], incoming: readonly ImportedEntry[]): string[] {
  const have = new Set(existing.map((s) => s.id));
  for (const e of incoming) if (e.paper) have.add(e.id);
  return [...new Set(incoming.filter((e) => !have.has(e.id)).map((e) => e.id))];
}

export function planImport(existing: readonly SavedPaper[], incoming: readonly ImportedEntry[], opts: PlanOptions): ImportPlan {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const plan: ImportPlan = { put: [], added: 0, updated: 0, skipped: 0, unresolved: [] };
  for (const entry of combine(incoming)) {
    const old = byId.get(entry.id);
    if (old) {
      const merged = mergeSaved(old, entry);
      if (merged === old) plan.skipped++;
      else {
        plan.put.push(merged);
        plan.updated++;
      }
      continue;
    }
    const paper = entry.paper ?? opts.papers?.get(entry.id);
    if (!paper) {
      plan.unresolved.push(entry.id);
      continue;
    }
    const saved: SavedPaper = { id: entry.id, savedAt: entry.savedAt ?? opts.now, tags: cleanTags(entry.tags ?? []), paper };
    if (entry.note?.trim()) saved.note = entry.note;
    if (entry.readAt !== undefined) saved.readAt = entry.readAt;
    if (entry.bibtex !== undefined) saved.bibtex = entry.bibtex;
    plan.put.push(saved);
    plan.added++;
  }
  return plan;
}

/** One entry per id, in order of first appearance, later repeats merged into the first. */
function combine(incoming: readonly ImportedEntry[]): ImportedEntry[] {
  const out = new Map<string, ImportedEntry>();
  for (const e of incoming) {
    const prev = out.get(e.id);
    if (!prev) {
      out.set(e.id, e);
      continue;
    }
    out.set(e.id, {
      id: e.id,
      tags: unionTags(prev.tags ?? [], e.tags ?? []),
      note: mergeNotes(prev.note, e.note),
      savedAt: minDefined(prev.savedAt, e.savedAt),
      readAt: minDefined(prev.readAt, e.readAt),
      paper: prev.paper ?? e.paper,
      bibtex: prev.bibtex ?? e.bibtex,
      needsLookup: prev.needsLookup && e.needsLookup,
    });
  }
  return [...out.values()];
}

/** `old` itself when the entry adds nothing, so "unchanged" is an identity check. */
export function mergeSaved(old: SavedPaper, entry: ImportedEntry): SavedPaper {
  const tags = unionTags(old.tags, entry.tags ?? []);
  const note = mergeNotes(old.note, entry.note);
  const savedAt = minDefined(old.savedAt, entry.savedAt)!;
  const readAt = old.readAt ?? entry.readAt;
  const bibtex = old.bibtex ?? entry.bibtex;
  const same =
    tags.length === old.tags.length && note === old.note && savedAt === old.savedAt && readAt === old.readAt && bibtex === old.bibtex;
  if (same) return old;
  const merged: SavedPaper = { ...old, tags, savedAt };
  if (note !== undefined) merged.note = note;
  if (readAt !== undefined) merged.readAt = readAt;
  if (bibtex !== undefined) merged.bibtex = bibtex;
  return merged;
}

export function mergeNotes(mine: string | undefined, theirs: string | undefined): string | undefined {
  if (!theirs?.trim() || mine === theirs) return mine;
  if (!mine?.trim()) return theirs;
  // Whole notes only (as split by the separator): "ok" is not already in "a good book".
  if (mine.split(NOTE_SEPARATOR).includes(theirs)) return mine;
  if (theirs.split(NOTE_SEPARATOR).includes(mine)) return theirs;
  return mine + NOTE_SEPARATOR + theirs;
}

function unionTags(mine: readonly string[], theirs: readonly string[]): string[] {
  return cleanTags([...mine, ...theirs]);
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/**
 * Rules from a backup: added unless the library has a rule with the same id or the same query; existing
 * rules are never changed.
 */
export function planRules(existing: readonly Rule[], incoming: readonly Rule[]): { put: Rule[]; added: number; skipped: number } {
  const ids = new Set(existing.map((r) => r.id));
  const queries = new Set(existing.map((r) => r.query.trim()));
  const put: Rule[] = [];
  for (const r of incoming) {
    if (ids.has(r.id) || queries.has(r.query.trim())) continue;
    ids.add(r.id);
    queries.add(r.query.trim());
    put.push(r);
  }
  return { put, added: put.length, skipped: incoming.length - put.length };
}

/**
 * The `library/import` answer (DESIGN §4) once `plan.put` is written: the file's entry errors, then one
 * per paper that could not be added for want of metadata.
 */
export function importAnswer(
  read: ImportSuccess,
  plan: ImportPlan,
): { added: number; updated: number; skipped: number; errors: string[] } {
  const missing = plan.unresolved.map((id) => `${id}: no metadata (arXiv does not know this id, or could not be reached); not added`);
  return { added: plan.added, updated: plan.updated, skipped: plan.skipped, errors: [...read.errors, ...missing] };
}
