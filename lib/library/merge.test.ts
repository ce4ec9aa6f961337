import { describe, expect, it } from 'vitest';
import { saved, VASWANI } from '../export/__fixtures__/library';
import { applyUpdate, cleanTags, mergeSave, needsFollowUp, newSaved, placeholderPaper } from './merge';

const base = saved(VASWANI, 1_000, { tags: ['b', 'a'], note: 'mine', readAt: 2_000, bibtex: '@misc{k,}' });

describe('merge rules of library/save and library/update', () => {
  it('cleans tags: trimmed, inner spaces collapsed, empty and exact repeats dropped, case kept', () => {
    expect(cleanTags([' to  read ', 'to read', '', '  ', 'PDE', 'pde'])).toEqual(['to read', 'PDE', 'pde']);
  });

  it('save again: savedAt, readAt, bibtex and snapshot kept; tags united; note only when given', () => {
    expect(mergeSave(base, {})).toEqual(base);
    expect(mergeSave(base, { tags: ['a', 'c'] })).toEqual({ ...base, tags: ['b', 'a', 'c'] });
    expect(mergeSave(base, { note: 'theirs' })).toEqual({ ...base, note: 'theirs' });
    const { note: _n, ...withoutNote } = base;
    expect(mergeSave(base, { note: ' ' })).toEqual(withoutNote);
  });

  it('update: tags replaced, note replaced or removed, read kept from the first time, unread removes it', () => {
    expect(applyUpdate(base, { tags: ['x', 'x'] }, 9)).toEqual({ ...base, tags: ['x'] });
    expect(applyUpdate(base, { read: true }, 9).readAt).toBe(2_000);
    const { readAt: _r, ...unread } = base;
    expect(applyUpdate(base, { read: false }, 9)).toEqual(unread);
    expect(applyUpdate(unread, { read: true }, 9).readAt).toBe(9);
    expect(applyUpdate(base, { note: '' }, 9)).not.toHaveProperty('note');
  });

  it('a new save, and what still owes follow-up work', () => {
    const fresh = newSaved(VASWANI, { tags: ['t'], note: '' }, 5);
    expect(fresh).toEqual({ id: VASWANI.id, savedAt: 5, tags: ['t'], paper: VASWANI });
    expect(needsFollowUp(fresh)).toBe(true); // no BibTeX yet
    expect(needsFollowUp(base)).toBe(false);
    expect(needsFollowUp({ ...base, paper: placeholderPaper(VASWANI.id) })).toBe(true); // no arXiv snapshot
  });
});
