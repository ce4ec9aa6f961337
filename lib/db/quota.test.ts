import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPaperStore } from '../papers/paper-store';
import type { Paper } from '../papers/schema';
import { createDbProvider, type DbProvider } from './connection';
import { evictOldestPapers, isQuotaError, withQuotaRetry } from './quota';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
let n = 0;
const providers: DbProvider[] = [];
function freshDb() {
  const p = createDbProvider({ name: `quota-${++n}`, storage: {}, log: () => undefined });
  providers.push(p);
  return p;
}
afterEach(() => providers.splice(0).forEach((p) => p.close()));

const paper = (i: number): Paper & { cachedAt: number } => ({
  id: `2501.${String(i).padStart(5, '0')}`,
  title: `Paper ${i}`,
  authors: [],
  abstract: '',
  categories: [],
  fetchedAt: { arxiv: i },
  cachedAt: i,
});

/** Makes the next `times` puts into `store` fail as a full disk does. */
function failPuts(store: string, times: number) {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } })
    .IDBObjectStore.prototype;
  const original = proto.put;
  let left = times;
  return vi.spyOn(proto, 'put').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    if (this.name === store && left > 0) {
      left--;
      throw quota();
    }
    return original.apply(this, args);
  });
}

async function fill(db: DbProvider) {
  const d = await db.get();
  for (let i = 1; i <= 10; i++) await d.put('papers', paper(i));
  await d.put('saved', { id: paper(1).id, savedAt: 1, tags: [], paper: paper(1) });
  await d.put('rules', { id: 'r', query: 'x', enabled: true, createdAt: 1 });
  await d.put('alerts', { paperId: paper(2).id, ruleIds: ['r'], source: 'hf-daily', foundAt: 1 });
  return d;
}

describe('isQuotaError', () => {
  it('recognises the shapes browsers use', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isQuotaError(Object.assign(new DOMException('aborted', 'AbortError'), { cause: quota() }))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', error: quota() })).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: { name: 'AbortError', cause: quota() } }))).toBe(true);
    expect(isQuotaError(new Error('disk on fire'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('quota eviction', () => {
  it('evicts the oldest 20% of cached papers and retries the write once; user data untouched', async () => {
    const db = freshDb();
    const d = await fill(db);
    const spy = failPuts('papers', 1);
    await createPaperStore(db).storeHf([{ id: '2501.99999', title: 'New', upvotes: 3 }], 100);
    expect(spy).toHaveBeenCalled();
    const left = (await d.getAll('papers')).map((p) => p.cachedAt).sort((a, b) => a - b);
    expect(left).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 100]);
    expect(await d.count('saved')).toBe(1);
    expect(await d.count('rules')).toBe(1);
    expect(await d.count('alerts')).toBe(1);
  });

  it('retries only once: a second quota failure reaches the caller', async () => {
    const db = freshDb();
    const d = await fill(db);
    failPuts('papers', 2);
    await expect(createPaperStore(db).storeHf([{ id: '2501.99999', title: 'New' }], 100)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(await d.count('papers')).toBe(8); // evicted once, nothing half-written
    expect(await d.get('papers', '2501.99999')).toBeUndefined();
  });

  it('gives up when there is no cache to evict (user data is never the victim)', async () => {
    const db = freshDb();
    const d = await db.get();
    await d.put('saved', { id: paper(1).id, savedAt: 1, tags: [], paper: paper(1) });
    const write = vi.fn(async () => {
      throw quota();
    });
    await expect(withQuotaRetry(db, write, () => undefined)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(write).toHaveBeenCalledTimes(1);
    expect(await d.count('saved')).toBe(1);
  });

  it('passes other errors through without evicting', async () => {
    const db = freshDb();
    const d = await fill(db);
    await expect(withQuotaRetry(db, async () => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
    expect(await d.count('papers')).toBe(10);
  });

  it('evicts at least one entry from a small cache', async () => {
    const db = freshDb();
    const d = await db.get();
    await d.put('papers', paper(1));
    await d.put('papers', paper(2));
    expect(await evictOldestPapers(d)).toBe(1);
    expect((await d.getAll('papers')).map((p) => p.cachedAt)).toEqual([2]);
  });
});
