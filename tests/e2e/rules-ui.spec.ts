// The rules UI in every browser (issue #6 item 3, issue #4 item 4): the cache is filled the way a user
// fills it, by opening a Hugging Face listing (its content script hands the embedded cards to the
// background); then the options page previews a rule against those papers as it is typed, marks the
// matched words, saves the rule through `rules/add`, and writes page settings into `storage.local`;
// the popup's quick add makes a rule too. Extension pages are driven through harness/ui.ts.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, pageUrl, type PortablePage, sessionPerBlock } from './harness';
import { type PageUi, ui, watchErrors } from './harness/ui';

type Answer<T = object> = T & { ok: boolean; error?: string };
type Rule = { id: string; query: string; label?: string; color?: string; enabled: boolean };
type Preview = { papers: { id: string; title: string }[]; matched: number; scanned: number; error?: { message: string; position: number } };
type AlertView = { paperId: string; seenAt?: number };

// A card of hf/papers-date-2025-11-17.html (generated from the seed capture).
const TWEEDIE = { id: '2312.01157', title: 'Beyond First-Order Tweedie: Solving Inverse Problems using Latent Diffusion' };
const POLL = { timeout: 15_000, interval: 200 };

const CAPTURED = JSON.parse(readFileSync(new URL('../fixtures/hf/daily_papers_item_2602.23229.json', import.meta.url), 'utf8')) as {
  paper: Record<string, unknown>;
};
/** The captured daily-papers item with another id, title and summary (no AI keywords to match by chance). */
function dailyItem(id: string, title: string, summary: string): Record<string, unknown> {
  const copy = structuredClone(CAPTURED);
  Object.assign(copy.paper, { id, title, summary, ai_summary: summary, ai_keywords: [] });
  return { ...copy, title, summary };
}

/** The popup's alert groups as shown: heading, and per alert its title, marked words and text. */
function alertGroups(page: PortablePage) {
  return page.$$eval('.pr-alert-group', (groups) =>
    groups.map((group) => ({
      heading: group.querySelector('h3')?.textContent,
      alerts: [...group.querySelectorAll('.pr-alert')].map((alert) => ({
        title: alert.querySelector('.pr-paper-title')?.textContent,
        marked: [...alert.querySelectorAll('.pr-paper-title mark')].map((mark) => mark.textContent),
        text: alert.textContent,
      })),
    })),
  );
}

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });
  afterEach(() => {
    expect(s.server.unexpectedRequests().map((r) => `${r.host}${r.path}`)).toEqual([]);
  });

  const send = <T = object>(message: object) => s.sendMessage<Answer<T>>(message);

  async function storedSettings(): Promise<Record<string, unknown>> {
    return s.serviceWorker.evaluate(async () => {
      type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      const api = (globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
      return ((await api.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    });
  }

  async function optionsPage(): Promise<{ page: PortablePage; u: PageUi; errors: () => Promise<string[]> }> {
    const page = await s.openExtensionPage('options.html');
    const errors = await watchErrors(page);
    const u = ui(page);
    await u.waitFor({ role: 'heading', name: 'Keyword rules' });
    return { page, u, errors };
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
      const { page, u, errors } = await optionsPage();
      const within = '#rules';
      await u.click({ role: 'button', name: 'Add a rule', within });
      const query = { label: 'Query', within };

      await u.fill(query, 'tweedie OR (');
      await expect.poll(() => u.texts('#rules .pr-query-error > span')).toEqual([expect.stringMatching(/at character 12$/)]);
      expect(await u.text('#rules .pr-query-at')).toBe('(');
      expect(await u.state({ role: 'button', name: 'Add rule', within })).toMatchObject({ disabled: true });

      await u.fill(query, 'ti:"first-order" tweedie');
      const item = '#rules .pr-preview-list > li';
      await expect.poll(() => u.count(item), POLL).toBe(1);
      expect(await u.text('#rules .pr-preview-count')).toBe('Matches 1 of 54 cached papers:');
      expect(await u.text(`${item} .pr-paper-title`)).toBe(TWEEDIE.title);
      expect(await u.attr(`${item} .pr-paper-title`, 'href')).toBe(`https://arxiv.org/abs/${TWEEDIE.id}`);
      expect(await u.texts(`${item} .pr-paper-title mark`)).toEqual(['First-Order', 'Tweedie']);

      await u.fill({ label: 'Label (optional)', within }, 'Tweedie');
      await u.check({ role: 'radio', name: 'Teal', within });
      await u.click({ role: 'button', name: 'Add rule', within });
      await expect.poll(() => u.texts('#rules .pr-rule strong')).toEqual(['Tweedie']);

      const listed = await send<{ rules: Rule[] }>({ type: 'rules/list' });
      expect(listed.rules).toEqual([expect.objectContaining({ query: 'ti:"first-order" tweedie', label: 'Tweedie', color: '#007b83', enabled: true })]);

      // A rule changed elsewhere (here: by a message) shows without a reload (rules/changed).
      await send({ type: 'rules/update', id: listed.rules[0]!.id, enabled: false });
      await expect.poll(async () => (await u.state({ role: 'switch', name: 'Rule Tweedie enabled', within })).checked, POLL).toBe(false);
      expect(await errors()).toEqual([]);
      await page.close();
    });

    it('page settings are written to storage.local, normalized', async () => {
      const { page, u, errors } = await optionsPage();
      const within = '#pages';
      await u.fill({ label: 'Site', within }, 'https://Blog.Example.com/posts/reading-list.html');
      await u.click({ role: 'button', name: 'Add site', within });
      await u.waitFor({ role: 'button', name: 'Remove blog.example.com', within });
      await u.check({ label: /^Highlight papers/, within }, false);
      await expect.poll(storedSettings, POLL).toMatchObject({ disabledSites: ['blog.example.com'], highlight: false, overlay: true });

      // Typed, then left: the number field writes the setting on change, not on every keystroke.
      await u.fill({ label: 'Delay in milliseconds', within }, '1200');
      await expect.poll(async () => (await storedSettings()).overlayDelayMs, POLL).toBe(1200);
      expect(await errors()).toEqual([]);
      await page.close();
    });
  });

  describe('the popup', () => {
    it('quick keyword add makes a rule, and a broken query is refused inline', async () => {
      const page = await s.openExtensionPage('popup.html');
      const u = ui(page);
      await u.click({ role: 'tab', name: /^Alerts/ });
      const input = { label: 'Add a keyword rule' };
      await u.fill(input, 'splatting OR');
      await expect.poll(() => u.text('#pr-quick-add-message')).toBe('dangling OR at the end');
      await u.fill(input, 'kw:"gaussian splatting"');
      await u.click({ role: 'button', name: 'Add' });
      await expect.poll(() => u.text('#pr-quick-add-message'), POLL).toBe('Added rule “kw:"gaussian splatting"”.');
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
      const errors = await watchErrors(page);
      const u = ui(page);
      await u.click({ role: 'tab', name: /^Alerts/ });
      await expect.poll(async () => (await alertGroups(page)).map((g) => g.heading), POLL).toEqual(['Diffusion (2)', 'Transformers (1)']);
      const [diffusion] = await alertGroups(page);
      expect(diffusion!.alerts.map((a) => a.title)).toEqual(['A survey of diffusion transformers', HOSTILE]);
      expect(diffusion!.alerts[0]!.marked).toEqual(['diffusion', 'transformers']);
      expect(diffusion!.alerts[0]!.text).toContain('Also matches: Transformers');
      expect(await u.count('.pr-alert-group img')).toBe(0);

      await u.click({ role: 'button', name: 'Dismiss: Transformers for tiny data' });
      await expect.poll(async () => (await alertGroups(page)).map((g) => g.heading), POLL).toEqual(['Diffusion (2)']);
      const listed = async () => (await send<{ alerts: AlertView[] }>({ type: 'alerts/list' })).alerts;
      expect((await listed()).map((a) => a.paperId)).not.toContain('2603.00002');

      await u.click({ role: 'button', name: 'Save: A survey of diffusion transformers' });
      await ui(page, { timeout: 15_000 }).waitFor({ role: 'button', name: 'Saved: A survey of diffusion transformers' });
      const library = await send<{ saved: { id: string }[] }>({ type: 'library/list' });
      expect(library.saved.map((x) => x.id)).toContain('2603.00001');

      await u.click({ role: 'button', name: 'Mark all seen' });
      await u.waitFor({ text: 'No new papers match your rules.' });
      expect((await listed()).filter((a) => a.seenAt === undefined)).toEqual([]);
      expect(await errors()).toEqual([]);
      await page.close();
    });
  });
});
