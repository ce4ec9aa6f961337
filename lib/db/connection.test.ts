import { forceCloseDatabase } from 'fake-indexeddb';
import { deleteDB, openDB, unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import type { Paper } from '../papers/schema';
import { createDbProvider } from './connection';
import { DB_NAME, DB_VERSION } from './schema';
import { RUNGS } from './upgrade';

let n = 0;
const uniqueName = () => `db-test-${++n}`;
const paper = (id: string, cachedAt: number): Paper & { cachedAt: number } => ({
  id,
  title: `Paper ${id}`,
  authors: ['A. Author'],
  abstract: '',
  categories: ['cs.LG'],
  fetchedAt: { arxiv: cachedAt },
  cachedAt,
});

describe('version ladder', () => {
  it('has one rung per version, and the product opens the latest under its one name', () => {
    expect(RUNGS).toHaveLength(DB_VERSION);
    expect(DB_NAME).toBe('paper-radar');
  });

  it('creates every store and index on a fresh profile', async () => {
    const db = await createDbProvider({ name: uniqueName(), storage: {} }).get();
    expect([...db.objectStoreNames].sort()).toEqual(['alerts', 'meta', 'papers', 'pending', 'rules', 'saved']);
    const tx = db.transaction(['papers', 'saved', 'alerts', 'pending']);
    expect([...tx.objectStore('papers').indexNames]).toEqual(['by-cachedAt']);
    expect([...tx.objectStore('saved').indexNames]).toEqual(['by-savedAt']);
    expect([...tx.objectStore('alerts').indexNames]).toEqual(['by-foundAt']);
    expect(tx.objectStore('pending').keyPath).toEqual(['kind', 'id']);
    db.close();
  });

  it('upgrades a version-1 database full of data to the current version, losing nothing', async () => {
    const name = uniqueName();
    const v1 = await createDbProvider({ name, version: 1, storage: {} }).get();
    expect(v1.version).toBe(1);
    expect([...v1.objectStoreNames].sort()).toEqual(['alerts', 'papers', 'rules', 'saved']);
    await v1.put('papers', paper('2201.13452', 1));
    await v1.put('saved', { id: '2201.13452', savedAt: 5, tags: ['pde'], paper: paper('2201.13452', 1) });
    await v1.put('rules', { id: 'r1', query: 'diffusion', enabled: true, createdAt: 2 });
    await v1.put('alerts', { paperId: '2201.13452', ruleIds: ['r1'], source: 'hf-daily', foundAt: 3 });
    v1.close();

    const db = await createDbProvider({ name, storage: {} }).get();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('papers', '2201.13452')).toMatchObject({ title: 'Paper 2201.13452' });
    expect(await db.get('saved', '2201.13452')).toMatchObject({ tags: ['pde'] });
    expect(await db.get('rules', 'r1')).toMatchObject({ query: 'diffusion' });
    expect(await db.getAllFromIndex('alerts', 'by-foundAt')).toHaveLength(1);
    // The version-2 rung's stores work.
    await db.put('pending', { kind: 'arxiv', id: '2201.13453', addedAt: 1, notBefore: 1, attempts: 0 });
    await db.put('meta', { key: 'k', value: 1 });
    expect(await db.count('pending')).toBe(1);
    db.close();
  });
});

describe('connection lifecycle', () => {
  it('caches one connection and requests persistent storage once', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    const provider = createDbProvider({ name: uniqueName(), storage });
    const [a, b] = await Promise.all([provider.get(), provider.get()]);
    expect(a).toBe(b);
    expect(await provider.get()).toBe(a);
    await new Promise((r) => setTimeout(r, 0));
    expect(storage.persist).toHaveBeenCalledTimes(1);
    provider.close();
  });

  it('does not ask again when storage is already persistent, and survives a missing API', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    await createDbProvider({ name: uniqueName(), storage }).get();
    await createDbProvider({ name: uniqueName(), storage: {} }).get();
    await new Promise((r) => setTimeout(r, 0));
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('closes when another context opens a newer version (blocking), so that upgrade is not blocked', async () => {
    const name = uniqueName();
    const log = vi.fn();
    const provider = createDbProvider({ name, version: 1, storage: {}, log });
    await provider.get();
    // A newer build in another context; without our close this open would wait forever (blocked).
    const newer = await createDbProvider({ name, version: 2, storage: {} }).get();
    expect(newer.version).toBe(2);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('another context can open v2'));
    newer.close();
    // The old code does not keep using a closed handle, nor silently use a schema it does not know.
    await expect(provider.get()).rejects.toThrow(/lower version/);
  });

  it('lets another context delete the database (clear data), then reopens a fresh one', async () => {
    const name = uniqueName();
    const provider = createDbProvider({ name, storage: {}, log: () => undefined });
    const db = await provider.get();
    await db.put('meta', { key: 'k', value: 1 });
    await deleteDB(name); // would be blocked if we held on
    const fresh = await provider.get();
    expect(fresh).not.toBe(db);
    expect(await fresh.count('meta')).toBe(0);
    fresh.close();
  });

  it('drops a connection the browser terminated, so the next call reopens', async () => {
    const provider = createDbProvider({ name: uniqueName(), storage: {}, log: () => undefined });
    const first = await provider.get();
    // What the browser does when it force-closes a connection (storage cleared, I/O error).
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    const second = await provider.get();
    expect(second).not.toBe(first);
    second.close();
  });

  it('retries opening after a failure instead of caching it', async () => {
    const name = uniqueName();
    const newer = await openDB(name, 9);
    newer.close();
    const provider = createDbProvider({ name, storage: {} }); // v2 < 9: VersionError
    await expect(provider.get()).rejects.toThrow();
    await deleteDB(name);
    const db = await provider.get();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});
