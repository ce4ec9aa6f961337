// Alerts in the real browser (issue #6): a rule is added, the check runs against the mocked Hugging Face
// daily-papers API (and, second, a followed arXiv feed with conditional requests), the toolbar badge
// shows the number of unseen alerts as Chrome reports it from the worker, and marking them seen
// clears it. The checks ask nobody but the mocks, and only for dates and category names. And what the
// background keeps (library, settings, alert schedule) outlives the background itself, which both
// browsers stop when idle (Chrome's service worker, Firefox's event page). Every test runs in every
// browser (BROWSERS).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../lib/settings/settings';
import { BROWSERS, type ArxivRecord, type LoggedRequest, sessionPerBlock } from './harness';
import { chromiumBackgroundTraffic } from './harness/browser';

type Answer<T = object> = T & { ok: boolean; error?: string };
interface AlertView {
  paperId: string;
  source: string;
  seenAt?: number;
  rules: { id: string; label: string }[];
  terms: string[];
  paper?: { title: string };
}
interface ChromeGlobal {
  chrome: {
    action: { getBadgeText(details: object): Promise<string> };
    alarms: { get(name: string): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number } | undefined> };
    storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  };
}

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const CAPTURED = JSON.parse(fixture('hf/daily_papers_item_2602.23229.json')) as { paper: Record<string, unknown> } & Record<string, unknown>;

/** The captured daily-papers item with another id and title (and no AI keywords to match by chance). */
function item(id: string, title: string, summary: string): Record<string, unknown> {
  const copy = structuredClone(CAPTURED);
  Object.assign(copy.paper, { id, title, summary, ai_summary: summary, ai_keywords: [] });
  return { ...copy, title, summary };
}

const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A paper saved before the background is stopped. */
const KEPT: ArxivRecord = {
  id: '2501.10001',
  version: 1,
  title: 'Sharp rates for zeroth-order optimization',
  summary: 'An abstract.',
  authors: [{ name: 'Ada Lovelace' }],
  published: '2025-01-15T18:00:00Z',
  updated: '2025-01-15T18:00:00Z',
  categories: ['math.OC'],
  primaryCategory: 'math.OC',
};
type SavedPaper = { id: string; savedAt: number; tags: string[]; paper: { title: string } };
/** What a save keeps, without what a later BibTeX follow-up may add. */
const kept = (saved: SavedPaper[]) => saved.map((x) => ({ id: x.id, tags: x.tags, title: x.paper.title, savedAt: x.savedAt }));

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });
  afterEach(() => {
    expect(s.server.unexpectedRequests().map((r) => `${r.host}${r.path}`)).toEqual([]);
  });

  const send = <T = object>(message: object) => s.sendMessage<Answer<T>>(message);
  const savedList = async () => (await send<{ saved: SavedPaper[] }>({ type: 'library/list' })).saved;
  const badge = () => s.serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({}));
  /** What was asked since `t`, leaving out Chromium's own background requests (made without the extension too). */
  const chromiumsOwn = (r: LoggedRequest) =>
    chromiumBackgroundTraffic.some((f) => (!f.host || f.host === r.host) && (!f.method || f.method === r.method) && (!f.pathPrefix || r.path.startsWith(f.pathPrefix)));
  const requestsSince = (t: number) => s.server.requests().filter((r) => r.at >= t && !chromiumsOwn(r));

  describe('alerts, end to end', () => {
    it('a rule added, a check against the Hugging Face API, the badge shows the count, marking seen clears it', async () => {
      const now = Date.now();
      const [today, yesterday] = [utcDate(now), utcDate(now - 24 * 3600_000)];
      s.server.hfApi.dailyByDate.set(today, [CAPTURED, item('2603.00001', 'A survey of diffusion transformers', 'Diffusion models, surveyed.')]);
      s.server.hfApi.dailyByDate.set(yesterday, [item('2603.00002', 'In-context learning in small transformers', 'Small models learn in context.')]);

      const added = await send<{ rule: { id: string } }>({ type: 'rules/add', query: '"in-context"', label: 'ICL' });
      expect(added.ok, added.error).toBe(true);
      expect(await badge()).toBe('');

      const since = Date.now();
      expect(await send({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 2 });
      expect(await badge()).toBe('2');

      const { alerts } = await send<{ alerts: AlertView[] }>({ type: 'alerts/list' });
      expect(alerts.map((a) => a.paperId).sort()).toEqual(['2602.23229', '2603.00002']);
      for (const a of alerts) {
        expect(a).toMatchObject({ source: 'hf-daily', rules: [{ id: added.rule.id, label: 'ICL' }] });
        expect(a.seenAt).toBeUndefined();
        expect(a.terms).toContain('in context');
      }
      expect(alerts.find((a) => a.paperId === '2602.23229')?.paper?.title).toBe('Large Multimodal Models as General In-Context Classifiers');

      // What left the browser: two dates, to the mocked Hugging Face API, and nothing else.
      const traffic = requestsSince(since);
      expect(traffic.map((r) => `${r.host}${r.path}`).sort()).toEqual(
        [`huggingface.co/api/daily_papers?date=${today}&limit=100`, `huggingface.co/api/daily_papers?date=${yesterday}&limit=100`].sort(),
      );
      for (const r of traffic) expect(r.headers.cookie).toBeUndefined();

      // Checked again: the same papers are no news, and the count stays.
      expect(await send({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
      expect(await badge()).toBe('2');

      expect(await send({ type: 'alerts/markSeen' })).toEqual({ ok: true });
      expect(await badge()).toBe('');
      const seen = (await send<{ alerts: AlertView[] }>({ type: 'alerts/list' })).alerts;
      expect(seen.every((a) => typeof a.seenAt === 'number')).toBe(true);
    });

    it('a followed arXiv feed is read with conditional requests; the badge survives a stopped worker; the schedule is set', async () => {
      s.server.hfApi.dailyByDate.clear();
      s.server.hfApi.daily = [];
      await s.serviceWorker.evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ settings: { alertCategories: ['math.OC'], alertHfDaily: false } }),
      );
      s.server.feeds.set('rss/math.OC', { body: fixture('arxiv-rss/math.OC-constructed-weekday.xml'), etag: '"oc-1"' });
      expect((await send({ type: 'rules/add', query: 'zeroth-order', label: 'DFO' })).ok).toBe(true);

      const since = Date.now();
      expect(await send({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
      expect(await badge()).toBe('1');
      expect(await send({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
      const feeds = requestsSince(since);
      expect(feeds.map((r) => [r.host, r.path, r.headers['if-none-match'], r.status])).toEqual([
        ['rss.arxiv.org', '/rss/math.OC', undefined, 200],
        ['rss.arxiv.org', '/rss/math.OC', '"oc-1"', 304],
      ]);

      await s.stopServiceWorker();
      const { alerts } = await send<{ alerts: AlertView[] }>({ type: 'alerts/list' }); // starts a new worker
      expect(alerts.find((a) => a.paperId === '2402.10002')).toMatchObject({ source: 'arxiv-rss', paper: { title: 'Zeroth-order methods for black-box control' } });
      expect(await badge()).toBe('1');
      const alarm = await s.serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.alarms.get('paper-radar/alerts'));
      expect(alarm?.periodInMinutes).toBe(60);
    });

    it('the library (IndexedDB), the settings (storage.local) and the alerts schedule outlive a stopped background', async () => {
      s.server.arxivApi.add(KEPT);
      expect((await send({ type: 'library/save', id: KEPT.id, tags: ['kept'] })).ok).toBe(true);
      // As the options page writes them; the background follows with the schedule (watchSettings).
      const ext = await s.openExtensionPage('manifest.json');
      const settings = { ...DEFAULT_SETTINGS, alertIntervalMinutes: 120, alertCategories: ['math.OC'], alertHfDaily: false };
      await ext.evaluate(([key, value]) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ [key]: value }), [SETTINGS_KEY, settings] as const);
      const alarm = () => ext.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.alarms.get('paper-radar/alerts').then((a) => a ?? null));
      const stored = () => ext.evaluate((key) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(key), SETTINGS_KEY);
      await expect.poll(async () => (await alarm())?.periodInMinutes, { timeout: 5_000 }).toBe(120);
      const schedule = await alarm();
      const library = kept(await savedList());

      await s.stopServiceWorker();
      // Read from an extension page, which does not start the background: kept by the browser meanwhile.
      expect(await alarm()).toEqual(schedule);
      expect(await stored()).toEqual({ [SETTINGS_KEY]: settings });
      expect(await s.isServiceWorkerRunning()).toBe(false);

      // The next message starts a new background, which finds everything as it was.
      expect(kept(await savedList())).toEqual(library);
      expect(library).toEqual([{ id: KEPT.id, tags: ['kept'], title: KEPT.title, savedAt: expect.any(Number) }]);
      expect(await s.serviceWorker.evaluate((key) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(key), SETTINGS_KEY)).toEqual({
        [SETTINGS_KEY]: settings,
      });
      expect(await s.serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.alarms.get('paper-radar/alerts'))).toEqual(schedule);
      await ext.close();
    });
  });
});
