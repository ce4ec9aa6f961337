// Proves the harness itself, in every browser (BROWSERS): the real browser reaches the fixture server
// under the real host names over TLS, the extension loads and its background can be stopped and woken,
// and the request log sees everything. If this file fails, no other e2e result means anything.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  arxivFailures,
  BROWSERS,
  chromiumOnly,
  get,
  requestedIds,
  text,
  type ArxivRecord,
  type BrowserName,
  sessionPerBlock,
} from './harness';
import { renderAtom, type AtomFormat } from './harness/atom';

const record: ArxivRecord = {
  id: '2201.13452',
  version: 1,
  title: 'Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease',
  summary: 'In this paper we study a nonlinear reaction-diffusion system & its <limits>.',
  authors: [{ name: 'Hong-Ming Yin' }, { name: 'Jun Zou', affiliation: 'CUHK' }],
  published: '2022-01-31T18:59:34Z',
  updated: '2022-02-01T04:27:03Z',
  categories: ['math.AP'],
  primaryCategory: 'math.AP',
  comment: '34 pages',
};

/** What differs by browser in these checks: names the browsers give themselves and their extensions. */
const expected: Record<BrowserName, { userAgent: string; extensionId: RegExp; backgroundUrl: (id: string) => string }> = {
  chromium: {
    userAgent: 'Chrome',
    extensionId: /^[a-p]{32}$/,
    backgroundUrl: (id) => `chrome-extension://${id}/background.js`,
  },
  firefox: {
    userAgent: 'Firefox',
    extensionId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    backgroundUrl: (id) => `moz-extension://${id}/_generated_background_page.html`, // Firefox's event page
  },
};

describe('arXiv API mock', () => {
  // The capture holds 2201.13452 among three ids arXiv does not know; the mock must answer the same query
  // with the same bytes, but for the feed's query hash and timestamp.
  it.each<AtomFormat>(['new', 'old'])('renders the %s format like the real capture', (format) => {
    const capture = readFileSync(new URL(`../fixtures/arxiv-api/${format === 'new' ? 'new-2025-11-11' : 'old-2025-08'}_query_missing_id.xml`, import.meta.url), 'utf8');
    const real = { ...record, summary: /<summary>\s*([\s\S]*?)\s*<\/summary>/.exec(capture)![1]!.replace(/\s+/g, ' '), authors: [{ name: 'Hong-Ming Yin' }, { name: 'Jun Zou' }] };
    if (format === 'old') Object.assign(real, { updated: real.published, categories: ['math.AP', '35'] });
    const idList = ['2201.13455', '2201.13452', '2201.13453', '2201.13454'];
    const slots = idList.map((id) => (id === real.id ? { record: real, requested: id } : { missing: id }));
    // Feed-level id and date differ per request. The old server's feed title also drops the first
    // unknown id from id_list, a quirk the mock does not copy.
    const normalize = (xml: string) =>
      xml
        .replace(/<(id|updated)>(https?:\/\/arxiv\.org\/api\/|\d{4}-)[^<]*<\/\1>/g, '<$1/>')
        .replace(/<title type="html">ArXiv Query:[^<]*<\/title>/, '<title/>')
        .split('\n');
    const mine = renderAtom(format, { idList, start: 0, maxResults: 10 }, slots);
    expect(normalize(mine)).toEqual(normalize(capture));
  });
});

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });
  beforeEach(() => {
    s.server.resetLog();
    s.server.arxivApi.reset();
  });

  /** fetch() run inside the extension's background (worker or event page): its own network path. */
  function workerFetch(url: string): Promise<{ status: number; body: string }> {
    return s.serviceWorker.evaluate(async (u) => {
      const res = await fetch(u);
      return { status: res.status, body: await res.text() };
    }, url);
  }

  const bodyText = () => document.body.textContent;

  describe('fixture server through the browser', () => {
    it('answers for every fixture host under its real name over TLS', async () => {
      const page = await s.open('about:blank', { contentScript: false });
      for (const host of s.server.hosts) {
        const remove = s.server.use(host, get(/^\/__harness$/, (req) => text(`hello from ${req.host}`)));
        try {
          const response = await page.goto(`https://${host}/__harness`);
          expect(response?.status()).toBe(200);
          expect(await page.evaluate(bodyText)).toBe(`hello from ${host}`);
        } finally {
          remove();
        }
      }
      await page.close();
      const logged = s.server.requests({ pathPrefix: '/__harness' });
      expect(new Set(logged.map((r) => r.host))).toEqual(new Set(s.server.hosts));
      expect(logged.every((r) => r.scheme === 'https')).toBe(true);
    });

    // Firefox takes any certificate here (acceptInsecureCerts); that its answers above came from the
    // fixture server is shown by the log, which saw every one of them.
    it.skipIf(browser === 'firefox')('serves our own certificate for every host [not in firefox: WebDriver BiDi reports no TLS details of a response]', async () => {
      const page = await chromiumOnly(s).context.newPage();
      for (const host of s.server.hosts) {
        const response = await page.goto(`https://${host}/__certificate`);
        expect((await response?.securityDetails())?.subjectName).toBe('paper-radar-e2e');
      }
      await page.close();
    });

    it('records method, path with query, headers and time; resetLog empties the log', async () => {
      const before = Date.now();
      const page = await s.open('https://huggingface.co/api/papers/2501.00001?x=1&y=2');
      expect(await page.evaluate(bodyText)).toContain('Paper not found');
      const [first] = s.server.requests({ host: 'huggingface.co', pathPrefix: '/api/papers/' });
      expect(first).toMatchObject({ method: 'GET', path: '/api/papers/2501.00001?x=1&y=2', status: 404, known: true });
      expect(first?.headers['user-agent']).toContain(expected[browser].userAgent);
      expect(first?.at).toBeGreaterThanOrEqual(before - 1);
      s.server.resetLog();
      expect(s.server.log).toEqual([]);
      await page.close();
    });

    it('answers unknown hosts 404, over https and http, and reports them as unexpected', async () => {
      const page = await s.open('https://stray.example.net/track?id=1');
      expect(await page.evaluate(bodyText)).toContain('no route');
      await page.goto('http://plain.example.net/p');
      expect(await page.evaluate(bodyText)).toContain('no route');
      expect(s.server.unexpectedRequests().map((r) => `${r.scheme} ${r.host} ${r.path}`)).toEqual(
        expect.arrayContaining(['https stray.example.net /track?id=1', 'http plain.example.net /p']),
      );
      await page.close();
    });
  });

  describe('extension', () => {
    it('is loaded: background found, id parsed from its URL', () => {
      expect(s.extensionId).toMatch(expected[browser].extensionId);
      expect(s.serviceWorker.url()).toBe(expected[browser].backgroundUrl(s.extensionId));
    });

    it('its background reaches the arXiv API mock over TLS; the mock answers from the table', async () => {
      s.server.arxivApi.add(record);
      const { status, body } = await workerFetch('https://export.arxiv.org/api/query?id_list=2201.13452,2201.99999&max_results=10');
      expect(status).toBe(200);
      expect(XMLValidator.validate(body)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(body).feed;
      expect(feed.entry.id).toBe('http://arxiv.org/abs/2201.13452v1'); // the missing id is left out
      expect(feed.entry.summary).toBe(record.summary);
      expect(feed['opensearch:totalResults']).toBe(1);

      s.server.arxivApi.format = 'old';
      const old = await workerFetch('https://export.arxiv.org/api/query?id_list=2201.99999,2201.13452&max_results=10');
      const oldFeed = new XMLParser({ ignoreAttributes: false }).parse(old.body).feed;
      expect(oldFeed.entry).toHaveLength(2); // placeholder first, as the old server answers
      expect(oldFeed.entry[0].id).toBeUndefined();
      expect(oldFeed.entry[1].title).toContain('\n  '); // hard-wrapped

      const bad = await workerFetch('https://export.arxiv.org/api/query?id_list=not-an-id&max_results=1');
      expect(bad.status).toBe(200); // old server: 200 with an Error entry
      expect(bad.body).toContain('<title>Error</title>');
      const paths = s.server.requests({ host: 'export.arxiv.org' }).map((r) => r.path);
      expect(requestedIds(paths)).toEqual([['2201.13452', '2201.99999'], ['2201.99999', '2201.13452'], ['not-an-id']]);
    });

    it('the arXiv API mock plays scripted failures in order, then recovers', async () => {
      s.server.arxivApi.add(record).failNext(arxivFailures.rateExceeded(), arxivFailures.tooManyRequests(), {
        ...arxivFailures.unavailable(),
        delayMs: 300,
      });
      const url = 'https://export.arxiv.org/api/query?id_list=2201.13452&max_results=1';
      expect(await workerFetch(url)).toEqual({ status: 200, body: 'Rate exceeded.' });
      expect((await workerFetch(url)).status).toBe(429);
      const t0 = Date.now();
      expect((await workerFetch(url)).status).toBe(503);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
      expect((await workerFetch(url)).body).toContain('<id>http://arxiv.org/abs/2201.13452v1</id>');
    });

    it('the other mocks answer from their tables: HF API, arXiv BibTeX, RSS with conditional GET', async () => {
      s.server.hfApi.papers.set('2201.13452', { id: '2201.13452', title: record.title, upvotes: 3 });
      expect(await workerFetch('https://huggingface.co/api/papers/2201.13452')).toMatchObject({ status: 200 });
      expect((await workerFetch('https://huggingface.co/api/papers/2201.00000')).status).toBe(404);

      s.server.arxivApi.add(record);
      const bib = await workerFetch('https://arxiv.org/bibtex/2201.13452v1');
      expect(bib.body).toMatch(/^@misc\{yin2022asymptotic,\n {6}title=\{Asymptotic Analysis/);
      s.server.bibtex.set('2201.13452', '@misc{verbatim}');
      expect((await workerFetch('https://arxiv.org/bibtex/2201.13452')).body).toBe('@misc{verbatim}');

      const etag = '"feed-1"';
      s.server.feeds.set('rss/math.OC', { body: '<rss version="2.0"></rss>', etag });
      expect((await workerFetch('https://rss.arxiv.org/rss/math.OC')).status).toBe(200);
      const conditional = await s.serviceWorker.evaluate(
        async (tag) => (await fetch('https://rss.arxiv.org/rss/math.OC', { headers: { 'if-none-match': tag } })).status,
        etag,
      );
      expect(conditional).toBe(304);
      s.server.feeds.clear();
      s.server.bibtex.clear();
      s.server.hfApi.papers.clear();
    });

    it('runs its content script on fixture hosts (open() waits for the injected world)', async () => {
      const page = await s.open('https://www.example.org/2025/11/whatever.html');
      expect(page.url()).toBe('https://www.example.org/2025/11/whatever.html');
      await page.close();
    });

    // Firefox: the event page, stopped the way Firefox stops it when idle (firefox-extension.ts).
    it('stopServiceWorker stops the background; a message from an extension page starts a fresh one', async () => {
      await s.serviceWorker.evaluate(() => {
        (globalThis as { harnessMarker?: number }).harnessMarker = 42;
      });
      expect(await s.isServiceWorkerRunning()).toBe(true);

      await s.stopServiceWorker();
      expect(await s.isServiceWorkerRunning()).toBe(false);

      // The background may not listen yet (it is a stub): then the browser still starts it to deliver
      // the message and reports that nobody answered. Either outcome is fine; anything else is not.
      const outcome = await s.sendMessage({ type: 'harness/ping' }).then(
        (answer) => ({ answer }),
        (error: Error) => ({ error: error.message }),
      );
      if ('error' in outcome) expect(outcome.error).toContain('Receiving end does not exist');

      await expect.poll(() => s.isServiceWorkerRunning(), { timeout: 10_000 }).toBe(true);
      // Same handle, new instance: state from before the stop is gone.
      expect(await s.serviceWorker.evaluate(() => (globalThis as { harnessMarker?: number }).harnessMarker)).toBeUndefined();
    });
  });
});
