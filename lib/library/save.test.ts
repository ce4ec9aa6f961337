import { beforeEach, describe, expect, it, vi } from 'vitest';
import { drain, fromPage, startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import type { SavedPaper } from '../papers/schema';
import { SAVE_WAIT_MS } from './save';

let clock: VirtualClock;
let bg: TestBackground;
let n = 0;

beforeEach(() => {
  clock = new VirtualClock();
  bg = startBackground({ name: `save-${++n}`, clock, unknown: ['2201.13455'] });
});

type Saved = { saved: SavedPaper };
const save = (message: object, sender?: object) => bg.send<Saved>({ type: 'library/save', ...message }, sender);
const stored = async (id: string) => (await bg.db.get()).get('saved', id);
const owed = async () => (await (await bg.db.get()).getAllKeys('pending')).filter((k) => k[0] === 'bibtex').map((k) => k[1]);

describe('library/save', () => {
  it('normalises the id, fetches arXiv metadata into a complete snapshot, from a content script too', async () => {
    const t0 = clock.now();
    const answer = await save({ id: 'https://arxiv.org/abs/2201.13452v1', tags: ['pde', ' pde ', 'epidemics'] }, fromPage());
    expect(answer.ok).toBe(true);
    expect(answer.saved).toMatchObject({
      id: '2201.13452',
      savedAt: t0,
      tags: ['pde', 'epidemics'],
      paper: {
        id: '2201.13452',
        version: 1,
        title: 'Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease',
        authors: ['Hong-Ming Yin', 'Jun Zou'],
        categories: ['math.AP'],
        primaryCategory: 'math.AP',
        published: '2022-01-31T18:59:34Z',
        fetchedAt: { arxiv: t0 },
      },
    });
    expect(answer.saved).not.toHaveProperty('note');
    expect(answer.saved.paper).not.toHaveProperty('cachedAt');
    expect(await stored('2201.13452')).toEqual(answer.saved);
    expect(bg.arxiv.requests.map((r) => r.ids)).toEqual([['2201.13452']]);
  });

  it('reads old ids in any form and stores them canonically', async () => {
    const answer = await save({ id: 'arXiv:math.GT/0309136v2' });
    expect(answer.saved.id).toBe('math/0309136');
    expect(answer.saved.paper.id).toBe('math/0309136');
  });

  it('saving again keeps savedAt, merges tags in order, replaces the note only when one is given', async () => {
    const first = await save({ id: '2201.13452', tags: ['b', 'a'], note: 'first note' });
    await clock.advance(60_000);
    const again = await save({ id: 'arXiv:2201.13452', tags: ['a', 'c'] });
    expect(again.saved.savedAt).toBe(first.saved.savedAt);
    expect(again.saved.tags).toEqual(['b', 'a', 'c']);
    expect(again.saved.note).toBe('first note');
    const noted = await save({ id: '2201.13452', note: 'second' });
    expect(noted.saved.note).toBe('second');
    expect(noted.saved.tags).toEqual(['b', 'a', 'c']);
    const cleared = await save({ id: '2201.13452', note: '' });
    expect(cleared.saved).not.toHaveProperty('note');
    // A re-save answers from the library: no request, no waiting.
    expect(bg.arxiv.requests).toHaveLength(1);
  });

  it('refuses an id arXiv does not know, and saves nothing', async () => {
    const answer = await save({ id: '2201.13455' });
    expect(answer).toEqual({ ok: false, error: 'arXiv does not know the paper 2201.13455; nothing was saved' });
    expect(await stored('2201.13455')).toBeUndefined();
    expect(await owed()).toEqual([]);
    expect(bg.toTabs).toEqual([]);
  });

  it('refuses what is not an arXiv id at all, naming it', async () => {
    expect(await save({ id: 'https://example.org/paper' })).toEqual({
      ok: false,
      error: 'not an arXiv identifier: "https://example.org/paper"',
    });
    expect(bg.arxiv.requests).toHaveLength(0);
  });
});

describe('library/save while arXiv cannot be reached', () => {
  it('saves the id at once (after the save wait), owes the snapshot and BibTeX, and completes both later', async () => {
    bg.arxiv.queue('network-error', 'network-error', 'network-error', 'network-error');
    const t0 = clock.now();
    const answer = await save({ id: '2206.06921', tags: ['offline'] });
    expect(clock.now() - t0).toBe(SAVE_WAIT_MS);
    expect(answer).toMatchObject({ ok: true, saved: { id: '2206.06921', savedAt: t0, tags: ['offline'] } });
    expect(answer.saved.paper).toEqual({ id: '2206.06921', title: '', authors: [], abstract: '', categories: [], fetchedAt: {} });
    expect(await owed()).toEqual(['2206.06921']);

    // The browser comes back online; the alarm (or any message) starts the loops again.
    await clock.advance(3600_000);
    await drain(clock, bg);
    const done = await stored('2206.06921');
    expect(done).toMatchObject({ savedAt: t0, tags: ['offline'], paper: { title: 'Attainable forms of Assouad spectra', version: 3 } });
    expect(done?.bibtex).toContain('eprint={2206.06921}');
    expect(await owed()).toEqual([]);
    expect(bg.alarm()).toBeUndefined();
    // Whoever shows the paper heard that its record changed.
    expect(bg.toPages.filter((m) => m.type === 'library/changed' && m.ids.includes('2206.06921')).length).toBeGreaterThanOrEqual(2);
  });

  it("keeps Hugging Face's description as the snapshot meanwhile, when the cache has one", async () => {
    await bg.send({ type: 'papers/putEmbedded', items: [{ id: '2602.23229', title: 'An HF paper', authors: ['A. B'], upvotes: 3 }] });
    bg.arxiv.queue('network-error', 'network-error', 'network-error', 'network-error');
    const answer = await save({ id: '2602.23229' });
    expect(answer.saved.paper).toMatchObject({ title: 'An HF paper', authors: ['A. B'] });
    expect(answer.saved.paper.fetchedAt.arxiv).toBeUndefined();
    expect(await owed()).toEqual(['2602.23229']);
  });

  it('a full disk that stays full is a clear error, and nothing is half-written', async () => {
    await save({ id: '2201.13452' });
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } }).IDBObjectStore
      .prototype;
    vi.spyOn(proto, 'put').mockImplementation(function (this: { name: string }) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const answer = await save({ id: '2201.13452', tags: ['more'] });
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^the browser has no room left for Paper Radar's data: 2201\.13452 was not saved\./);
    vi.restoreAllMocks();
    expect((await stored('2201.13452'))?.tags).toEqual([]);
  });
});
