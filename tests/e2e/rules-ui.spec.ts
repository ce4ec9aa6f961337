// The rules UI in the real browser (issue #6 item 3, issue #4 item 4): the cache is filled the way a
// user fills it, by opening a Hugging Face listing (its content script hands the embedded cards to
// the background); then the options page previews a rule against those papers as it is typed, marks
// the matched words, saves the rule through `rules/add`, and writes page settings into
// `storage.local`; the popup's quick add makes a rule too.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, pageUrl, type ExtensionSession } from './harness';

type Answer<T = object> = T & { ok: boolean; error?: string };
type Rule = { id: string; query: string; label?: string; color?: string; enabled: boolean };
type Preview = { papers: { id: string; title: string }[]; matched: number; scanned: number; error?: { message: string; position: number } };

// A card of hf/papers-date-2025-11-17.html (generated from the seed capture).
const TWEEDIE = { id: '2312.01157', title: 'Beyond First-Order Tweedie: Solving Inverse Problems using Latent Diffusion' };
const POLL = { timeout: 15_000, interval: 200 };

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchWithExtension({ browser: 'chromium' });
});
afterAll(async () => {
  await s?.close();
});
afterEach(() => {
  expect(s.server.unexpectedRequests().map((r) => `${r.host}${r.path}`)).toEqual([]);
});

const send = <T = object>(message: object) => s.sendMessage<Answer<T>>(message);

async function storedSettings(): Promise<Record<string, unknown>> {
  return s.serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
  });
}

async function optionsPage(): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await s.openExtensionPage('options.html');
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.getByRole('heading', { name: 'Keyword rules' }).waitFor();
  return { page, errors };
}

describe('keyword rules in the options page', () => {
  it('a Hugging Face listing fills the cache that the preview reads', async () => {
    const listing = await s.open(pageUrl('hf/papers-date-2025-11-17.html'));
    await expect
      .poll(async () => (await send<Preview>({ type: 'rules/preview', query: 'ti:tweedie' })).papers?.map((p) => p.id), POLL)
      .toEqual([TWEEDIE.id]);
    const all = await send<Preview>({ type: 'rules/preview', query: '"second-order"', limit: 100 });
    expect(all.scanned).toBe(54);
    expect(all.matched).toBeGreaterThan(1);
    expect(await send<Preview>({ type: 'rules/preview', query: 'diffusion OR' })).toMatchObject({
      ok: true,
      error: { position: 10, message: expect.stringMatching(/dangling OR/) },
    });
    await listing.close();
  });

  it('the editor checks the query as typed, previews the matching cached paper with marks, and saves the rule', async () => {
    const { page, errors } = await optionsPage();
    const rules = page.locator('#rules');
    await rules.getByRole('button', { name: 'Add a rule' }).click();
    const query = rules.getByLabel('Query', { exact: true });

    await query.fill('tweedie OR (');
    await expect.poll(() => rules.locator('.pr-query-error').textContent()).toMatch(/at character 12/);
    expect(await rules.locator('.pr-query-at').textContent()).toBe('(');
    expect(await rules.getByRole('button', { name: 'Add rule' }).isDisabled()).toBe(true);

    await query.fill('ti:"first-order" tweedie');
    const item = rules.locator('.pr-preview-list > li');
    await expect.poll(() => item.count(), POLL).toBe(1);
    expect(await rules.locator('.pr-preview-count').textContent()).toBe('Matches 1 of 54 cached papers:');
    expect(await item.locator('.pr-paper-title').textContent()).toBe(TWEEDIE.title);
    expect(await item.locator('.pr-paper-title').getAttribute('href')).toBe(`https://arxiv.org/abs/${TWEEDIE.id}`);
    expect(await item.locator('.pr-paper-title mark').allTextContents()).toEqual(['First-Order', 'Tweedie']);

    await rules.getByLabel('Label (optional)').fill('Tweedie');
    await rules.getByRole('radio', { name: 'Teal' }).check();
    await rules.getByRole('button', { name: 'Add rule' }).click();
    await rules.locator('.pr-rule').first().waitFor();
    expect(await rules.locator('.pr-rule strong').allTextContents()).toEqual(['Tweedie']);

    const listed = await send<{ rules: Rule[] }>({ type: 'rules/list' });
    expect(listed.rules).toEqual([expect.objectContaining({ query: 'ti:"first-order" tweedie', label: 'Tweedie', color: '#007b83', enabled: true })]);

    // A rule changed elsewhere (here: by a message) shows without a reload (rules/changed).
    await send({ type: 'rules/update', id: listed.rules[0]!.id, enabled: false });
    await expect.poll(() => rules.getByRole('switch', { name: 'Rule Tweedie enabled' }).isChecked(), POLL).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('page settings are written to storage.local, normalized', async () => {
    const { page, errors } = await optionsPage();
    const pages = page.locator('#pages');
    await pages.getByLabel('Site', { exact: true }).fill('https://Blog.Example.com/posts/reading-list.html');
    await pages.getByRole('button', { name: 'Add site' }).click();
    await pages.getByRole('button', { name: 'Remove blog.example.com' }).waitFor();
    await pages.getByLabel(/Highlight papers/).uncheck();
    await expect.poll(storedSettings, POLL).toMatchObject({ disabledSites: ['blog.example.com'], highlight: false, overlay: true });

    await pages.getByLabel('Delay in milliseconds').fill('1200');
    await pages.getByLabel('Delay in milliseconds').press('Enter');
    await pages.getByLabel('Delay in milliseconds').blur();
    await expect.poll(async () => (await storedSettings()).overlayDelayMs, POLL).toBe(1200);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const CAPTURED = JSON.parse(readFileSync(new URL('../fixtures/hf/daily_papers_item_2602.23229.json', import.meta.url), 'utf8')) as {
  paper: Record<string, unknown>;
};
/** The captured daily-papers item with another id, title and summary (no AI keywords to match by chance). */
function dailyItem(id: string, title: string, summary: string): Record<string, unknown> {
  const copy = structuredClone(CAPTURED);
  Object.assign(copy.paper, { id, title, summary, ai_summary: summary, ai_keywords: [] });
  return { ...copy, title, summary };
}
type AlertView = { paperId: string; seenAt?: number };

describe('the popup', () => {
  it('quick keyword add makes a rule, and a broken query is refused inline', async () => {
    const page = await s.openExtensionPage('popup.html');
    await page.getByRole('tab', { name: /Alerts/ }).click();
    const input = page.getByLabel('Add a keyword rule');
    await input.fill('splatting OR');
    await expect.poll(() => page.locator('#pr-quick-add-message').textContent()).toBe('dangling OR at the end');
    await input.fill('kw:"gaussian splatting"');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.locator('#pr-quick-add-message').textContent(), POLL).toBe('Added rule “kw:"gaussian splatting"”.');
    const listed = await send<{ rules: Rule[] }>({ type: 'rules/list' });
    expect(listed.rules.map((r) => r.query)).toContain('kw:"gaussian splatting"');
    await page.close();
  });

  it('lists new alerts grouped by rule with the matched words marked; Save, Dismiss and Mark all seen act', async () => {
    const HOSTILE = 'Latent diffusion <img src=x onerror=alert(1)>';
    s.server.hfApi.daily = [
      dailyItem('2603.00001', 'A survey of diffusion transformers', 'Diffusion models, surveyed.'),
      dailyItem('2603.00002', 'Transformers for tiny data', 'Small data, big models.'),
      dailyItem('2603.00003', HOSTILE, 'Noise in, pictures out.'),
    ];
    // Saving asks arXiv for the paper (the library keeps arXiv's metadata and BibTeX).
    s.server.arxivApi.add({
      id: '2603.00001',
      version: 1,
      title: 'A survey of diffusion transformers',
      summary: 'Diffusion models, surveyed.',
      authors: [{ name: 'Ada Lovelace' }],
      published: '2026-03-02T18:00:00Z',
      updated: '2026-03-02T18:00:00Z',
      categories: ['cs.LG'],
      primaryCategory: 'cs.LG',
    });
    await send({ type: 'rules/add', query: 'diffusion', label: 'Diffusion', color: '#1a73e8' });
    await send({ type: 'rules/add', query: 'ti:transformer*', label: 'Transformers' });
    expect(await send({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 3 });

    const page = await s.openExtensionPage('popup.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.getByRole('tab', { name: /Alerts/ }).click();
    const groups = page.locator('.pr-alert-group');
    await expect.poll(() => groups.locator('h3').allTextContents(), POLL).toEqual(['Diffusion (2)', 'Transformers (1)']);
    const diffusion = groups.nth(0);
    expect(await diffusion.locator('.pr-paper-title').allTextContents()).toEqual(['A survey of diffusion transformers', HOSTILE]);
    expect(await diffusion.locator('.pr-alert').first().locator('.pr-paper-title mark').allTextContents()).toEqual(['diffusion', 'transformers']);
    expect(await diffusion.locator('.pr-alert').first().textContent()).toContain('Also matches: Transformers');
    expect(await page.locator('.pr-alert-group img').count()).toBe(0);

    await page.getByRole('button', { name: 'Dismiss: Transformers for tiny data' }).click();
    await expect.poll(() => groups.locator('h3').allTextContents(), POLL).toEqual(['Diffusion (2)']);
    const listed = async () => (await send<{ alerts: AlertView[] }>({ type: 'alerts/list' })).alerts;
    expect((await listed()).map((a) => a.paperId)).not.toContain('2603.00002');

    await page.getByRole('button', { name: 'Save: A survey of diffusion transformers' }).click();
    await page.getByRole('button', { name: 'Saved: A survey of diffusion transformers' }).waitFor({ timeout: 15_000 });
    const library = await send<{ saved: { id: string }[] }>({ type: 'library/list' });
    expect(library.saved.map((x) => x.id)).toContain('2603.00001');

    await page.getByRole('button', { name: 'Mark all seen' }).click();
    await page.getByText('No new papers match your rules.').waitFor();
    expect((await listed()).filter((a) => a.seenAt === undefined)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
