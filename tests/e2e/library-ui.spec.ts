// The library's user interface in the real browser (issue #5): papers saved from a page show in the
// popup with title, first author and year; search, tag filter, and remove with undo work from the
// keyboard and the mouse; the popup follows saves made elsewhere; the options page downloads a JSON
// backup, which a fresh profile imports through its file input (without asking arXiv anything) and
// shows in its popup; a corrupt backup is refused with a clear error and changes nothing.
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ArxivRecord, type ExtensionSession } from './harness';

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

let s: ExtensionSession;
let fresh: ExtensionSession | undefined;
const files: string[] = [];
beforeAll(async () => {
  s = await launchWithExtension({ browser: 'chromium' });
  PAPERS.forEach((p, i) => s.server.arxivApi.add(record(p, i)));
});
afterAll(async () => {
  await fresh?.close();
  await s?.close();
  await Promise.all(files.map((f) => rm(f, { force: true })));
});
afterEach(() => {
  expect(s.server.unexpectedRequests().map((r) => `${r.host}${r.path}`)).toEqual([]);
});

const send = <T = object>(session: ExtensionSession, message: object) => session.sendMessage<Answer<T>>(message);
const listIds = async (session: ExtensionSession) =>
  (await send<{ saved: Saved[] }>(session, { type: 'library/list', limit: 100 })).saved.map((x) => x.id);
const titles = (page: Page) => page.locator('.vrow .paper-title').allTextContents();
const count = (page: Page) => page.locator('.library-count');

describe('the library UI, end to end', () => {
  it('save from a page → the popup lists it; search, tag filter, remove and undo; it follows saves made elsewhere', async () => {
    // Saved from a web page's content script, as the page's save button does, while the other two
    // papers are looked up; saved from the cache afterwards, they cost no request of their own, so the
    // arXiv lane's 3-second spacing costs this spec one gap.
    const page = await s.open('https://www.example.org/notes/no-papers.html');
    const world = await contentScriptWorld(page);
    const [fromPage, lookedUp] = await Promise.all([
      world.evaluate<Answer>(`chrome.runtime.sendMessage({ type: 'library/save', id: 'https://arxiv.org/abs/2501.10001v2', tags: ['optimization'] })`),
      send<{ papers: unknown[] }>(s, { type: 'papers/get', ids: ['2501.10002', 'hep-th/9901001'], arxiv: true }),
    ]);
    expect(fromPage.ok, fromPage.error).toBe(true);
    expect(lookedUp.papers).toHaveLength(2);
    await world.detach();
    await page.close();
    expect((await send(s, { type: 'library/save', id: 'arXiv:2501.10002', tags: ['diffusion'] })).ok).toBe(true);

    const popup = await s.openExtensionPage('popup.html');
    const errors: string[] = [];
    popup.on('pageerror', (e) => errors.push(String(e)));
    await expect.poll(() => titles(popup)).toEqual([PAPERS[1]!.title, PAPERS[0]!.title]);
    await expect.poll(() => count(popup).textContent()).toBe('2 saved');
    const first = popup.locator('.vrow').first();
    expect(await first.locator('.paper-meta').textContent()).toBe('Ada Lovelace and Author1 Turing · 2021 · 2501.10002');
    expect(await first.locator('.tag').allTextContents()).toEqual(['diffusion']);

    // Search (title, authors, abstract, tags, notes) and the tag filter.
    await popup.getByRole('searchbox', { name: 'Search saved papers' }).fill('zeroth');
    await expect.poll(() => titles(popup)).toEqual([PAPERS[0]!.title]);
    await popup.getByRole('searchbox', { name: 'Search saved papers' }).fill('bridges');
    await expect.poll(() => titles(popup)).toEqual([PAPERS[1]!.title]);
    await popup.getByRole('searchbox', { name: 'Search saved papers' }).fill('');
    await expect.poll(() => count(popup).textContent()).toBe('2 saved');
    await expect.poll(() => popup.getByRole('combobox', { name: 'Filter by tag' }).locator('option').allTextContents()).toEqual([
      'All tags',
      'diffusion (1)',
      'optimization (1)',
    ]);
    await popup.getByRole('combobox', { name: 'Filter by tag' }).selectOption('optimization');
    await expect.poll(() => titles(popup)).toEqual([PAPERS[0]!.title]);
    await popup.getByRole('combobox', { name: 'Filter by tag' }).selectOption('');
    await expect.poll(() => count(popup).textContent()).toBe('2 saved');

    // Remove from the keyboard, undo with the button: the record comes back exactly.
    const before = await send<{ saved: Saved[] }>(s, { type: 'library/list' });
    await first.focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe('1');
    await popup.keyboard.press('Delete');
    await expect.poll(() => count(popup).textContent()).toBe('1 saved');
    expect(await listIds(s)).toEqual(['2501.10002']);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => count(popup).textContent()).toBe('2 saved');
    expect(await send(s, { type: 'library/list' })).toEqual(before);

    // Remove with the row's button, undo again.
    await popup.getByRole('button', { name: `Remove “${PAPERS[1]!.title}” from the library` }).click();
    await expect.poll(() => titles(popup)).toEqual([PAPERS[0]!.title]);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(popup)).toEqual([PAPERS[1]!.title, PAPERS[0]!.title]);

    // A save made elsewhere while the popup is open shows at once (library/changed notice).
    expect((await send(s, { type: 'library/save', id: 'https://arxiv.org/pdf/hep-th/9901001v1' })).ok).toBe(true);
    await expect.poll(() => titles(popup)).toEqual([PAPERS[2]!.title, PAPERS[1]!.title, PAPERS[0]!.title]);
    expect(await popup.locator('.vrow').first().locator('.paper-meta').textContent()).toBe('Ada Lovelace et al. · 2022 · hep-th/9901001');
    expect(errors).toEqual([]);
    await popup.close();
  }, 40_000);

  it('options: download a JSON backup; a fresh profile imports it through the file input and shows it; a corrupt backup changes nothing', async () => {
    const options = await s.openExtensionPage('options.html');
    const data = options.locator('#data');
    await expect.poll(() => options.locator('.backup-reminder.due').count()).toBeGreaterThan(0);
    expect(await data.locator('.backup-reminder').textContent()).toContain('uninstalling Paper Radar deletes them');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      data.getByRole('button', { name: 'Download a backup (.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^paper-radar-backup-\d{4}-\d\d-\d\d\.json$/);
    const file = path.join(os.tmpdir(), `paper-radar-e2e-${process.pid}-${download.suggestedFilename()}`);
    files.push(file);
    await download.saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8')) as { format: string; saved: Saved[] };
    expect(backup.format).toBe('paper-radar-backup');
    expect(backup.saved.map((x) => x.id).sort()).toEqual(PAPERS.map((p) => p.id).sort());
    // The backup was recorded: the reminder is quiet now.
    await expect.poll(() => options.locator('.backup-reminder.due').count()).toBe(0);
    await options.close();

    fresh = await launchWithExtension({ browser: 'chromium' });
    expect(await listIds(fresh)).toEqual([]);
    const options2 = await fresh.openExtensionPage('options.html');
    const input = options2.locator('#data input[type="file"]');

    // A corrupt backup first: refused with the reason, nothing imported.
    const corrupt = path.join(os.tmpdir(), `paper-radar-e2e-${process.pid}-corrupt.json`);
    files.push(corrupt);
    const text = await readFile(file, 'utf8');
    await writeFile(corrupt, text.slice(0, Math.floor(text.length * 0.6)));
    await input.setInputFiles(corrupt);
    const error = options2.locator('#data .import-result [role="alert"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^Nothing was imported from paper-radar-e2e-\d+-corrupt\.json: .{10,}/);
    expect(await listIds(fresh)).toEqual([]);

    await input.setInputFiles(file);
    await options2.locator('#data .import-done').waitFor();
    expect(await options2.locator('#data .import-done p').first().textContent()).toBe(
      `Imported ${path.basename(file)}: 3 papers added, 0 updated, 0 already saved.`,
    );
    // The backup carries the papers' metadata: the fresh profile asked arXiv nothing.
    expect(fresh.server.requests({ host: 'export.arxiv.org' })).toEqual([]);

    const popup2 = await fresh.openExtensionPage('popup.html');
    await expect.poll(() => titles(popup2)).toEqual([PAPERS[2]!.title, PAPERS[1]!.title, PAPERS[0]!.title]);
    expect(await popup2.locator('.vrow').nth(1).locator('.tag').allTextContents()).toEqual(['diffusion']);
    // The options page's library lists them too.
    await expect.poll(() => options2.locator('#library .library-count').textContent()).toBe('3 saved');
    expect(fresh.server.unexpectedRequests()).toEqual([]);
  }, 40_000);
});

/** Runtime.evaluate in the content script's isolated world of `page` (as in library.spec.ts). */
async function contentScriptWorld(page: Page): Promise<{ evaluate<T = unknown>(expression: string): Promise<T>; detach(): Promise<void> }> {
  const cdp: CDPSession = await s.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${s.extensionId}`;
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin === origin), { timeout: 5_000 }).toBe(true);
  const contextId = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin)!.id;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`in the content script's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value as T;
    },
    detach: () => cdp.detach(),
  };
}
