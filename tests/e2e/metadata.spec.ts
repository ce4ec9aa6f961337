// The metadata pipeline in the real browser (DESIGN §2, §5.2, §8), proven against the mock servers'
// request logs: pages written by someone else hand their paper ids to the background, which fetches
// what is missing from arXiv in batches of at most 100 ids, one request at a time and at least 3 s
// apart (also across a stopped worker, through the clock it keeps in IndexedDB), backs off when arXiv
// throttles, caches answers and misses, and never tells anyone which page the ids came from. Every
// test runs in every browser (BROWSERS).
//
// How the specs wait: for requests and states by polling. Fixed waits only where the passing of time
// is itself what is asserted: "no request" is only meaningful after the moment by which the arXiv lane
// would have started one (`quietWindow`).
//
// Worker-side observation: `recordMessages` adds a passive `runtime.onMessage` listener inside the
// background (it never answers), so a spec knows that a revisited page's content script did send
// its ids before it asserts that they caused no request; `cachedWithHf` reads the worker's IndexedDB
// to know when a listing's embedded data is stored. Neither changes what the product does.
//
// The wake-up alarm: in both browsers (Chromium 156 and Firefox ESR 153, headless) the product's own
// backstop alarm alone starts a stopped background (Chrome's worker, Firefox's event page), which then
// resumes the pending set — measured 58–59 s after the stop, i.e. when the alarm was due
// (BACKSTOP_MS = 60 s after the batch started). The spec checks that the alarm is set for
// that time, then moves the same alarm (same name, from an extension page) to now + 0.5 s, so the path
// is "alarm → worker starts → resume" without sending any message, in a second instead of a minute.
// Set E2E_REAL_ALARM=1 to wait for the product's alarm as set instead (about a minute longer).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newIds, oldIds, paperLinksPage } from '../fixtures/pages/blog/paper-links';
import {
  arxivFailures,
  BROWSERS,
  get,
  markProblems,
  pageUrl,
  requestedIds,
  text,
  type ArxivRecord,
  type BrowserName,
  type LoggedRequest,
  type PortablePage,
  type PortableWebPage,
  type Reply,
  sessionPerBlock,
} from './harness';

/** arXiv's terms (DESIGN §5.2): at most one request every 3 s, measured where arXiv sees them. */
const MIN_GAP_MS = 3_000;
/** The product's lane spacing (lib/net/limits.ts), used only to size the quiet windows. */
const LANE_SPACING_MS = 3_100;
/** The product's wake-up alarm (lib/background/app.ts) and its backstop (lib/papers/arxiv-drain.ts). */
const WAKE_ALARM = 'paper-radar/wake';
const BACKSTOP_MS = 60_000;
const REAL_ALARM = process.env.E2E_REAL_ALARM === '1';

const API = { host: 'export.arxiv.org', pathPrefix: '/api/query' } as const;
const BLOG = 'blog.example.com';
/**
 * Sec-Fetch-Site of the background's requests: no site started them. Chrome says `none`; Firefox says
 * `same-origin`, since an add-on's principal covers the hosts it has permission for. Neither names a page.
 */
const FETCH_SITE: Record<BrowserName, string> = { chromium: 'none', firefox: 'same-origin' };
/** In every page URL below: it must never reach anyone but the blog itself. */
const PAGE_TOKEN = 'reader-7f3a9c';

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });
  /** An extension page for the alarms API (the harness's own driver page sends the messages). */
  let extPage: PortablePage;
  let cleanups: (() => void)[] = [];

  beforeAll(async () => {
    extPage = await s.openExtensionPage('manifest.json');
  });
  beforeEach(() => {
    s.server.resetLog();
    s.server.arxivApi.reset();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    for (const page of await s.webPages()) await page.close();
    // Invariants of every request the background made during the test (DESIGN §2, §5.2, §8).
    expect(s.server.unexpectedRequests().map(describeRequest)).toEqual([]);
    for (const r of s.server.requests({ host: API.host })) {
      expect(r.path.startsWith('/api/query?'), describeRequest(r)).toBe(true);
      const n = idsOf(r).length;
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(100);
      expect(maxResults(r), `max_results of ${describeRequest(r)}`).toBeGreaterThanOrEqual(n);
    }
    expect(leaks()).toEqual([]);
  });

  // ---------------------------------------------------------------------------------------------------
  // Helpers

  const titleOf = (id: string) => `Mock paper ${id}: convergence of first-order methods, revisited`;

  function record(id: string): ArxivRecord {
    return {
      id,
      version: 2,
      title: titleOf(id),
      summary: `An abstract for ${id}, with a comma, a "quote" & an ampersand.`,
      authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
      published: '2025-01-15T18:00:00Z',
      updated: '2025-02-01T09:30:00Z',
      categories: ['cs.LG', 'math.OC'],
      primaryCategory: 'cs.LG',
    };
  }

  /** Serves a generated blog post citing `ids` at `https://blog.example.com<pathname>` (any query). */
  function serveBlogPage(pathname: string, ids: readonly string[]): { url: string; refs: string[] } {
    const { html, refs } = paperLinksPage(ids, { title: `Reading list ${pathname}` });
    const escaped = pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    cleanups.push(s.server.use(BLOG, get(new RegExp(`^${escaped}$`), () => text(html, 200, 'text/html; charset=utf-8'))));
    return { url: `https://${BLOG}${pathname}?utm_source=${PAGE_TOKEN}#comments`, refs };
  }

  /** Opens a page and waits until the content script marked exactly what the page expects. */
  async function openMarked(url: string): Promise<PortableWebPage> {
    const page = await s.open(url);
    await expect.poll(() => markProblems(page), { timeout: 10_000, interval: 200 }).toEqual([]);
    return page;
  }

  const apiRequests = () => s.server.requests(API);
  const answered = (rs: LoggedRequest[]) => rs.filter((r) => r.status !== undefined);
  const idsOf = (r: LoggedRequest) => requestedIds([r.path])[0]!;
  const maxResults = (r: LoggedRequest) => Number(new URL(r.path, 'https://export.arxiv.org').searchParams.get('max_results'));
  const gaps = (rs: LoggedRequest[]) => rs.slice(1).map((r, i) => Math.round(r.at - rs[i]!.at));
  const describeRequest = (r: LoggedRequest) => `${r.method} ${r.scheme}://${r.host}${r.path.slice(0, 120)}`;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  /** A successful arXiv answer: 200 with an Atom feed (not the 200 `Rate exceeded.` notice). */
  const isAtom200 = (r: LoggedRequest) => r.status === 200 && (r.contentType ?? '').includes('atom');

  /**
   * Requests other than the blog's own page loads that carry the page's URL, host or token anywhere:
   * path, query, Referer, Origin or any other header. Covers the extension's API requests
   * (export.arxiv.org, huggingface.co/api) and anything else it might send.
   */
  function leaks(): string[] {
    return s.server.log
      .filter((r) => r.host !== BLOG)
      .filter((r) => {
        const carried = `${r.path} ${JSON.stringify(r.headers)}`;
        return carried.includes(PAGE_TOKEN) || carried.includes(BLOG);
      })
      .map(describeRequest);
  }

  interface SeenMessage {
    at: number;
    type: unknown;
    ids?: number;
    url?: string;
  }

  /** Makes the worker note every message it receives (a passive listener; the product still answers). */
  async function recordMessages(): Promise<void> {
    await s.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as {
        __seenMessages?: SeenMessage[];
        chrome: { runtime: { onMessage: { addListener(f: (m: unknown, sender: { url?: string }) => undefined): void } } };
      };
      if (g.__seenMessages) return;
      const seen: SeenMessage[] = (g.__seenMessages = []);
      g.chrome.runtime.onMessage.addListener((m, sender) => {
        const msg = (m ?? {}) as { type?: unknown; ids?: unknown };
        seen.push({ at: Date.now(), type: msg.type, ids: Array.isArray(msg.ids) ? msg.ids.length : undefined, url: sender.url });
        return undefined;
      });
    });
  }

  async function seenMessages(): Promise<SeenMessage[]> {
    return s.serviceWorker.evaluate(() => (globalThis as unknown as { __seenMessages?: SeenMessage[] }).__seenMessages ?? []);
  }

  /** Waits until the worker received `papers/annotate` from a content script on `url` (with `count` ids), n times. */
  async function waitForContentScriptAnnotate(url: string, count: number, times: number): Promise<SeenMessage[]> {
    const from = (m: SeenMessage) => m.type === 'papers/annotate' && m.ids === count && m.url === url;
    await expect.poll(async () => (await seenMessages()).filter(from).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(times);
    return (await seenMessages()).filter(from);
  }

  /**
   * Absence takes time: waits until any arXiv request caused at `since` would have started — the lane
   * starts one at most 3.1 s after the previous start, or at once — plus a margin for the worker's
   * IndexedDB work.
   */
  async function quietWindow(since: number): Promise<void> {
    const last = s.server.requests({ host: API.host }).at(-1)?.at ?? 0;
    await sleep(Math.max(since, last + LANE_SPACING_MS) + 1_000 - Date.now());
  }

  interface PapersAnswer {
    ok: boolean;
    error?: string;
    papers: Array<{ id: string; title: string; authors: string[]; categories: string[]; version?: number }>;
    notFound: string[];
    pending: string[];
  }
  const papersGet = (ids: readonly string[]) => s.sendMessage<PapersAnswer>({ type: 'papers/get', ids });

  interface AlarmInfo {
    name: string;
    scheduledTime: number;
  }
  type AlarmsGlobal = {
    chrome: {
      alarms: {
        get(name: string): Promise<AlarmInfo | undefined>;
        create(name: string, info: { when: number }): Promise<void>;
      };
    };
  };
  const getAlarm = (name: string) =>
    extPage.evaluate((n) => (globalThis as unknown as AlarmsGlobal).chrome.alarms.get(n).then((a) => a ?? null), name);

  /** Puts a handler for arXiv API queries in front of the default one (removed after the test). */
  function routeArxiv(answer: (params: URLSearchParams) => Reply): void {
    cleanups.push(s.server.use(API.host, get(/^\/api\/query$/, (req) => answer(req.url.searchParams))));
  }

  // ---------------------------------------------------------------------------------------------------

  describe('a page with 150 uncached paper links', () => {
    it('causes exactly 2 arXiv requests (100 + 50 ids) ≥ 3 s apart; then papers/get, a reload and a fresh tab cause none', async () => {
      const ids = [...newIds('2501', 140), ...oldIds('hep-th', '9901', 5), ...oldIds('math', '0309', 5)];
      expect(new Set(ids).size).toBe(150);
      s.server.arxivApi.add(...ids.map(record));
      const { url, refs } = serveBlogPage('/2025/11/150-papers.html', ids);

      await recordMessages();
      const page = await openMarked(url);
      await expect.poll(() => answered(apiRequests()).length, { timeout: 15_000 }).toBe(2);

      const requests = apiRequests();
      expect(requests).toHaveLength(2);
      expect(requests.map(idsOf).map((l) => l.length)).toEqual([100, 50]);
      expect(requests.map(maxResults)).toEqual([100, 50]);
      expect(requests.flatMap(idsOf).sort()).toEqual([...ids].sort()); // every id once, canonical
      expect(requests.every(isAtom200)).toBe(true);
      expect.soft(gaps(requests)[0], `gap between the starts: ${gaps(requests)} ms`).toBeGreaterThanOrEqual(MIN_GAP_MS);
      // One message for the whole page (the content script batches a scan), sent by the page's tab.
      // Later ones are the content script asking again for papers that were still being looked up.
      await waitForContentScriptAnnotate(url, 150, 1);
      const first = (await seenMessages()).filter((m) => m.url === url)[0];
      expect(first).toMatchObject({ type: 'papers/annotate', ids: 150 });

      // The ids in the forms the page wrote them: all answered from the cache, with the mock's metadata.
      const answer = await papersGet(refs);
      expect(answer).toMatchObject({ ok: true, notFound: [], pending: [] });
      expect(answer.papers.map((p) => p.id)).toEqual(ids);
      for (const p of answer.papers) {
        expect(p.title).toBe(titleOf(p.id));
        expect(p).toMatchObject({ version: 2, authors: ['Ada Lovelace', 'Alan Turing'], categories: ['cs.LG', 'math.OC'] });
      }

      // A second visit: the same tab reloaded, then a fresh tab. Both hand over the 150 ids again.
      await page.reload();
      await expect.poll(() => markProblems(page), { timeout: 10_000, interval: 200 }).toEqual([]);
      const fresh = await openMarked(url);
      const visits = await waitForContentScriptAnnotate(url, 150, 3);
      await quietWindow(visits.at(-1)!.at);
      expect(apiRequests()).toHaveLength(2);
      await fresh.close();

      // Privacy: the API requests carry no Referer (a worker's fetch has no page behind it), no Origin,
      // no cookie, and nothing of the page (checked for every request in afterEach).
      for (const r of requests) {
        expect(r.headers.referer).toBeUndefined();
        expect(r.headers.origin).toBeUndefined();
        expect(r.headers.cookie).toBeUndefined();
        expect(r.headers['sec-fetch-site']).toBe(FETCH_SITE[browser]); // not initiated by a site
      }
      // Positive control for the leak check: the blog did see its own URL.
      expect(s.server.requests({ host: BLOG }).some((r) => r.path.includes(PAGE_TOKEN))).toBe(true);
    });
  });

  describe('the worker stopped mid-queue', () => {
    it(
      `resumes ${REAL_ALARM ? 'when its own wake-up alarm fires' : 'from its wake-up alarm (moved forward)'}: every id fetched, none stored twice, ≥ 3 s apart across the restart`,
      async () => {
        const ids = newIds('2502', 250);
        s.server.arxivApi.add(...ids.map(record));
          // The first answer is held back, so the worker is stopped while that request is in flight.
        s.server.arxivApi.delayMs = 1_500;
        const { url } = serveBlogPage('/2025/11/250-papers.html', ids);

        const page = await openMarked(url);
        const first = await s.server.waitForRequest((r) => r.host === API.host, { timeoutMs: 15_000 });
        await s.stopServiceWorker();
        const stoppedAt = Date.now();
        s.server.arxivApi.delayMs = 0;
        expect(await s.isServiceWorkerRunning()).toBe(false);
        await page.close(); // nothing will send another message

        // The product's backstop: a one-shot alarm BACKSTOP_MS after the batch started.
        const alarm = await getAlarm(WAKE_ALARM);
        expect(alarm, 'wake-up alarm set while a batch is in flight').not.toBeNull();
        expect(alarm!.scheduledTime).toBeGreaterThan(first.at + BACKSTOP_MS - 5_000);
        expect(alarm!.scheduledTime).toBeLessThan(first.at + BACKSTOP_MS + 1_000);
        if (!REAL_ALARM) {
          await extPage.evaluate(
            ([name, when]) => (globalThis as unknown as AlarmsGlobal).chrome.alarms.create(name, { when }),
            [WAKE_ALARM, Date.now() + 500] as const,
          );
        }
        const revive = { timeout: REAL_ALARM ? BACKSTOP_MS + 15_000 : 10_000, interval: 50 };
        await expect.poll(() => s.isServiceWorkerRunning(), revive).toBe(true);
        const revivedAfterMs = Date.now() - stoppedAt;

        // Every id eventually asked for, in a request that was answered.
        const covered = () => new Set(apiRequests().filter(isAtom200).flatMap(idsOf));
        await expect.poll(() => covered().size, { timeout: 20_000 }).toBe(250);
        const requests = apiRequests();
        expect(first.status, 'the request in flight when the worker was stopped was never answered').toBeUndefined();
        expect(requests.map((r) => idsOf(r).length)).toEqual([100, 100, 100, 50]);
        expect(idsOf(requests[1]!), 'the lost batch is asked again').toEqual(idsOf(first));
        // No id is fetched again once an answered request covered it.
        const answeredIds = requests.filter(isAtom200).flatMap(idsOf);
        expect(answeredIds.length).toBe(new Set(answeredIds).size);
        // Spacing, across the restart too. The worker came back before 3 s had passed since the lost
        // request (unless waiting for the real alarm), so the first gap is the persisted clock's doing.
        const spacing = gaps(requests);
        if (!REAL_ALARM) expect(stoppedAt + revivedAfterMs - first.at, 'revived within 3 s of the lost request').toBeLessThan(MIN_GAP_MS);
        for (const gap of spacing) expect(gap, `gaps ${spacing} ms`).toBeGreaterThanOrEqual(MIN_GAP_MS);

        const answer = await papersGet(ids);
        expect(answer).toMatchObject({ ok: true, notFound: [], pending: [] });
        expect(answer.papers.map((p) => p.title)).toEqual(ids.map(titleOf));
        expect(apiRequests()).toHaveLength(4);
        // Nothing left owed: the drainer cleared its backstop.
        await expect.poll(() => getAlarm(WAKE_ALARM), { timeout: 5_000 }).toBeNull();
        console.info(`[metadata] stop → worker running again: ${revivedAfterMs} ms; arXiv gaps ${spacing} ms`);
      },
      REAL_ALARM ? 150_000 : 60_000,
    );
  });

  describe('a throttling arXiv', () => {
    it('429 (Retry-After: 7), "Rate exceeded.", 503, then service: fetched in the end, gaps honoured, one request in flight', async () => {
      const idsA = newIds('2503', 30);
      const idsB = newIds('2503', 10, 20001);
      s.server.arxivApi.add(...[...idsA, ...idsB].map(record));
      const slow = 500;
      s.server.arxivApi.failNext(
        { ...arxivFailures.tooManyRequests(), headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '7' }, delayMs: slow },
        { ...arxivFailures.rateExceeded(), delayMs: slow },
        { ...arxivFailures.unavailable(), delayMs: slow },
      );
      // The answer that finally serves the first batch takes longer than the lane's spacing: a lane that
      // only spaced its starts would start the next request while this one is unanswered.
      const slowAnswerMs = LANE_SPACING_MS + 1_500;
      let served = 0;
      routeArxiv((params) => {
        const reply = s.server.arxivApi.answer(params);
        const atom = reply.headers?.['content-type']?.includes('atom') ?? false;
        return atom && served++ === 0 ? { ...reply, delayMs: slowAnswerMs } : reply;
      });
      const a = serveBlogPage('/2025/11/throttled-a.html', idsA);
      const b = serveBlogPage('/2025/11/throttled-b.html', idsB);

      await openMarked(a.url);
      await s.server.waitForRequest((r) => r.host === API.host, { timeoutMs: 15_000 });
      await openMarked(b.url); // a second tab's ids while the first batch is being refused
      await expect.poll(() => apiRequests().filter(isAtom200).length, { timeout: 50_000, interval: 250 }).toBe(2);

      const requests = apiRequests();
      expect(requests.map((r) => r.status)).toEqual([429, 200, 503, 200, 200]);
      expect(requests.map(isAtom200)).toEqual([false, false, false, true, true]);
      for (const r of requests.slice(0, 4)) expect(idsOf(r)).toEqual([...idsA].sort());
      expect(idsOf(requests[4]!)).toEqual([...idsB].sort());

      const spacing = gaps(requests);
      const afterAnswer = requests.slice(1).map((r, i) => Math.round(r.at - requests[i]!.answeredAt!));
      // Retry-After: 7 (beyond the lane's own first backoff of 2.5–5 s) counts from the 429's arrival at the worker.
      expect(afterAnswer[0], `429 answered → next start: ${afterAnswer[0]} ms`).toBeGreaterThanOrEqual(7_000);
      for (const gap of spacing) expect(gap, `gaps ${spacing} ms`).toBeGreaterThanOrEqual(MIN_GAP_MS);
      // One request in flight at a time: each starts after the previous one was answered.
      for (const wait of afterAnswer) expect(wait, `answer → next start: ${afterAnswer} ms`).toBeGreaterThanOrEqual(0);
      expect(requests[3]!.answeredAt! - requests[3]!.at).toBeGreaterThanOrEqual(slowAnswerMs - 50);

      const answer = await papersGet([...idsA, ...idsB]);
      expect(answer).toMatchObject({ ok: true, notFound: [], pending: [] });
      expect(answer.papers.map((p) => p.title)).toEqual([...idsA, ...idsB].map(titleOf));
      expect(apiRequests()).toHaveLength(5);
      console.info(`[metadata] throttled: start gaps ${spacing} ms; answer → next start ${afterAnswer} ms`);
    }, 70_000);
  });

  describe('ids arXiv does not know', () => {
    it('are answered as notFound, and a revisit does not ask arXiv for them again', async () => {
      const known = newIds('2504', 6);
      const unknown = [...newIds('2504', 3, 19991), ...oldIds('hep-ph', '9912', 1, 999)];
      const ids = [...known, ...unknown];
      s.server.arxivApi.add(...known.map(record));
      s.server.arxivApi.format = 'old'; // placeholders for the missing ids, as the old server sends them
      const { url } = serveBlogPage('/2025/11/unknown-papers.html', ids);

      await recordMessages();
      const page = await openMarked(url);
      await expect.poll(() => answered(apiRequests()).length, { timeout: 15_000 }).toBe(1);
      expect(idsOf(apiRequests()[0]!)).toEqual([...ids].sort());

      const answer = await papersGet(ids);
      expect(answer).toMatchObject({ ok: true, pending: [] });
      expect(answer.papers.map((p) => p.id)).toEqual(known);
      expect([...answer.notFound].sort()).toEqual([...unknown].sort());

      await page.reload();
      await expect.poll(() => markProblems(page), { timeout: 10_000, interval: 200 }).toEqual([]);
      const visits = await waitForContentScriptAnnotate(url, ids.length, 2);
      await quietWindow(visits.at(-1)!.at);
      expect(apiRequests()).toHaveLength(1);
      expect((await papersGet(unknown)).notFound.sort()).toEqual([...unknown].sort());
      expect(apiRequests()).toHaveLength(1);
    });
  });

  describe('a Hugging Face listing', () => {
    it("hands its 54 cards' embedded data over: papers/get answers with those titles, no API request anywhere", async () => {
      const page = await openMarked(pageUrl('hf/papers-search.html'));
      const embedded = await page.evaluate(() => {
        const island = document.querySelector('[data-target="DailyPapers"]');
        const props = JSON.parse(island?.getAttribute('data-props') ?? '{}') as { searchResults?: Array<{ paper: { id: string; title: string } }> };
        return (props.searchResults ?? []).map(({ paper }) => ({ id: paper.id, title: paper.title }));
      });
      expect(embedded).toHaveLength(54);
      const ids = embedded.map((p) => p.id);

      // The content script's idle pass sent the cards over (papers/putEmbedded); wait until stored.
      await expect.poll(() => cachedWithHf(ids), { timeout: 10_000 }).toBe(54);
      const asked = Date.now();
      const answer = await papersGet(ids);
      expect(answer).toMatchObject({ ok: true, notFound: [], pending: [] });
      expect(answer.papers.map((p) => [p.id, p.title])).toEqual(embedded.map((p) => [p.id, p.title.replace(/\s+/g, ' ').trim()]));

      await quietWindow(asked);
      expect(apiRequests().map(describeRequest), 'requests to the arXiv API').toEqual([]);
      expect(s.server.requests({ host: 'huggingface.co', pathPrefix: '/api/' }).map(describeRequest), 'requests to the HF API').toEqual([]);
    });
  });

  /** How many of `ids` the worker's cache holds with Hugging Face data (read from its IndexedDB). */
  function cachedWithHf(ids: string[]): Promise<number> {
    return s.serviceWorker.evaluate(async (wanted) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('paper-radar');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const store = db.transaction('papers').objectStore('papers');
        const found = await Promise.all(
          wanted.map(
            (id) =>
              new Promise<{ fetchedAt?: { hf?: number } } | undefined>((resolve) => {
                const get = store.get(id);
                get.onsuccess = () => resolve(get.result as { fetchedAt?: { hf?: number } } | undefined);
                get.onerror = () => resolve(undefined);
              }),
          ),
        );
        return found.filter((p) => p?.fetchedAt?.hf !== undefined).length;
      } finally {
        db.close();
      }
    }, ids);
  }

  describe('malformed messages', () => {
    it('are answered { ok: false, error } naming the problem, and the worker keeps answering', async () => {
      const notArray = await s.sendMessage<{ ok: boolean; error: string }>({ type: 'papers/get', ids: 'x' });
      expect(notArray.ok).toBe(false);
      expect(notArray.error).toMatch(/papers\/get/);
      expect(notArray.error).toMatch(/\bids\b/);
      expect(notArray.error).toMatch(/array/i);

      const unknownType = await s.sendMessage<{ ok: boolean; error: string }>({ type: 'nope' });
      expect(unknownType).toEqual({ ok: false, error: expect.stringContaining('"nope"') });
      expect(unknownType.error).toMatch(/unknown message type/);

      const noType = await s.sendMessage<{ ok: boolean; error: string }>({ ids: ['2501.10001'] });
      expect(noType).toEqual({ ok: false, error: expect.stringMatching(/type/) });
      const badId = await s.sendMessage<{ ok: boolean; error: string }>({ type: 'papers/get', ids: [42] });
      expect(badId).toEqual({ ok: false, error: expect.stringMatching(/ids\.0/) });

      // Still answering, from the cache the first spec filled (or as not-found/pending if it ran alone).
      const after = await papersGet(['2501.10001', 'not an id']);
      expect(after.ok).toBe(true);
      expect(after.notFound).toContain('not an id');
      expect(await s.isServiceWorkerRunning()).toBe(true);
    });
  });
});
