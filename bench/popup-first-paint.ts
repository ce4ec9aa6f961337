// Benchmark of the popup's first paint with a large library (issue #5: first rows under 150 ms with
// 10,000 saved papers). Run after a build:  npx vite-node bench/popup-first-paint.ts   [--runs N]
// (standalone: it runs when executed; it reads the build the e2e harness reads, `.output` or
// $PAPER_RADAR_OUT_DIR).
//
// In one headless Chromium session with the built extension (tests/e2e/harness): popup.html is opened
// RUNS times with an empty library (the baseline), then a 10,000-paper JSON backup is imported and the
// popup is opened RUNS times again. Each time the measure is the popup's own mark
// `paper-radar:first-rows` (set in the animation frame after the first rows, or the empty state, were
// rendered), i.e. milliseconds from the page's navigation start to its rows being painted. The worker
// is already running in both series (the first open of each series is a warm-up, not counted), so the
// ratio shows what the library's size costs, not the worker's start.
import os from 'node:os';
import { exportLibrary } from '../lib/export';
import { generatedLibrary, NOW } from '../lib/export/__fixtures__/library';
import { launchWithExtension, type ExtensionSession } from '../tests/e2e/harness';

const PAPERS = 10_000;
const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(5, runsArg > 0 ? Number(process.argv[runsArg + 1]) || 7 : 7);
const BUDGET_MS = 150;
const MARK = 'paper-radar:first-rows';
const SCRIPT_MARK = 'paper-radar:popup-script';

interface Sample {
  /** Navigation start → first rows painted. */
  total: number;
  /** The popup's script starting → first rows painted: what the popup itself does (list request included). */
  own: number;
}

function backupText(): string {
  // Abstracts of realistic length (~1,200 characters), as a real library's records are.
  const saved = generatedLibrary(PAPERS).map((s) => ({ ...s, paper: { ...s.paper, abstract: s.paper.abstract + ' lorem ipsum'.repeat(100) } }));
  return exportLibrary('json', { saved, now: NOW }).text;
}

async function firstRows(s: ExtensionSession, expectRows: boolean): Promise<Sample> {
  const page = await s.openExtensionPage('popup.html');
  try {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 15_000 });
    const [ms, script] = await page.evaluate(
      ([mark, scriptMark]) => [performance.getEntriesByName(mark)[0]!.startTime, performance.getEntriesByName(scriptMark)[0]!.startTime],
      [MARK, SCRIPT_MARK] as const,
    );
    const rows = await page.locator('.vrow .paper-title').count();
    if (expectRows !== rows > 0) throw new Error(`expected ${expectRows ? 'rows' : 'the empty state'}, found ${rows} rows`);
    // Let the popup's after-paint work (the tag list) finish, so it does not run into the next open.
    if (expectRows) await page.waitForFunction(() => document.querySelectorAll('select[aria-label="Filter by tag"] option').length > 1, null, { timeout: 30_000 });
    else await page.waitForTimeout(200);
    return { total: ms, own: ms - script };
  } finally {
    await page.close();
  }
}

async function series(s: ExtensionSession, expectRows: boolean): Promise<Sample[]> {
  await firstRows(s, expectRows); // warm-up
  const out: Sample[] = [];
  for (let i = 0; i < RUNS; i++) out.push(await firstRows(s, expectRows));
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');

async function main(): Promise<void> {
  const text = backupText();
  const s = await launchWithExtension({ browser: 'chromium' });
  try {
    const empty = await series(s, false);
    const t = performance.now();
    const answer = await s.sendMessage<{ ok: boolean; added?: number; error?: string }>({ type: 'library/import', text });
    if (!answer.ok || answer.added !== PAPERS) throw new Error(`import failed: ${JSON.stringify(answer).slice(0, 300)}`);
    const importMs = performance.now() - t;
    const full = await series(s, true);

    const e = median(empty.map((x) => x.total));
    const f = median(full.map((x) => x.total));
    const eOwn = median(empty.map((x) => x.own));
    const fOwn = median(full.map((x) => x.own));
    const n = PAPERS.toLocaleString('en');
    console.log(`popup first rows, ${RUNS} runs each, headless Chromium (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)`);
    console.log('  navigation start → rows painted:');
    console.log(`    empty library (baseline): median ${e.toFixed(1)} ms   [${fmt(empty.map((x) => x.total))}]`);
    console.log(`    ${n} saved papers:    median ${f.toFixed(1)} ms   [${fmt(full.map((x) => x.total))}]`);
    console.log(`    ratio ${n} / empty: ${(f / e).toFixed(2)}×; under ${BUDGET_MS} ms with ${n} papers: ${f < BUDGET_MS ? 'yes' : 'NO'}`);
    console.log('  of which the popup\'s own part (its script starting → rows painted, list request included):');
    console.log(`    empty library: median ${eOwn.toFixed(1)} ms; ${n} papers: median ${fOwn.toFixed(1)} ms; ratio ${(fOwn / eOwn).toFixed(2)}×`);
    console.log(`  (import of the ${(text.length / 1e6).toFixed(1)} MB backup took ${(importMs / 1000).toFixed(1)} s)`);
  } finally {
    await s.close();
  }
}

await main();
