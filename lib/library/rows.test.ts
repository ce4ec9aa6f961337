import { describe, expect, it } from 'vitest';
import { createDbProvider } from '../db/connection';
import { fixtureLibrary } from '../export/__fixtures__/library';
import { LibraryRows } from './rows';

let n = 0;
async function freshDb() {
  const db = await createDbProvider({ name: `rows-${++n}`, storage: {}, log: () => undefined }).get();
  const [a, b, c] = fixtureLibrary();
  await db.put('saved', a!);
  await db.put('saved', b!);
  return { db, c: c! };
}

describe('LibraryRows', () => {
  // The guarantee: a listing that starts after a write was announced (`changed`, `reset`: the service
  // announces right after the commit, before it answers) sees it, however the reads overlapped.
  it('a write announced while the rows were being read is in every later listing', async () => {
    const { db, c } = await freshDb();
    const rows = new LibraryRows();
    const reading = rows.all(db); // its getAll reads the store as it was before the put below
    await db.put('saved', c);
    rows.changed([c.id]);
    await reading;
    expect((await rows.all(db)).map((r) => r.id).sort()).toEqual(['1706.03762', '2101.00001', '2203.04567']);
    await db.delete('saved', c.id);
    rows.changed([c.id]);
    expect((await rows.all(db)).map((r) => r.id).sort()).toEqual(['1706.03762', '2101.00001']);
  });

  it('a change announced before the first read finished is applied on top of it', async () => {
    const { db, c } = await freshDb();
    const rows = new LibraryRows();
    const reading = rows.all(db);
    rows.changed([c.id]); // announced while the getAll is in flight (the write itself is below)
    await db.put('saved', c);
    await reading;
    expect((await rows.all(db)).map((r) => r.id)).toContain(c.id);
  });

  it('a reset (data cleared) drops the rows, also one overtaking a read in flight', async () => {
    const { db } = await freshDb();
    const rows = new LibraryRows();
    const reading = rows.all(db);
    rows.reset(); // the read in flight is not kept: this listing reads again
    expect(await reading).toHaveLength(2);
    await db.clear('saved');
    rows.reset();
    expect(await rows.all(db)).toEqual([]);
  });

  it('holds what filtering and sorting need, and the folded search text', async () => {
    const { db } = await freshDb();
    const [row] = await new LibraryRows().all(db);
    expect(row).toMatchObject({ id: '1706.03762', title: 'Attention Is All You Need', tags: ['transformers', 'to read'], published: '2017-06-12T17:57:34Z' });
    expect(row!.text).toContain('vaswani');
    expect(row!.text).toContain('re read');
  });
});
