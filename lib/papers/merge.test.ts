import { describe, expect, it } from 'vitest';
import { readFixture } from '../../tests/support/fixtures';
import { parseArxivAtom } from '../arxiv/atom';
import { ARXIV_TTL_MS, HF_TTL_MS, NOT_FOUND_TTL_MS, sourceState } from './freshness';
import { mergeArxiv, mergeHf, mergeNotFound } from './merge';

const entry = parseArxivAtom(readFixture('arxiv-api/new-2025-11-11_query_doc.xml')).entries[0]!;

describe('merge', () => {
  it('arXiv replaces its own fields (dropping ones it no longer sends) and keeps HF extras', () => {
    const hf = mergeHf(undefined, { id: '2206.06921', title: 'HF title', upvotes: 5, aiSummary: 'S' }, 1);
    const stored = mergeArxiv({ ...hf, doi: 'stale/doi', notFound: { arxiv: 0 } }, { ...entry, doi: undefined }, 2);
    expect(stored).toMatchObject({ title: 'Attainable forms of Assouad spectra', version: 3, upvotes: 5, aiSummary: 'S' });
    expect(stored).not.toHaveProperty('doi');
    expect(stored).not.toHaveProperty('notFound');
    expect(stored.fetchedAt).toEqual({ hf: 1, arxiv: 2 });
    expect(stored.cachedAt).toBe(2);
  });

  it('HF fills descriptive fields only until arXiv has spoken, and never empties them', () => {
    const fromArxiv = mergeArxiv(undefined, entry, 1);
    const after = mergeHf(fromArxiv, { id: '2206.06921', title: 'Edited', summary: '', authors: [], upvotes: 9 }, 2);
    expect(after).toMatchObject({ title: entry.title, abstract: entry.summary, authors: ['Alex Rutar'], upvotes: 9 });
    const hfOnly = mergeHf(mergeNotFound(undefined, '2206.06921', 'hf', 0), { id: '2206.06921', title: ' A\n title ' }, 3);
    expect(hfOnly).toMatchObject({ title: 'A title', fetchedAt: { hf: 3 } });
    expect(hfOnly).not.toHaveProperty('notFound');
  });

  it('a negative entry keeps what else is known', () => {
    const known = mergeHf(undefined, { id: '2206.06921', title: 'T', upvotes: 1 }, 1);
    expect(mergeNotFound(known, '2206.06921', 'arxiv', 2)).toMatchObject({ title: 'T', upvotes: 1, notFound: { arxiv: 2 } });
  });
});

describe('freshness', () => {
  const p = mergeHf(mergeArxiv(undefined, entry, 0), { id: '2206.06921', upvotes: 1 }, 0);
  it('ages each source on its own clock', () => {
    expect(sourceState(p, 'arxiv', ARXIV_TTL_MS - 1)).toBe('fresh');
    expect(sourceState(p, 'arxiv', ARXIV_TTL_MS)).toBe('stale');
    expect(sourceState(p, 'hf', HF_TTL_MS - 1)).toBe('fresh');
    expect(sourceState(p, 'hf', HF_TTL_MS)).toBe('stale');
    expect(sourceState(undefined, 'arxiv', 0)).toBe('missing');
  });
  it('a miss counts until it expires, and a later answer overrides it', () => {
    const missed = mergeNotFound(undefined, '2206.06921', 'arxiv', 10);
    expect(sourceState(missed, 'arxiv', 10 + NOT_FOUND_TTL_MS - 1)).toBe('not-found');
    expect(sourceState(missed, 'arxiv', 10 + NOT_FOUND_TTL_MS)).toBe('missing');
    expect(sourceState({ ...missed, fetchedAt: { arxiv: 11 } }, 'arxiv', 12)).toBe('fresh');
  });
});
