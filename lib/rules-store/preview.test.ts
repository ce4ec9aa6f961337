// `rules/preview` over a cache filled with real papers (tests/fixtures/rules-papers.json: the Hugging
// Face search capture, arXiv API entries, a daily-papers item). The expected sets are the hand-worked
// ones of lib/rules/seed-papers.test.ts: the preview must mean what the matcher means.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromOptionsTab, fromPage, startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import type { CachedPaper } from '../db/schema';
import type { RulePreview } from '../messaging/types';
import { previewQuery } from './preview';

const { papers: fixture } = JSON.parse(readFileSync(new URL('../../tests/fixtures/rules-papers.json', import.meta.url), 'utf8')) as {
  papers: ({ key: string; title: string; abstract: string } & Partial<CachedPaper>)[];
};

/** Fixture paper i as a cache entry with a made-up canonical id (2401.1000i), cached at time `at`. */
function entry(i: number, at: number): CachedPaper {
  const { key: _key, ...p } = fixture[i]!;
  return { authors: [], categories: [], ...p, id: `2401.${10000 + i}`, fetchedAt: { hf: at }, cachedAt: at };
}
const idOf = (key: string) => `2401.${10000 + fixture.findIndex((p) => p.key === key)}`;

let bg: TestBackground;
let n = 0;
async function put(...rows: CachedPaper[]) {
  const db = await bg.db.get();
  for (const row of rows) await db.put('papers', row);
}

beforeEach(() => {
  bg = startBackground({ name: `preview-${++n}`, clock: new VirtualClock() });
});

const preview = (query: string, limit?: number) => bg.send<RulePreview>({ type: 'rules/preview', query, ...(limit ? { limit } : {}) }, fromOptionsTab);

describe('rules/preview', () => {
  it('lists the cached papers a query matches, newest cached first, with the count of all matches', async () => {
    // Cached in fixture order, one second apart: the last one is the newest.
    await put(...fixture.map((_p, i) => entry(i, 1_000 * (i + 1))));
    const second = ['seed-0', 'seed-6', 'seed-11', 'seed-12', 'seed-25', 'seed-48'].map(idOf);
    const all = await preview('"second-order"');
    expect(all).toMatchObject({ ok: true, matched: 6, scanned: fixture.length });
    expect(all.papers.map((p) => p.id)).toEqual([...second].reverse());
    // What is answered is the paper, without the cache's bookkeeping.
    expect(all.papers[0]).not.toHaveProperty('cachedAt');
    expect(all.papers[0]).toMatchObject({ id: idOf('seed-48'), title: fixture.find((p) => p.key === 'seed-48')!.title });

    const two = await preview('"second-order"', 2);
    expect(two).toMatchObject({ matched: 6, scanned: fixture.length });
    expect(two.papers.map((p) => p.id)).toEqual([second[5], second[4]]);

    // Authors, categories, AI keywords: the fields of every kind of source.
    expect((await preview('au:"de vries" cat:hep-ph')).papers.map((p) => p.id)).toEqual([idOf('arxiv-nucl-ex/0408020v1')]);
    expect((await preview('kw:"in-context learning"')).papers.map((p) => p.id)).toEqual([idOf('hf-2602.23229')]);
    expect(await preview('zzzunheardof')).toEqual({ ok: true, papers: [], matched: 0, scanned: fixture.length });
  });

  it('a query that does not parse answers the position and the problem, reading nothing', async () => {
    await put(entry(0, 1));
    expect(await preview('(diffusion OR flow')).toEqual({
      ok: true,
      error: { position: 0, message: 'unbalanced parenthesis at 0' },
      papers: [],
      matched: 0,
      scanned: 0,
    });
    expect(await preview('diffusion OR')).toMatchObject({ error: { position: 10, message: expect.stringMatching(/dangling OR/) } });
    expect(await preview('')).toMatchObject({ error: { position: 0, message: 'empty query' } });
  });

  it('skips entries without a title (negative entries, ids still being looked up)', async () => {
    const negative: CachedPaper = { id: '2401.99999', title: '', authors: [], abstract: '', categories: [], fetchedAt: {}, notFound: { arxiv: 5 }, cachedAt: 5 };
    await put(entry(0, 1), negative);
    // An exclusion-only rule would otherwise "match" the blank entry.
    const answer = await preview('-cat:cs.CV');
    expect(answer).toMatchObject({ matched: 1, scanned: 1 });
    expect(answer.papers.map((p) => p.id)).toEqual([idOf('seed-0')]);
  });

  it('is for the extension pages only, and checks its limit', async () => {
    expect(await bg.send({ type: 'rules/preview', query: 'x' }, fromPage('https://huggingface.co/papers'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/extension/),
    });
    expect(await bg.send({ type: 'rules/preview', query: 'x', limit: 0 })).toMatchObject({ ok: false });
  });
});

describe('previewQuery reads only the newest entries of the cache', () => {
  it('scans the newest `scanLimit` by cachedAt, whatever their ids', async () => {
    // Ids in the opposite order of their cache times, so key order and time order disagree.
    await put(...fixture.map((_p, i) => entry(i, 1_000 * (fixture.length - i))));
    const newest = await previewQuery(bg.db, '"second-order"', { scanLimit: 7 });
    // The newest seven are fixture papers 0…6: seed-0 and seed-6 use "second-order".
    expect(newest).toEqual({ papers: [entry(0, 0), entry(6, 0)].map(({ cachedAt: _c, fetchedAt: _f, ...p }) => expect.objectContaining(p)), matched: 2, scanned: 7 });
    expect(await previewQuery(bg.db, '"second-order"', { scanLimit: 1 })).toMatchObject({ matched: 1, scanned: 1 });
    expect(await previewQuery(bg.db, '"second-order"', { scanLimit: 10_000 })).toMatchObject({ matched: 6, scanned: fixture.length });
  });

  it('an empty cache scans nothing', async () => {
    expect(await previewQuery(bg.db, 'diffusion')).toEqual({ papers: [], matched: 0, scanned: 0 });
  });
});
