import { describe, expect, it } from 'vitest';
import type { Paper } from '../papers/schema';
import { HF_ONLY, NOW, OLD_ID_ARXIV_BIBTEX, RULES, T0, TEX, VASWANI, paper, saved } from './__fixtures__/library';
import type { ImportedEntry } from './import-types';
import { NOTE_SEPARATOR, idsToLookUp, mergeNotes, planImport, planRules } from './plan-import';

const entry = (id: string, extra: Partial<ImportedEntry> = {}): ImportedEntry => ({ id, needsLookup: true, ...extra });

describe('planImport', () => {
  const existing = [saved(VASWANI, T0 + 100, { tags: ['a', 'b'], note: 'mine' }), saved(TEX, T0 + 200)];

  it('adds new papers with their snapshot or looked-up metadata, and reports the rest as unresolved', () => {
    const looked = new Map<string, Paper>([[HF_ONLY.id, HF_ONLY]]);
    const plan = planImport(existing, [entry(HF_ONLY.id, { tags: ['x'] }), entry('2101.09999'), entry('1999.00001', { paper: paper({ id: '1999.00001', title: 'S' }), needsLookup: false })], {
      now: NOW,
      papers: looked,
    });
    expect(plan.added).toBe(2);
    expect(plan.unresolved).toEqual(['2101.09999']);
    expect(plan.put).toEqual([
      { id: HF_ONLY.id, savedAt: NOW, tags: ['x'], paper: HF_ONLY },
      { id: '1999.00001', savedAt: NOW, tags: [], paper: paper({ id: '1999.00001', title: 'S' }) },
    ]);
  });

  it('merges into saved papers: tags unioned, earlier savedAt, notes kept both, nothing removed', () => {
    const plan = planImport(existing, [entry(VASWANI.id, { tags: ['b', 'c'], note: 'theirs', savedAt: T0, readAt: T0 + 5, bibtex: 'x' })], { now: NOW });
    expect(plan).toMatchObject({ added: 0, updated: 1, skipped: 0, unresolved: [] });
    expect(plan.put).toEqual([
      { ...existing[0], tags: ['a', 'b', 'c'], note: 'mine' + NOTE_SEPARATOR + 'theirs', savedAt: T0, readAt: T0 + 5, bibtex: 'x' },
    ]);
  });

  it('keeps the existing snapshot, read time, stored entry and a later-saved time', () => {
    const old = saved(VASWANI, T0, { readAt: T0 + 1, bibtex: OLD_ID_ARXIV_BIBTEX });
    const other = paper({ ...VASWANI, title: 'Changed' });
    const plan = planImport([old], [entry(VASWANI.id, { paper: other, savedAt: T0 + 50, readAt: T0 + 9, bibtex: 'other', tags: ['new'] })], { now: NOW });
    expect(plan.put).toEqual([{ ...old, tags: ['new'] }]);
  });

  it('skips entries that add nothing, so a second import of the same file changes nothing', () => {
    const incoming = [entry(VASWANI.id, { tags: ['c'], note: 'theirs' }), entry(TEX.id)];
    const first = planImport(existing, incoming, { now: NOW });
    expect(first).toMatchObject({ updated: 1, skipped: 1 });
    const after = existing.map((s) => first.put.find((p) => p.id === s.id) ?? s);
    expect(planImport(after, incoming, { now: NOW })).toEqual({ put: [], added: 0, updated: 0, skipped: 2, unresolved: [] });
  });

  it('merges repeats of one id within the file', () => {
    const plan = planImport([], [entry(HF_ONLY.id, { tags: ['a'], savedAt: T0 + 9 }), entry(HF_ONLY.id, { tags: ['b'], note: 'n', savedAt: T0 + 3 })], {
      now: NOW,
      papers: new Map([[HF_ONLY.id, HF_ONLY]]),
    });
    expect(plan).toMatchObject({ added: 1, updated: 0, skipped: 0 });
    expect(plan.put).toEqual([{ id: HF_ONLY.id, savedAt: T0 + 3, tags: ['a', 'b'], note: 'n', paper: HF_ONLY }]);
  });

  it('trims tags and drops empty ones', () => {
    const plan = planImport([], [entry(HF_ONLY.id, { tags: [' a ', '', 'a', 'b'] })], { now: NOW, papers: new Map([[HF_ONLY.id, HF_ONLY]]) });
    expect(plan.put[0]!.tags).toEqual(['a', 'b']);
  });

  it('does not touch its inputs', () => {
    const before = JSON.stringify(existing);
    planImport(existing, [entry(VASWANI.id, { tags: ['z'], note: 'q' })], { now: NOW });
    expect(JSON.stringify(existing)).toBe(before);
  });
});

describe('idsToLookUp', () => {
  it('lists new ids that came without a snapshot, once each', () => {
    const lib = [saved(VASWANI, T0)];
    const incoming = [entry(VASWANI.id), entry('2101.07777'), entry('2101.07777'), entry(TEX.id, { paper: TEX }), entry(TEX.id)];
    expect(idsToLookUp(lib, incoming)).toEqual(['2101.07777']);
  });
});

describe('mergeNotes', () => {
  it.each([
    [undefined, 'b', 'b'],
    ['a', undefined, 'a'],
    ['a', '  ', 'a'],
    ['', 'b', 'b'],
    ['a', 'a', 'a'],
    ['a', 'b', 'a' + NOTE_SEPARATOR + 'b'],
    ['a' + NOTE_SEPARATOR + 'b', 'b', 'a' + NOTE_SEPARATOR + 'b'],
    ['a', 'a' + NOTE_SEPARATOR + 'b', 'a' + NOTE_SEPARATOR + 'b'],
    ['a good book', 'ok', 'a good book' + NOTE_SEPARATOR + 'ok'],
  ])('%j + %j → %j', (mine, theirs, out) => {
    expect(mergeNotes(mine, theirs)).toBe(out);
  });
});

describe('planRules', () => {
  it('adds rules with a new id and a new query, never changes existing ones', () => {
    const incoming = [{ ...RULES[0]!, id: 'other' }, RULES[1]!, { ...RULES[1]!, id: 'r3', query: 'au:hinton' }];
    expect(planRules([RULES[1]!], incoming)).toEqual({ put: [incoming[0], incoming[2]], added: 2, skipped: 1 });
    expect(planRules(RULES, RULES)).toEqual({ put: [], added: 0, skipped: 2 });
  });
});

describe('the whole import flow', () => {
  it('reads, looks up, plans and answers', async () => {
    const { readImport, idsToLookUp, planImport: plan, importAnswer } = await import('./index');
    const library = [saved(VASWANI, T0, { tags: ['a'] })];
    const read = readImport('1706.03762 https://arxiv.org/abs/2402.00002 arXiv:2101.09999', 'text');
    if (!read.ok) throw new Error(read.error);
    const wanted = idsToLookUp(library, read.papers);
    expect(wanted).toEqual(['2402.00002', '2101.09999']);
    // The caller's papers/get found one of the two.
    const found = new Map([[HF_ONLY.id, HF_ONLY]]);
    const p = plan(library, read.papers, { now: NOW, papers: found });
    expect(p.put.map((s) => s.id)).toEqual(['2402.00002']);
    expect(importAnswer(read, p)).toEqual({
      added: 1,
      updated: 0,
      skipped: 1,
      errors: ['2101.09999: no metadata (arXiv does not know this id, or could not be reached); not added'],
    });
  });
});
