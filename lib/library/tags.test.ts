import { beforeEach, describe, expect, it } from 'vitest';
import { fromPage, startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { generatedLibrary } from '../export/__fixtures__/library';
import type { SavedPaper } from '../papers/schema';
import { tagCounts } from './tags';

let bg: TestBackground;
let n = 0;
beforeEach(() => {
  bg = startBackground({ name: `tags-${++n}`, clock: new VirtualClock() });
});

async function put(records: SavedPaper[]): Promise<void> {
  const tx = (await bg.db.get()).transaction('saved', 'readwrite');
  for (const r of records) void tx.store.put(r);
  await tx.done;
}

describe('tagCounts', () => {
  it('counts each tag once per paper, case-sensitively, in reading order', () => {
    expect(tagCounts([{ tags: ['pde', 'PDE', 'Élan'] }, { tags: ['pde', 'alpha', 'b10'] }, { tags: ['b9'] }, { tags: [] }])).toEqual([
      { tag: 'alpha', count: 1 },
      { tag: 'b9', count: 1 },
      { tag: 'b10', count: 1 },
      { tag: 'Élan', count: 1 },
      { tag: 'PDE', count: 1 },
      { tag: 'pde', count: 2 },
    ]);
  });
});

describe('library/tags', () => {
  it('answers every tag of the library with its count, follows edits, and only to extension pages', async () => {
    const lib = generatedLibrary(100); // odd papers: "even" and t1, t3, … t9
    await put(lib);
    const answer = await bg.send<{ tags: { tag: string; count: number }[] }>({ type: 'library/tags' });
    expect(answer.ok, answer.error).toBe(true);
    expect(answer.tags).toEqual([
      { tag: 'even', count: 50 },
      ...['t1', 't3', 't5', 't7', 't9'].map((tag) => ({ tag, count: 10 })),
    ]);

    expect((await bg.send({ type: 'library/update', id: lib[1]!.id, tags: ['even', 'fresh'] })).ok).toBe(true);
    expect((await bg.send({ type: 'library/remove', ids: [lib[3]!.id] })).ok).toBe(true);
    const after = await bg.send<{ tags: { tag: string; count: number }[] }>({ type: 'library/tags' });
    expect(after.tags).toEqual([
      { tag: 'even', count: 49 },
      { tag: 'fresh', count: 1 },
      { tag: 't1', count: 9 },
      { tag: 't3', count: 9 },
      ...['t5', 't7', 't9'].map((tag) => ({ tag, count: 10 })),
    ]);

    expect(await bg.send({ type: 'library/tags' }, fromPage())).toMatchObject({ ok: false, error: expect.stringMatching(/extension/) });
  });
});
