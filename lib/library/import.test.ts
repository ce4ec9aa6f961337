import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fromPage, startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { fixtureLibrary, generatedLibrary, HF_ONLY, RULES } from '../export/__fixtures__/library';
import { exportLibrary } from '../export';
import type { Rule, SavedPaper } from '../papers/schema';

let clock: VirtualClock;
let bg: TestBackground;
let n = 0;

beforeEach(() => {
  clock = new VirtualClock();
  bg = startBackground({ name: `import-${++n}`, clock, unknown: ['2201.13455'] });
});

type Counts = { added: number; updated: number; skipped: number; errors: string[]; rulesAdded: number };
const importText = (text: string, extra: object = {}) => bg.send<Counts>({ type: 'library/import', text, ...extra });
const contents = async () => {
  const d = await bg.db.get();
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return { saved: (await d.getAll('saved')).sort(byId) as SavedPaper[], rules: (await d.getAll('rules')).sort(byId) as Rule[] };
};
async function seed(saved: SavedPaper[], rules: Rule[] = []): Promise<void> {
  const tx = (await bg.db.get()).transaction(['saved', 'rules'], 'readwrite');
  for (const s of saved) void tx.objectStore('saved').put(s);
  for (const r of rules) void tx.objectStore('rules').put(r);
  await tx.done;
}
const csv = (rows: string[]) => ['id,tags', ...rows].join('\r\n') + '\r\n';

describe('library/import', () => {
  it('a backup round trip: export json → data/clear → import gives the same library and rules', async () => {
    // HF_ONLY's snapshot lacks arXiv's fields, so the import owes its completion; an arXiv that does
    // not know it keeps the follow-up from changing it while the test compares.
    bg = startBackground({ name: `import-${++n}`, clock, unknown: [HF_ONLY.id] });
    await seed(fixtureLibrary(), RULES);
    const before = await contents();
    const backup = await bg.send<{ text: string; filename: string; mimeType: string }>({ type: 'library/export', format: 'json' });
    expect(backup).toMatchObject({ ok: true, mimeType: 'application/json', filename: expect.stringMatching(/^paper-radar-backup-\d{4}-\d\d-\d\d\.json$/) });
    expect(await bg.send({ type: 'data/clear' })).toEqual({ ok: true });
    expect(await contents()).toEqual({ saved: [], rules: [] });

    expect(await importText(backup.text)).toEqual({ ok: true, added: 11, updated: 0, skipped: 0, errors: [], rulesAdded: 2 });
    expect(await contents()).toEqual(before);
    const owed = (await (await bg.db.get()).getAllKeys('pending')).filter((k) => k[0] === 'bibtex');
    expect(owed).toEqual([['bibtex', HF_ONLY.id]]);
    // The same file again changes nothing.
    expect(await importText(backup.text)).toEqual({ ok: true, added: 0, updated: 0, skipped: 11, errors: [], rulesAdded: 0 });
    // A backup carries its snapshots: nothing looked up, only the owed completion was tried.
    expect(bg.arxiv.requests.map((r) => r.ids)).toEqual([[HF_ONLY.id]]);
  });

  it('files without snapshots: looked up in one batch; unknown ids reported and not added; existing papers merged', async () => {
    await seed([fixtureLibrary()[0]!]);
    const answer = await importText(csv(['2201.13452,pde', '2201.13455,x', '1706.03762,new tag', 'nonsense,y', 'arXiv:2206.06921,']), {
      format: 'csv',
    });
    expect(answer).toEqual({
      ok: true,
      added: 2,
      updated: 1,
      skipped: 0,
      errors: [
        'line 5: "nonsense" is not an arXiv id or URL',
        '2201.13455: no metadata (arXiv does not know this id, or could not be reached); not added',
      ],
      rulesAdded: 0,
    });
    expect(bg.arxiv.requests.map((r) => r.ids.sort())).toEqual([['2201.13452', '2201.13455', '2206.06921']]);
    const { saved } = await contents();
    expect(saved.map((s) => s.id)).toEqual(['1706.03762', '2201.13452', '2206.06921']);
    expect(saved[0]!.tags).toEqual(['transformers', 'to read', 'new tag']);
    expect(saved[1]).toMatchObject({ tags: ['pde'], paper: { title: expect.stringMatching(/^Asymptotic Analysis/), version: 1 } });
    expect(bg.toPages).toContainEqual({ type: 'library/changed', ids: expect.arrayContaining(['1706.03762', '2201.13452', '2206.06921']), saved: true });
  });

  it('a lookup that fails (arXiv unreachable) leaves its entries unresolved and reported, nothing half-written', async () => {
    bg.arxiv.queue('network-error', 'network-error', 'network-error', 'network-error');
    const answer = await importText(csv(['2201.13452,a', '2206.06921,b']));
    expect(answer).toMatchObject({ ok: true, added: 0, updated: 0, skipped: 0 });
    expect(answer.errors).toEqual([
      '2201.13452: no metadata (arXiv does not know this id, or could not be reached); not added',
      '2206.06921: no metadata (arXiv does not know this id, or could not be reached); not added',
    ]);
    expect((await contents()).saved).toEqual([]);
  });

  it('all or nothing: a write failing half-way through changes nothing', async () => {
    await seed(fixtureLibrary().slice(0, 3), RULES.slice(0, 1));
    const before = await contents();
    const big = generatedLibrary(2_000);
    const text = exportLibrary('json', { saved: big, rules: RULES, now: clock.now() }).text;
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } }).IDBObjectStore
      .prototype;
    const original = proto.put;
    let puts = 0;
    vi.spyOn(proto, 'put').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'saved' && ++puts === 1_500) throw new DOMException('simulated disk failure', 'UnknownError');
      return original.apply(this, args);
    });
    const answer = await importText(text);
    expect(answer).toEqual({ ok: false, error: '"library/import" failed: simulated disk failure' });
    vi.restoreAllMocks();
    expect(puts).toBe(1_500);
    expect(await contents()).toEqual(before);
    expect(bg.toPages).toEqual([]);
  });

  it('a full disk that stays full: a clear error, nothing imported', async () => {
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } }).IDBObjectStore
      .prototype;
    vi.spyOn(proto, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const answer = await importText(exportLibrary('json', { saved: fixtureLibrary(), now: clock.now() }).text);
    vi.restoreAllMocks();
    expect(answer.error).toMatch(/^the browser has no room left for Paper Radar's data: nothing was imported\./);
    expect((await contents()).saved).toEqual([]);
  });

  it('a file it cannot read is an error naming the problem; only extension pages may import', async () => {
    expect(await importText('')).toEqual({ ok: false, error: 'nothing was imported: the file is empty' });
    expect((await importText('{"format":"other"}', { format: 'json' })).error).toMatch(/^nothing was imported: not a Paper Radar backup/);
    expect(await bg.send({ type: 'library/import', text: csv(['2201.13452,a']) }, fromPage('https://arxiv.org/'))).toEqual({
      ok: false,
      error: `"library/import" is only accepted from the extension's own pages`,
    });
    expect((await contents()).saved).toEqual([]);
  });

  it('a 10,000-paper backup imports (timing reported)', async () => {
    const big = generatedLibrary(10_000).map((s) => ({ ...s, paper: { ...s.paper, abstract: s.paper.abstract + ' lorem ipsum'.repeat(90) } }));
    const text = exportLibrary('json', { saved: big, rules: RULES, now: clock.now() }).text;
    const t = performance.now();
    const answer = await importText(text);
    const ms = Math.round(performance.now() - t);
    expect(answer).toEqual({ ok: true, added: 10_000, updated: 0, skipped: 0, errors: [], rulesAdded: 2 });
    expect(await (await bg.db.get()).count('saved')).toBe(10_000);
    const t2 = performance.now();
    const again = await importText(text);
    const ms2 = Math.round(performance.now() - t2);
    expect(again).toMatchObject({ added: 0, skipped: 10_000 });
    console.info(`[library] 10,000-paper backup (${(text.length / 1e6).toFixed(1)} MB): import ${ms} ms, re-import ${ms2} ms (fake-indexeddb)`);
  }, 60_000);
});

describe('library/export', () => {
  it('cite keys are assigned over the whole library, whatever is exported', async () => {
    await seed(fixtureLibrary());
    const whole = await bg.send<{ text: string }>({ type: 'library/export', format: 'bibtex' });
    const third = await bg.send<{ text: string }>({ type: 'library/export', format: 'bibtex', ids: ['arXiv:2001.00002'] });
    const keyOf = (entry: string) => /^@misc\{([^,]+),/.exec(entry)?.[1];
    const wholeKeys = whole.text.split('\n\n').map(keyOf);
    expect(keyOf(third.text)).toBe(wholeKeys[10]);
    expect(keyOf(third.text)).toMatch(/b$/); // the third of three papers sharing a key
  });

  it('ids keep their order, unknown ids are left out, tag filters; only extension pages may export', async () => {
    await seed(fixtureLibrary());
    const csvFile = await bg.send<{ text: string; filename: string; mimeType: string }>({
      type: 'library/export',
      format: 'csv',
      ids: ['hep-th/9901001', '2501.99999', '1706.03762'],
    });
    expect(csvFile.mimeType).toBe('text/csv; charset=utf-8; header=present');
    const rows = csvFile.text.split('\r\n').filter(Boolean).slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['hep-th/9901001', '1706.03762']);
    const tagged = await bg.send<{ text: string }>({ type: 'library/export', format: 'csl-json', tag: 'hep' });
    expect(JSON.parse(tagged.text).map((i: { number: string }) => i.number)).toEqual(['arXiv:hep-th/9901001']);
    expect(await bg.send({ type: 'library/export', format: 'json' }, fromPage())).toMatchObject({ ok: false });
  });
});
