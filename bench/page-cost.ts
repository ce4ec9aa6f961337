// What Paper Radar costs the pages people read (DESIGN §8), measured in real Chromium:
// - added script time: Chrome DevTools protocol Performance.getMetrics → ScriptDuration of one page
//   load, the same page in the same run in a Chromium with the built extension and in one without any
//   (same binary, switches and fixture server: tests/e2e/harness), median of at least 5 fresh tabs per
//   cell, the browsers' loads interleaved so they share the machine's noise. Goals: ≤ 3 ms added on a
//   page with 5,000 links and no papers, ≤ 10 ms on a page with 1,000 arXiv links.
// - what ScriptDuration misses: promise continuations after an extension API call answers (an
//   extension that works after `await chrome.storage.local.get(…)` reads as almost free by it), read
//   from a trace of as many loads again (bench/page-cost-trace.ts), which also gives each extension's
//   own script entries by URL. The "complete" figure, CPU added plus what was missed, is judged too.
// - the every-page content script's size (content-scripts/page.js of the Chrome build; goal < 30 kB).
// Also printed, for context: the page's own time to its load event, with and without, and the same
// figures on an almost empty page, where the added time is what the content script costs on any page
// before it has anything to look at (injection, the extension APIs it touches, its setup).
//
// Run after a build:  npx vite-node bench/page-cost.ts [--loads=9] [--compare=<unpacked extension dir>] [--floor]
// (PAPER_RADAR_OUT_DIR picks the build folder, as for the e2e tests). --compare adds a third browser
// with another unpacked extension (another paper extension, or an older build of this one), measured
// on the same pages in the same interleaved run. --floor adds one with bench/floor-extension: the least
// any extension must do on these pages to meet DESIGN §6 (mark each paper link and mention, one message),
// written by hand, so the goals can be read against what the work itself costs; and "floor deferred",
// the same work after a storage read, which ScriptDuration misses and the complete figure must not.
//
// ScriptDuration is read twice per load, through two DevTools sessions: in the main thread's CPU time
// (timeDomain threadTicks) and in wall-clock time (the default, timeTicks). Wall-clock also counts the
// time the renderer waited for a CPU, so on a busy machine it follows the load of everything else; CPU
// time is the steadier figure of what the scripts themselves cost. Both are printed and judged.
//
// One load: a new tab, Performance.enable, navigate, wait for the load event, then wait until the
// page's script time stops growing (SETTLE_MIN_MS after load, then QUIET_MS without a change: the
// extension scans when the browser is idle, asks the background, then marks), read ScriptDuration. The
// pages are only checked (marks present, via page.evaluate) after the figure is read, so the check's
// own script cannot count. ScriptDuration covers every script the page's renderer ran for that
// document: the page's own (each test page has a small one, as blogs do), and the content script's
// isolated world, including any chunk it loads.
//
// The arXiv page's papers are answered by the fixture server's arXiv mock; one warm-up load per
// browser and page comes first and is not counted, and the run waits until the background has fetched
// the metadata of every id, so the counted loads are revisits of a known page (no arXiv request), the
// steady state. The warm-up's own figure with the extension is printed as the first visit.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { get, launchPlainChromium, launchWithExtension, requestedIds, text, type ArxivRecord, type FixtureServer } from '../tests/e2e/harness';
import { extensionDirs } from '../tests/e2e/harness/paths';
import { arxivPage, blankPage, linksPage, type BenchPage } from './page-cost-pages';
import { attributeTrace, startTrace } from './page-cost-trace';
import { report, type Sample, type Variant } from './page-cost-report';

const BLOG = 'blog.example.com';
const SETTLE_MIN_MS = 1_000;
const QUIET_MS = 600;
const POLL_MS = 150;
const SETTLE_TIMEOUT_MS = 20_000;

const args = new Map<string, string>(
  process.argv.slice(2).map((a): [string, string] => {
    const [key = '', ...value] = a.replace(/^--/, '').split('=');
    return [key, value.join('=')];
  }),
);
const LOADS = Math.max(5, Number(args.get('loads') ?? 9) || 9);
const COMPARE = args.get('compare') || undefined;
// The hand-written least an extension must do on these pages (bench/floor-extension/content.js).
const FLOOR = args.has('floor') ? path.resolve(import.meta.dirname, 'floor-extension') : undefined;

/**
 * A copy of the floor that does its work after reading a setting (its DEFERRED switch), as most
 * content scripts start: ScriptDuration misses that work, so the complete figure is checked on it.
 */
function deferredFloor(floorDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'paper-radar-floor-deferred-'));
  const manifest = JSON.parse(readFileSync(path.join(floorDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, permissions: ['storage'] }));
  copyFileSync(path.join(floorDir, 'background.js'), path.join(dir, 'background.js'));
  const content = readFileSync(path.join(floorDir, 'content.js'), 'utf8');
  const deferred = content.replace('const DEFERRED = false;', 'const DEFERRED = true;');
  if (deferred === content) throw new Error('bench/floor-extension/content.js has no DEFERRED switch');
  writeFileSync(path.join(dir, 'content.js'), deferred);
  return dir;
}

async function main(): Promise<void> {
  const bundle = path.join(extensionDirs.chromium, 'content-scripts/page.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build first (PAPER_RADAR_OUT_DIR=… npx wxt build)`);
  const pages = [linksPage(5_000), arxivPage(1_000), blankPage()];
  const kinds = ['links', 'arxiv', 'blank'];

  const session = await launchWithExtension({ browser: 'chromium' });
  const { server } = session;
  const plain = await launchPlainChromium({ server });
  const other = COMPARE ? await launchPlainChromium({ server, extensionDir: path.resolve(COMPARE) }) : undefined;
  const floor = FLOOR ? await launchPlainChromium({ server, extensionDir: FLOOR }) : undefined;
  const deferredDir = FLOOR ? deferredFloor(FLOOR) : undefined;
  const deferred = deferredDir ? await launchPlainChromium({ server, extensionDir: deferredDir }) : undefined;
  try {
    serve(server, pages);
    server.arxivApi.add(...pages.flatMap((p) => p.ids.map(record)));
    const variants: Variant[] = [
      { name: 'without', context: plain.context, paperRadar: false },
      { name: 'Paper Radar', context: session.context, paperRadar: true },
      ...(other ? [{ name: 'compare', context: other.context, paperRadar: false }] : []),
      ...(floor ? [{ name: 'floor', context: floor.context, paperRadar: false, marks: true }] : []),
      ...(deferred ? [{ name: 'floor deferred', context: deferred.context, paperRadar: false, marks: true }] : []),
    ];
    const version = await browserVersion(plain.context);
    if (COMPARE) {
      const m = JSON.parse(readFileSync(path.join(path.resolve(COMPARE), 'manifest.json'), 'utf8')) as { name?: string; version?: string };
      process.stdout.write(`compare = ${path.resolve(COMPARE)} (${m.name ?? '?'} ${m.version ?? ''})\n`);
    }

    // Warm-up: first visits, not counted; the extension's background fetches the arXiv page's metadata.
    const cold = new Map<string, Sample>();
    for (const page of pages) {
      for (const v of variants) {
        const sample = await measureLoad(v.context, url(page));
        if (v.paperRadar) cold.set(page.path, sample);
      }
    }
    await metadataFetched(server, pages.flatMap((p) => p.ids));
    const apiBefore = server.requests({ host: 'export.arxiv.org' }).length;

    const samples = new Map<string, Sample[]>();
    for (let i = 0; i < LOADS; i++) {
      for (const page of pages) {
        // Alternate the order, so neither browser always goes first after the other's load.
        for (const v of i % 2 ? [...variants].reverse() : variants) {
          const key = `${page.path}|${v.name}`;
          samples.set(key, [...(samples.get(key) ?? []), await measureLoad(v.context, url(page))]);
        }
      }
      process.stderr.write(`load ${i + 1}/${LOADS} done\n`);
    }
    // Then as many loads again, traced (bench/page-cost-trace.ts says why; tracing costs time too).
    for (let i = 0; i < LOADS; i++) {
      for (const page of pages) {
        for (const v of i % 2 ? [...variants].reverse() : variants) {
          const key = `${page.path}|${v.name}|traced`;
          samples.set(key, [...(samples.get(key) ?? []), await measureLoad(v.context, url(page), true)]);
        }
      }
      process.stderr.write(`traced load ${i + 1}/${LOADS} done\n`);
    }
    const apiDuring = server.requests({ host: 'export.arxiv.org' }).length - apiBefore;

    report({ version, loads: LOADS, url, pages, kinds, variants, samples, cold, apiDuring, bundle });
  } finally {
    await other?.close();
    await floor?.close();
    await deferred?.close();
    if (deferredDir) rmSync(deferredDir, { recursive: true, force: true });
    await plain.close();
    await session.close();
  }
}

function serve(server: FixtureServer, pages: readonly BenchPage[]): void {
  const byPath = new Map(pages.map((p) => [p.path, p.html]));
  server.use(BLOG, get(/^\/bench\/.+$/, (req) => {
    const html = byPath.get(req.url.pathname);
    return html === undefined ? undefined : text(html, 200, 'text/html; charset=utf-8');
  }));
}

const url = (page: BenchPage) => `https://${BLOG}${page.path}`;

function record(id: string): ArxivRecord {
  return {
    id,
    version: 1,
    title: `Benchmark paper ${id}: scalable first-order methods for large models`,
    summary: `An abstract for ${id}. We study convergence of stochastic gradient methods and report experiments.`,
    authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
    published: '2024-01-15T18:00:00Z',
    updated: '2024-02-01T09:30:00Z',
    categories: ['cs.LG', 'math.OC'],
    primaryCategory: 'cs.LG',
  };
}

/** One load in a new tab; see the header for what is waited for. */
async function measureLoad(context: BrowserContext, pageUrl: string, traced = false): Promise<Sample> {
  const page = await context.newPage();
  try {
    // One session per time domain: each has its own Performance agent.
    const thread = await context.newCDPSession(page);
    const wall = await context.newCDPSession(page);
    await thread.send('Performance.enable', { timeDomain: 'threadTicks' });
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    const scriptSeconds = async (cdp = thread) => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN;
    };
    const endTrace = traced ? await startTrace(thread) : undefined;
    await page.goto(pageUrl, { waitUntil: 'load' });
    const loadedAt = Date.now();
    let last = await scriptSeconds();
    let changedAt = Date.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const now = Date.now();
      const value = await scriptSeconds();
      if (value !== last) {
        last = value;
        changedAt = now;
      } else if (now - loadedAt >= SETTLE_MIN_MS && now - changedAt >= QUIET_MS) {
        break;
      }
      if (now - loadedAt > SETTLE_TIMEOUT_MS) throw new Error(`${pageUrl}: script time still growing after ${SETTLE_TIMEOUT_MS} ms`);
    }
    const wallSeconds = await scriptSeconds(wall);
    const trace = endTrace ? attributeTrace(await endTrace(), pageUrl) : undefined;
    // Read after the figure: this evaluation is script time too.
    const { marks, loadMs } = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { marks: document.querySelectorAll('[data-paper-radar-id]').length, loadMs: nav ? nav.loadEventStart : Number.NaN };
    });
    return { scriptMs: last * 1000, wallMs: wallSeconds * 1000, loadMs, marks, trace };
  } finally {
    await page.close();
  }
}

/**
 * Waits until every id was asked of the arXiv mock and answered, and the API has then been quiet for
 * a while (more than the lane's 3 s spacing): a --compare extension fills its own cache too.
 */
async function metadataFetched(server: FixtureServer, ids: readonly string[]): Promise<void> {
  const QUIET_API_MS = 8_000;
  const start = Date.now();
  const deadline = start + 240_000;
  for (;;) {
    const api = server.requests({ host: 'export.arxiv.org', pathPrefix: '/api/query' });
    const asked = new Set(requestedIds(api.filter((r) => r.status === 200).map((r) => r.path)).flat());
    // From the start of the wait too: the first request may still be on its way.
    const last = Math.max(start, ...api.map((r) => r.answeredAt ?? Date.now()));
    const quiet = !api.some((r) => r.status === undefined) && Date.now() - last > QUIET_API_MS;
    if (quiet) {
      const missing = ids.filter((id) => !asked.has(id)).length;
      if (missing) process.stderr.write(`note: the background never asked arXiv for ${missing} of ${ids.length} ids\n`);
      return;
    }
    if (Date.now() > deadline) throw new Error('the arXiv API did not go quiet within 240 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function browserVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    return (await cdp.send('Browser.getVersion')).product;
  } finally {
    await page.close();
  }
}

await main();
