// The library's user interface in every browser (issue #5): papers saved from a page show in the popup
// with title, first author and year; search, tag filter, and remove with undo work from the keyboard
// and the mouse; the popup follows saves made elsewhere; the options page downloads a JSON backup,
// which a fresh profile imports through its file input (without asking arXiv anything) and shows in
// its popup; a corrupt backup is refused with a clear error and changes nothing. Extension pages are
// driven through harness/ui.ts; the file input gets its files as the file dialog would hand them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, type ArxivRecord, type PortableSession, sessionPerBlock } from './harness';
import { download, type PageUi, ui, watchErrors } from './harness/ui';

type Saved = { id: string; tags: string[]; paper: { title: string } };
type Answer<T = object> = T & { ok: boolean; error?: string };

const PAPERS = [
  { id: '2501.10001', title: 'Sharp rates for zeroth-order optimization' },
  { id: '2501.10002', title: 'Hölder continuity of diffusion bridges' },
  { id: 'hep-th/9901001', title: 'Strings on old-style identifiers' },
];
const record = (p: (typeof PAPERS)[number], i: number): ArxivRecord => ({
  id: p.id,
  version: 2,
  title: p.title,
  summary: `Abstract ${i}: a study of ${i === 1 ? 'bridges' : 'rates'}.`,
  authors: [{ name: 'Ada Lovelace' }, { name: `Author${i} Turing` }, ...(i === 2 ? [{ name: 'Emmy Noether' }] : [])],
  published: `202${i}-01-15T18:00:00Z`,
  updated: `202${i}-02-01T09:30:00Z`,
  categories: ['cs.LG'],
  primaryCategory: 'cs.LG',
});

const send = <T = object>(session: PortableSession, message: object) => session.sendMessage<Answer<T>>(message);
const listIds = async (session: PortableSession) =>
  (await send<{ saved: Saved[] }>(session, { type: 'library/list', limit: 100 })).saved.map((x) => x.id);
const titles = (u: PageUi) => u.texts('.vrow .paper-title');
const count = (u: PageUi, within?: string) => u.text({ css: '.library-count', within });

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });
  let fresh: PortableSession | undefined;
  beforeAll(() => {
    PAPERS.forEach((p, i) => s.server.arxivApi.add(record(p, i)));
  });
  afterAll(async () => {
    await fresh?.close();
  });
  afterEach(() => {
    expect(s.server.unexpectedRequests().map((r) => `${r.host}${r.path}`)).toEqual([]);
  });

  it('save from a page → the popup lists it; search, tag filter, remove and undo; it follows saves made elsewhere', async () => {
    // Saved from a web page's content script, as the page's save button does, while the other two
    // papers are looked up; saved from the cache afterwards, they cost no request of their own, so the
    // arXiv lane's 3-second spacing costs this spec one gap.
    const page = await s.open('https://www.example.org/notes/no-papers.html');
    const [fromPage, lookedUp] = await Promise.all([
      s.inContentScript(page, () => {
        type Api = { runtime: { sendMessage(m: object): Promise<Answer> } };
        const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
        return api.runtime.sendMessage({ type: 'library/save', id: 'https://arxiv.org/abs/2501.10001v2', tags: ['optimization'] });
      }),
      send<{ papers: unknown[] }>(s, { type: 'papers/get', ids: ['2501.10002', 'hep-th/9901001'], arxiv: true }),
    ]);
    expect(fromPage.ok, fromPage.error).toBe(true);
    expect(lookedUp.papers).toHaveLength(2);
    await page.close();
    expect((await send(s, { type: 'library/save', id: 'arXiv:2501.10002', tags: ['diffusion'] })).ok).toBe(true);

    const popup = await s.openExtensionPage('popup.html');
    const errors = await watchErrors(popup);
    const u = ui(popup);
    await expect.poll(() => titles(u)).toEqual([PAPERS[1]!.title, PAPERS[0]!.title]);
    await expect.poll(() => count(u)).toBe('2 saved');
    const first = '.vrow[data-index="0"]';
    expect(await u.text(`${first} .paper-meta`)).toBe('Ada Lovelace and Author1 Turing · 2021 · 2501.10002');
    expect(await u.texts(`${first} .tag`)).toEqual(['diffusion']);

    // Search (title, authors, abstract, tags, notes) and the tag filter.
    const search = { role: 'searchbox', name: 'Search saved papers' };
    await u.fill(search, 'zeroth');
    await expect.poll(() => titles(u)).toEqual([PAPERS[0]!.title]);
    await u.fill(search, 'bridges');
    await expect.poll(() => titles(u)).toEqual([PAPERS[1]!.title]);
    await u.fill(search, '');
    await expect.poll(() => count(u)).toBe('2 saved');
    const tagFilter = { role: 'combobox', name: 'Filter by tag' };
    await expect.poll(() => u.texts('select[aria-label="Filter by tag"] option')).toEqual(['All tags', 'diffusion (1)', 'optimization (1)']);
    await u.select(tagFilter, 'optimization');
    await expect.poll(() => titles(u)).toEqual([PAPERS[0]!.title]);
    await u.select(tagFilter, '');
    await expect.poll(() => count(u)).toBe('2 saved');

    // Remove from the keyboard, undo with the button: the record comes back exactly. The list handles
    // the keys itself (a synthetic key has no default action), and moves the focus to the next row.
    const before = await send<{ saved: Saved[] }>(s, { type: 'library/list' });
    await u.focus(first);
    expect(await u.press('ArrowDown')).toBe(true);
    await expect.poll(() => popup.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe('1');
    expect(await u.press('Delete')).toBe(true);
    await expect.poll(() => count(u)).toBe('1 saved');
    expect(await listIds(s)).toEqual(['2501.10002']);
    await u.click({ role: 'button', name: 'Undo' });
    await expect.poll(() => count(u)).toBe('2 saved');
    expect(await send(s, { type: 'library/list' })).toEqual(before);

    // Remove with the row's button, undo again.
    await u.click({ role: 'button', name: `Remove “${PAPERS[1]!.title}” from the library` });
    await expect.poll(() => titles(u)).toEqual([PAPERS[0]!.title]);
    await u.click({ role: 'button', name: 'Undo' });
    await expect.poll(() => titles(u)).toEqual([PAPERS[1]!.title, PAPERS[0]!.title]);

    // A save made elsewhere while the popup is open shows at once (library/changed notice).
    expect((await send(s, { type: 'library/save', id: 'https://arxiv.org/pdf/hep-th/9901001v1' })).ok).toBe(true);
    await expect.poll(() => titles(u)).toEqual([PAPERS[2]!.title, PAPERS[1]!.title, PAPERS[0]!.title]);
    expect(await u.text(`${first} .paper-meta`)).toBe('Ada Lovelace et al. · 2022 · hep-th/9901001');
    expect(await errors()).toEqual([]);
    await popup.close();
  }, 40_000);

  it('options: download a JSON backup; a fresh profile imports it through the file input and shows it; a corrupt backup changes nothing', async () => {
    const options = await s.openExtensionPage('options.html');
    const o = ui(options);
    await expect.poll(() => o.count('.backup-reminder.due')).toBeGreaterThan(0);
    expect(await o.text('#data .backup-reminder')).toContain('uninstalling Paper Radar deletes them');
    const file = await download(s, options, () => o.click({ role: 'button', name: 'Download a backup (.json)', within: '#data' }));
    expect(file.filename).toMatch(/^paper-radar-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = JSON.parse(file.text) as { format: string; saved: Saved[] };
    expect(backup.format).toBe('paper-radar-backup');
    expect(backup.saved.map((x) => x.id).sort()).toEqual(PAPERS.map((p) => p.id).sort());
    // The backup was recorded: the reminder is quiet now.
    await expect.poll(() => o.count('.backup-reminder.due')).toBe(0);
    await options.close();

    fresh = await launchWithExtension({ browser });
    expect(await listIds(fresh)).toEqual([]);
    const options2 = await fresh.openExtensionPage('options.html');
    const o2 = ui(options2);
    const errors = await watchErrors(options2);
    const input = { css: 'input[type="file"]', within: '#data' };

    // A corrupt backup first: refused with the reason, nothing imported.
    await o2.setFiles(input, [{ name: 'corrupt-backup.json', type: 'application/json', text: file.text.slice(0, Math.floor(file.text.length * 0.6)) }]);
    expect(await o2.text('#data .import-result [role="alert"]')).toMatch(/^Nothing was imported from corrupt-backup\.json: .{10,}/);
    expect(await listIds(fresh)).toEqual([]);

    await o2.setFiles(input, [{ name: file.filename, type: 'application/json', text: file.text }]);
    expect(await o2.text('#data .import-done > p')).toBe(`Imported ${file.filename}: 3 papers added, 0 updated, 0 already saved.`);
    // The backup carries the papers' metadata: the fresh profile asked arXiv nothing.
    expect(fresh.server.requests({ host: 'export.arxiv.org' })).toEqual([]);

    const popup2 = await fresh.openExtensionPage('popup.html');
    const p2 = ui(popup2);
    await expect.poll(() => titles(p2)).toEqual([PAPERS[2]!.title, PAPERS[1]!.title, PAPERS[0]!.title]);
    expect(await p2.texts('.vrow[data-index="1"] .tag')).toEqual(['diffusion']);
    // The options page's library lists them too.
    await expect.poll(() => count(o2, '#library')).toBe('3 saved');
    expect(await errors()).toEqual([]);
    expect(fresh.server.unexpectedRequests()).toEqual([]);
  }, 40_000);
});

