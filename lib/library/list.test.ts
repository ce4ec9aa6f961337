import { beforeEach, describe, expect, it } from 'vitest';
import { drain, fromPage, startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { fixtureLibrary, generatedLibrary, paper, saved, T0 } from '../export/__fixtures__/library';
import type { SavedPaper } from '../papers/schema';
import { DEFAULT_PAGE_SIZE } from './list';

let clock: VirtualClock;
let bg: TestBackground;
let n = 0;

beforeEach(() => {
  clock = new VirtualClock();
  bg = startBackground({ name: `list-${++n}`, clock });
});

/** Writes records straight into the store: list tests set up the library, they do not test saving. */
async function put(records: SavedPaper[]): Promise<void> {
  const tx = (await bg.db.get()).transaction('saved', 'readwrite');
  for (const r of records) void tx.store.put(r);
  await tx.done;
}

type Page = { saved: SavedPaper[]; total: number };
const list = async (options: object = {}, sender?: object) => {
  const answer = await bg.send<Page>({ type: 'library/list', ...options }, sender);
  expect(answer.ok, answer.error).toBe(true);
  return answer;
};
const ids = (page: Page) => page.saved.map((s) => s.id);

/** Every page of a listing, walked with `limit`. */
async function walk(options: object, limit: number): Promise<string[]> {
  const out: string[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await list({ ...options, offset, limit });
    out.push(...ids(page));
    if (offset + limit >= page.total) return out;
  }
}

describe('library/list', () => {
  it('keeps its total right across saves and removes once it stopped counting the store', async () => {
    await put(generatedLibrary(30));
    expect((await list()).total).toBe(30);
    expect((await list()).total).toBe(30);
    await bg.send({ type: 'library/save', id: '2201.13452' }, fromPage());
    expect((await list()).total).toBe(31);
    await bg.send({ type: 'library/remove', ids: ['2201.13452', ids(await list({ limit: 1, offset: 5 }))[0]] });
    expect((await list()).total).toBe(29);
    await bg.send({ type: 'data/clear' });
    expect((await list()).total).toBe(0);
  });

  it('newest saved first by default, a page of DEFAULT_PAGE_SIZE, with the total; content scripts may not ask', async () => {
    const lib = generatedLibrary(120);
    await put(lib);
    // The whole library is not a page's business (lib/messaging/protocol.ts SENDER_POLICY).
    expect(await bg.send({ type: 'library/list' }, fromPage())).toMatchObject({ ok: false, error: expect.stringMatching(/extension/) });
    const page = await list({});
    expect(page.total).toBe(120);
    expect(page.saved).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(page.saved[0]).toEqual(lib[119]); // full records, snapshot included
    expect(ids(page)).toEqual(lib.slice(-DEFAULT_PAGE_SIZE).reverse().map((s) => s.id));
    expect(await list({ offset: 200 })).toEqual({ ok: true, saved: [], total: 120 });
  });

  it('pages never overlap or skip, in every order, even among papers saved in the same millisecond', async () => {
    const lib = generatedLibrary(60).map((s, i) => ({ ...s, savedAt: T0 + Math.floor(i / 4) }));
    await put(lib);
    for (const sort of ['saved', 'published', 'title'] as const) {
      const whole = ids(await list({ sort, limit: 1000 }));
      expect(new Set(whole).size).toBe(60);
      expect(await walk({ sort }, 7)).toEqual(whole);
    }
    // The unfiltered "saved" listing (an index walk) and the filtered one (sorted in memory) agree.
    expect(await walk({}, 7)).toEqual(await walk({ query: 'abstract' }, 7));
  });

  it('sort "published": newest v1 first, unknown dates last; "title": A→Z ignoring case, accents, punctuation, by number', async () => {
    const p = (id: string, title: string, published?: string) => paper({ id, title, ...(published ? { published } : {}) });
    await put([
      saved(p('2501.00001', 'zeta functions', '2020-05-01T00:00:00Z'), T0 + 1),
      saved(p('2501.00002', 'Élan vital', '2024-01-01T00:00:00Z'), T0 + 2),
      saved(p('2501.00003', 'Delta Problem 10'), T0 + 3),
      saved(p('2501.00004', '"Alpha" methods', '2022-02-02T00:00:00Z'), T0 + 4),
      saved(p('2501.00005', 'Delta Problem 2', '2024-01-01T00:00:00Z'), T0 + 5),
    ]);
    expect(ids(await list({ sort: 'published' }))).toEqual(['2501.00005', '2501.00002', '2501.00004', '2501.00001', '2501.00003']);
    expect(ids(await list({ sort: 'title' }))).toEqual(['2501.00004', '2501.00005', '2501.00003', '2501.00002', '2501.00001']);
    expect(ids(await list({ sort: 'saved' }))).toEqual(['2501.00005', '2501.00004', '2501.00003', '2501.00002', '2501.00001']);
  });

  it('searches title, authors, abstract, tags and notes, folding case, diacritics and TeX', async () => {
    await put(fixtureLibrary());
    const hits = async (query: string) => ids(await list({ query, limit: 100 }));
    // TEX's title is `H\"older` in TeX; the generated word list is not involved here.
    expect(await hits('holder')).toEqual(['2101.00001']);
    expect(await hits('HÖLDER inequal')).toEqual(['2101.00001']);
    expect(await hits('muller')).toEqual(['2101.00001']); // author Łukasz Müller
    expect(await hits('lukasz')).toContain('2101.00001');
    expect(await hits('ATTENTION vaswani')).toEqual(['1706.03762']);
    expect(await hits('transduction')).toEqual(['1706.03762']); // abstract
    expect(await hits('to read')).toEqual(['1706.03762']); // a tag
    expect(await hits('re-read')).toEqual(['1706.03762']); // the note: "Re-read §3."
    expect(await hits('witten')).toEqual(['hep-th/9901001']);
    expect(await hits('attention witten')).toEqual([]);
    expect((await list({ query: 'zzzz' })).total).toBe(0);
    expect((await list({ query: '  ' })).total).toBe(fixtureLibrary().length);
  });

  it('filters by tag (exactly), combined with search, sort and paging', async () => {
    await put(generatedLibrary(100));
    const tagged = await list({ tag: 't3', limit: 100 });
    expect(tagged.total).toBe(10);
    expect(tagged.saved.every((s) => s.tags.includes('t3'))).toBe(true);
    expect((await list({ tag: 'T3' })).total).toBe(0);
    const both = await list({ tag: 'even', query: 'quantum', sort: 'title', offset: 2, limit: 3 });
    const all = await list({ tag: 'even', query: 'quantum', sort: 'title', limit: 100 });
    expect(both.total).toBe(all.total);
    expect(ids(both)).toEqual(ids(all).slice(2, 5));
  });

  it('filtered listings follow every write at once (the rows kept in memory are never stale)', async () => {
    await put(fixtureLibrary());
    const hits = async (options: object) => ids(await list({ sort: 'title', limit: 100, ...options }));
    expect(await hits({ query: 'attention' })).toEqual(['1706.03762']); // rows loaded now
    await bg.send({ type: 'library/update', id: '1706.03762', tags: ['zzz'] });
    expect(await hits({ tag: 'zzz' })).toEqual(['1706.03762']);
    expect(await hits({ query: 'transformers' })).toEqual([]); // its old tag
    const { removed } = await bg.send<{ removed: SavedPaper[] }>({ type: 'library/remove', ids: ['1706.03762'] });
    expect(await hits({ query: 'attention' })).toEqual([]);
    await bg.send({ type: 'library/restore', saved: removed });
    expect(await hits({ query: 'attention' })).toEqual(['1706.03762']);
    const backup = await bg.send<{ text: string }>({ type: 'library/export', format: 'json' });
    await bg.send({ type: 'data/clear' });
    expect((await list({ sort: 'title' })).total).toBe(0);
    await bg.send({ type: 'library/import', text: backup.text });
    expect(await hits({ query: 'attention', tag: 'zzz' })).toEqual(['1706.03762']);

    // Saved while arXiv is unreachable: found by its title once the follow-up has completed it.
    bg.arxiv.queue('network-error', 'network-error', 'network-error', 'network-error');
    await bg.send({ type: 'library/save', id: '2206.06921' });
    expect(await hits({ query: 'assouad' })).toEqual([]);
    await clock.advance(3600_000);
    await drain(clock, bg);
    expect(await hits({ query: 'assouad' })).toEqual(['2206.06921']);
  });

  it('10,000 saved papers: timings in this test environment (fake-indexeddb)', async () => {
    const lib = generatedLibrary(10_000).map((s) => ({ ...s, paper: { ...s.paper, abstract: s.paper.abstract + ' lorem ipsum'.repeat(90) } }));
    await put(lib);
    const time = async (options: object) => {
      const t = performance.now();
      const page = await list(options);
      return { ms: Math.round(performance.now() - t), total: page.total };
    };
    const first = await time({});
    const deep = await time({ offset: 9_950 });
    const search1 = await time({ query: 'hölder' });
    const search2 = await time({ query: 'hölder graph' });
    const title = await time({ sort: 'title' });
    expect(first.total).toBe(10_000);
    expect(search1.total).toBeGreaterThan(search2.total);
    expect(search2.total).toBeGreaterThan(0);
    console.info(
      `[library] list over 10,000 (fake-indexeddb): first page ${first.ms} ms, offset 9950 ${deep.ms} ms, ` +
        `search cold ${search1.ms} ms, search warm ${search2.ms} ms, by title ${title.ms} ms`,
    );
  }, 60_000);
});
