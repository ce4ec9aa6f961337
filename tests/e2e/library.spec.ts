// The library in the real browser (DESIGN §3, §4, §5.5, §8), driven as tests outside the code drive it:
// runtime.sendMessage from an extension page. Papers are saved by ids in three forms, listed newest
// first with the arXiv mock's metadata; arXiv's own BibTeX is fetched after each save through the one
// arXiv lane (≥ 3 s from every other arXiv request, API included) and exported byte for byte; remove
// and restore undo exactly; a backup survives data/clear; and a content script, the only other
// context that can reach the background, is refused the privileged messages and hears change notices.
//
// The content script's own world is reached through the harness (`inContentScript`: Chrome's isolated
// world through DevTools, Firefox's content-script sandbox through its DevTools server): that is the
// sender the privilege check exists for. The page's main world cannot reach the extension at all (no
// externally_connectable), also checked. Every test runs in every browser (BROWSERS).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ArxivRecord, type LoggedRequest, type PortableWebPage, sessionPerBlock } from './harness';

const MIN_GAP_MS = 3_000;
type Saved = { id: string; savedAt: number; tags: string[]; note?: string; bibtex?: string; paper: Record<string, unknown> };
type Answer<T = object> = T & { ok: boolean; error?: string };
/** The content script's world: both browsers give it `chrome` (promise-based in MV3). */
type ContentScriptGlobal = {
  __notices?: unknown[];
  chrome: { runtime: { sendMessage(m: unknown): Promise<unknown>; onMessage: { addListener(f: (m: unknown) => void): void } } };
};

const PAPERS = [
  { form: 'https://arxiv.org/abs/2501.10001v2', id: '2501.10001', title: 'Sharp rates for zeroth-order optimization' },
  { form: 'arXiv:2501.10002', id: '2501.10002', title: 'Hölder continuity of diffusion bridges' },
  { form: 'https://arxiv.org/pdf/hep-th/9901001v1', id: 'hep-th/9901001', title: 'Strings on old-style identifiers' },
];

const record = (p: (typeof PAPERS)[number], i: number): ArxivRecord => ({
  id: p.id,
  version: 2,
  title: p.title,
  summary: `Abstract ${i}, with a comma and a "quote".`,
  authors: [{ name: 'Ada Lovelace' }, { name: `Author${i} Turing` }],
  published: `202${i}-01-15T18:00:00Z`,
  updated: `202${i}-02-01T09:30:00Z`,
  categories: ['cs.LG', 'math.OC'],
  primaryCategory: i === 2 ? 'hep-th' : 'cs.LG',
});

/** arXiv's entries as its /bibtex/ endpoint serves them (raw TeX title, trailing newline). */
const bibtexOf = (p: (typeof PAPERS)[number], i: number) =>
  [
    `@misc{lovelace202${i}key${i},`,
    `      title={${p.title.replace('Hölder', 'H\\"older')}}, `,
    `      author={Ada Lovelace and Author${i} Turing},`,
    `      year={202${i}},`,
    `      eprint={${p.id}},`,
    '      archivePrefix={arXiv},',
    `      primaryClass={${i === 2 ? 'hep-th' : 'cs.LG'}},`,
    `      url={https://arxiv.org/abs/${p.id}}, `,
    '}',
    '',
  ].join('\n');

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });
  beforeAll(() => {
    PAPERS.forEach((p, i) => {
      s.server.arxivApi.add(record(p, i));
      s.server.bibtex.set(p.id, bibtexOf(p, i));
    });
  });
  afterEach(() => {
    expect(s.server.unexpectedRequests().map((r) => `${r.host}${r.path}`)).toEqual([]);
  });

  const send = <T = object>(message: object) => s.sendMessage<Answer<T>>(message);
  /** `runtime.sendMessage` from the content script's world on `page`: a message from a content script. */
  const fromContentScript = <T = unknown>(page: PortableWebPage, message: object) =>
    s.inContentScript<T, object>(page, (m) => (globalThis as unknown as ContentScriptGlobal).chrome.runtime.sendMessage(m) as Promise<T>, message);
  const list = async () => (await send<{ saved: Saved[]; total: number }>({ type: 'library/list', limit: 100 })).saved;
  const arxivRequests = (): LoggedRequest[] =>
    [...s.server.requests({ host: 'export.arxiv.org' }), ...s.server.requests({ host: 'arxiv.org', pathPrefix: '/bibtex/' })].sort(
      (a, b) => a.at - b.at,
    );

  describe('the library, end to end', () => {
    it('saves three papers by ids in different forms; arXiv BibTeX follows through the one lane and is exported verbatim', async () => {
      for (const p of PAPERS) {
        const answer = await send<{ saved: Saved }>({ type: 'library/save', id: p.form, tags: ['e2e'] });
        expect(answer.ok, answer.error).toBe(true);
        expect(answer.saved).toMatchObject({ id: p.id, tags: ['e2e'], paper: { id: p.id, title: p.title, version: 2 } });
      }
      const saved = await list();
      expect(saved.map((x) => x.id)).toEqual(PAPERS.map((p) => p.id).reverse()); // newest first
      expect(saved[0]!.paper).toMatchObject({ authors: ['Ada Lovelace', 'Author2 Turing'], primaryCategory: 'hep-th', categories: ['cs.LG', 'math.OC'] });

      // The BibTeX follow-ups land (the worker fetches them after answering the saves).
      await expect.poll(async () => (await list()).filter((x) => x.bibtex !== undefined).length, { timeout: 30_000, interval: 250 }).toBe(3);
      const bibtexPaths = s.server.requests({ host: 'arxiv.org', pathPrefix: '/bibtex/' }).map((r) => r.path);
      expect(bibtexPaths.sort()).toEqual(['/bibtex/2501.10001', '/bibtex/2501.10002', '/bibtex/hep-th/9901001']);
      const all = arxivRequests();
      const gaps = all.slice(1).map((r, i) => Math.round(r.at - all[i]!.at));
      for (const gap of gaps) expect(gap, `gaps between arXiv requests (API and BibTeX): ${gaps} ms`).toBeGreaterThanOrEqual(MIN_GAP_MS);
      for (const r of all) expect(r.headers.cookie).toBeUndefined();

      for (const [i, p] of PAPERS.entries()) expect((await list()).find((x) => x.id === p.id)?.bibtex).toBe(bibtexOf(p, i));
      const file = await send<{ text: string; filename: string }>({ type: 'library/export', format: 'bibtex' });
      expect(file.filename).toMatch(/^paper-radar-\d{4}-\d\d-\d\d\.bib$/);
      expect(file.text).toBe(PAPERS.map((p, i) => bibtexOf(p, i).trimEnd()).join('\n\n'));
      console.info(`[library] ${all.length} arXiv requests (API + BibTeX), gaps ${gaps} ms`);
    }, 45_000);

    it('remove answers the records, restore puts them back exactly', async () => {
      const before = await list();
      const removed = await send<{ removed: Saved[] }>({ type: 'library/remove', ids: ['arXiv:2501.10002v2'] });
      expect(removed.removed).toEqual([before.find((x) => x.id === '2501.10002')]);
      expect((await list()).map((x) => x.id)).toEqual(['hep-th/9901001', '2501.10001']);
      expect(await send({ type: 'library/restore', saved: removed.removed })).toEqual({ ok: true });
      expect(await list()).toEqual(before);
    });

    it('export json → data/clear → import gives the same library, asking arXiv nothing', async () => {
      const before = await list();
      const backup = await send<{ text: string; mimeType: string }>({ type: 'library/export', format: 'json' });
      expect(backup.mimeType).toBe('application/json');
      expect(await send({ type: 'data/clear' })).toEqual({ ok: true });
      expect(await send({ type: 'library/list' })).toEqual({ ok: true, saved: [], total: 0 });
      const requests = arxivRequests().length;
      expect(await send({ type: 'library/import', text: backup.text })).toEqual({
        ok: true,
        added: 3,
        updated: 0,
        skipped: 0,
        errors: [],
        rulesAdded: 0,
      });
      expect(await list()).toEqual(before);
      expect(arxivRequests()).toHaveLength(requests);
    });

    it('a content script is refused import, restore, export, list and clear; its world hears the change notices', async () => {
      const before = await list();
      const backup = (await send<{ text: string }>({ type: 'library/export', format: 'json' })).text;
      const page = await s.open('https://www.example.org/notes/no-papers.html');

      // The same channel works for an open message, so a refusal below is the privilege check.
      const open = await fromContentScript<Answer<{ rules: unknown[] }>>(page, { type: 'rules/list' });
      expect(open).toMatchObject({ ok: true, rules: [] });
      const refused = (type: string) => ({ ok: false, error: `"${type}" is only accepted from the extension's own pages` });
      const planted = before.slice(0, 1).map((x) => ({ ...x, tags: ['planted'] }));
      expect(await fromContentScript(page, { type: 'library/import', text: backup })).toEqual(refused('library/import'));
      expect(await fromContentScript(page, { type: 'library/restore', saved: planted })).toEqual(refused('library/restore'));
      expect(await fromContentScript(page, { type: 'library/export', format: 'json' })).toEqual(refused('library/export'));
      expect(await fromContentScript(page, { type: 'data/clear' })).toEqual(refused('data/clear'));
      expect(await fromContentScript(page, { type: 'library/list', limit: 1 })).toEqual(refused('library/list'));
      expect(await list()).toEqual(before);
      // The page's own scripts cannot message the extension at all.
      expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe(
        'undefined',
      );

      // Change notices: to the content script's world (tabs.sendMessage) and to extension pages (runtime.sendMessage).
      await s.inContentScript(page, () => {
        const g = globalThis as unknown as ContentScriptGlobal;
        g.__notices = [];
        g.chrome.runtime.onMessage.addListener((m) => void g.__notices!.push(m));
      });
      const extPage = await s.openExtensionPage('manifest.json');
      await extPage.evaluate(() => {
        const g = globalThis as unknown as { notices: unknown[]; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } } };
        g.notices = [];
        g.chrome.runtime.onMessage.addListener((m) => void g.notices.push(m));
      });
      expect((await send({ type: 'library/update', id: '2501.10001', read: true })).ok).toBe(true);
      expect((await send({ type: 'rules/add', query: 'ti:diffusion', label: 'Diffusion' })).ok).toBe(true);
      const expected = [{ type: 'library/changed', ids: ['2501.10001'], saved: true }, { type: 'rules/changed' }];
      await expect.poll(() => s.inContentScript(page, () => (globalThis as unknown as ContentScriptGlobal).__notices), { timeout: 5_000 }).toEqual(expected);
      // An extension page's onMessage also hears other pages' requests to the background (here: the
      // driver page's update and add); the notices among them arrive once each.
      const pageNotices = () =>
        extPage.evaluate(() =>
          (globalThis as unknown as { notices: { type: string }[] }).notices.filter((m) => m.type === 'library/changed' || m.type === 'rules/changed'),
        );
      await expect.poll(pageNotices, { timeout: 5_000 }).toEqual(expected);
      await extPage.close();
      await page.close();
    });
  });
});
