/**
 * How a save or an edit changes a saved paper (DESIGN §4). Pure, so the rules are tested on their own:
 * - save again: savedAt, readAt, bibtex and the snapshot stay; tags are the union (existing ones
 *   first, in their order); the note is replaced only when one is given ("" removes it).
 * - update: given tags replace the list; a given note replaces it ("" removes it); `read: true` marks
 *   it read now (an earlier read time is kept), `read: false` marks it unread.
 * Tags are trimmed, inner whitespace collapsed, empty ones and exact repeats dropped; case is kept and
 * counts (as in Zotero), so "PDE" and "pde" are two tags.
 */
import type { Paper, SavedPaper } from '../papers/schema';

export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

export interface SaveInput {
  tags?: readonly string[];
  note?: string;
}

export interface UpdateInput extends SaveInput {
  read?: boolean;
}

function withNote(saved: SavedPaper, note: string | undefined): SavedPaper {
  if (note === undefined) return saved;
  const { note: _old, ...rest } = saved;
  return note.trim() === '' ? rest : { ...rest, note };
}

export function mergeSave(existing: SavedPaper, input: SaveInput): SavedPaper {
  const merged = { ...existing, tags: cleanTags([...existing.tags, ...(input.tags ?? [])]) };
  return withNote(merged, input.note);
}

export function applyUpdate(existing: SavedPaper, input: UpdateInput, now: number): SavedPaper {
  let next: SavedPaper = { ...existing };
  if (input.tags !== undefined) next.tags = cleanTags(input.tags);
  next = withNote(next, input.note);
  if (input.read === true) next.readAt = existing.readAt ?? now;
  if (input.read === false) {
    const { readAt: _r, ...rest } = next;
    next = rest;
  }
  return next;
}

export function newSaved(paper: Paper, input: SaveInput, now: number): SavedPaper {
  return withNote({ id: paper.id, savedAt: now, tags: cleanTags(input.tags ?? []), paper }, input.note);
}

/**
 * The snapshot of a paper saved before anything described it (arXiv unreachable, nothing cached): the
 * id alone. It is valid data (exporters write the id, with "unknown" where a value is missing) and is
 * replaced by arXiv's metadata as soon as the follow-up reaches arXiv.
 */
export function placeholderPaper(id: string): Paper {
  return { id, title: '', authors: [], abstract: '', categories: [], fetchedAt: {} };
}

/** Whether the snapshot has arXiv's own fields (version, categories, dates), which exports need. */
export function hasArxivSnapshot(saved: SavedPaper): boolean {
  return saved.paper.fetchedAt.arxiv !== undefined;
}

/** Whether the saved paper still owes follow-up work (see owed.ts). */
export function needsFollowUp(saved: SavedPaper): boolean {
  return saved.bibtex === undefined || !hasArxivSnapshot(saved);
}
