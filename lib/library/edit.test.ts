import { beforeEach, describe, expect, it } from 'vitest';
import { drain, fromPage, startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { fixtureLibrary } from '../export/__fixtures__/library';
import type { SavedPaper } from '../papers/schema';

let clock: VirtualClock;
let bg: TestBackground;
let n = 0;

beforeEach(async () => {
  clock = new VirtualClock();
  bg = startBackground({ name: `edit-${++n}`, clock });
  expect(await bg.send({ type: 'library/restore', saved: fixtureLibrary() })).toEqual({ ok: true });
  // Restored records without arXiv's BibTeX owe it: let those fetches land before the test looks.
  await drain(clock, bg);
  bg.toTabs.length = 0;
  bg.toPages.length = 0;
});

const all = async () => (await (await bg.db.get()).getAll('saved')).sort((a, b) => a.savedAt - b.savedAt);
type Saved = { saved: SavedPaper };

describe('library/update', () => {
  it('replaces tags, sets and removes the note, marks read and unread', async () => {
    const t = clock.now();
    const a = await bg.send<Saved>({ type: 'library/update', id: 'arXiv:1706.03762v7', tags: ['b', 'a', 'b'], read: true });
    expect(a.saved).toMatchObject({ id: '1706.03762', tags: ['b', 'a'], note: 'Classic.\nRe-read §3.', readAt: t });
    await clock.advance(5_000);
    const again = await bg.send<Saved>({ type: 'library/update', id: '1706.03762', read: true, note: 'new' });
    expect(again.saved.readAt).toBe(t); // the first reading counts
    expect(again.saved.note).toBe('new');
    const unread = await bg.send<Saved>({ type: 'library/update', id: '1706.03762', read: false, note: '' });
    expect(unread.saved).not.toHaveProperty('readAt');
    expect(unread.saved).not.toHaveProperty('note');
    expect(unread.saved.tags).toEqual(['b', 'a']);
    expect(bg.toTabs.filter((m) => m.tabId === 1).map((m) => m.notice)).toEqual(
      Array(3).fill({ type: 'library/changed', ids: ['1706.03762'], saved: true }),
    );
  });

  it('names a paper that is not in the library, and an id that is not one', async () => {
    expect(await bg.send({ type: 'library/update', id: '2501.00001', tags: [] })).toEqual({
      ok: false,
      error: '2501.00001 is not in the library',
    });
    expect(await bg.send({ type: 'library/update', id: 'nope', tags: [] })).toEqual({ ok: false, error: 'not an arXiv identifier: "nope"' });
  });
});

describe('library/remove and library/restore (undo)', () => {
  it('remove answers the full records; restore puts back exactly what was there', async () => {
    const before = await all();
    const ids = ['https://arxiv.org/abs/2101.00001v2', 'hepth/9901001v2', '2203.04567', '2501.99999', 'not an id', '2203.04567'];
    const removed = await bg.send<{ removed: SavedPaper[] }>({ type: 'library/remove', ids }, fromPage());
    expect(removed.removed.map((s) => s.id)).toEqual(['2101.00001', 'hep-th/9901001', '2203.04567']);
    const record = (id: string) => before.find((s) => s.id === id);
    expect(removed.removed).toEqual(['2101.00001', 'hep-th/9901001', '2203.04567'].map(record));
    expect((await all()).map((s) => s.id)).toEqual(before.map((s) => s.id).filter((id) => !removed.removed.some((r) => r.id === id)));
    expect(bg.toPages).toEqual([{ type: 'library/changed', ids: ['2101.00001', 'hep-th/9901001', '2203.04567'], saved: false }]);

    // The answer travels as JSON (runtime messaging), and comes back the same way.
    const undo = JSON.parse(JSON.stringify(removed.removed));
    expect(await bg.send({ type: 'library/restore', saved: undo })).toEqual({ ok: true });
    expect(await all()).toEqual(before);
    expect(bg.toPages.at(-1)).toEqual({ type: 'library/changed', ids: ['2101.00001', 'hep-th/9901001', '2203.04567'], saved: true });
  });

  it('restore is for extension pages only, and refuses a record whose snapshot is of another paper', async () => {
    const [first] = await all();
    expect(await bg.send({ type: 'library/restore', saved: [first] }, fromPage('https://arxiv.org/abs/1706.03762'))).toEqual({
      ok: false,
      error: `"library/restore" is only accepted from the extension's own pages`,
    });
    const wrong = { ...first!, id: '2501.00001' };
    expect(await bg.send({ type: 'library/restore', saved: [wrong] })).toEqual({
      ok: false,
      error: 'cannot restore 2501.00001: its snapshot is of 1706.03762',
    });
    expect(await (await bg.db.get()).get('saved', '2501.00001')).toBeUndefined();
  });

  it('removing nothing that is saved changes nothing and announces nothing', async () => {
    expect(await bg.send({ type: 'library/remove', ids: ['2501.99999'] })).toEqual({ ok: true, removed: [] });
    expect(bg.toPages).toEqual([]);
    expect(bg.toTabs).toEqual([]);
  });
});
