// The report of bench/page-cost.ts: tables of ScriptDuration per page and browser, the traced
// loads' attribution, the goals' verdicts and the every-page bundle's size.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import type { BenchPage } from './page-cost-pages';
import type { TraceAttribution } from './page-cost-trace';

const BUNDLE_BUDGET = 30_000;
const GOALS_MS: Record<string, number | undefined> = { links: 3, arxiv: 10 };

export interface Sample {
  /** ScriptDuration in the main thread's CPU time (Performance.enable timeDomain threadTicks). */
  scriptMs: number;
  /** ScriptDuration in wall-clock time (the default timeDomain, timeTicks): includes waiting for a CPU. */
  wallMs: number;
  loadMs: number;
  marks: number;
  /** Whose script ran, from a trace of the load (traced loads only: tracing costs time too). */
  trace?: TraceAttribution;
}

export interface Variant {
  name: string;
  context: BrowserContext;
  /** Whether Paper Radar runs in it (its marks are checked). */
  paperRadar: boolean;
  /** Whether its marks are printed (Paper Radar's, and the floor's). */
  marks?: boolean;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const num = (x: number) => x.toFixed(2);
const cols = (widths: number[], cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join('');
const WIDTHS = [16, 9, 17, 9, 7, 10, 9, 7, 11, 10];
const TRACE_WIDTHS = [16, 11, 17, 9, 9, 9, 16];

interface ReportInput {
  version: string;
  loads: number;
  url: (page: BenchPage) => string;
  pages: BenchPage[];
  kinds: string[];
  variants: Variant[];
  samples: Map<string, Sample[]>;
  cold: Map<string, Sample>;
  apiDuring: number;
  bundle: string;
}

export function report({ version, loads, url, pages, kinds, variants, samples, cold, apiDuring, bundle }: ReportInput): void {
  const out: string[] = [];
  out.push('', `Page cost of Paper Radar — ${version}, headless, ${loads} loads per cell, browsers interleaved`);
  out.push('Script time = ScriptDuration of Performance.getMetrics for the page load, in ms: median [min–max].');
  out.push('CPU = the main thread\'s own time (timeDomain threadTicks); wall = wall clock (timeTicks), which also');
  out.push('counts waiting for a CPU and so follows the machine\'s load. Goals are judged on both, and on the');
  out.push('complete figure: CPU added plus what ScriptDuration misses (promise continuations, and compiling the');
  out.push('extension\'s scripts), read from a trace of as many loads again, which also gives each extension\'s own');
  out.push('script entries by URL (bench/page-cost-trace.ts).', '');
  const base = variants[0]!;
  const med = (page: BenchPage, v: Variant, f: (s: Sample) => number) => median(samples.get(`${page.path}|${v.name}`)!.map(f));
  for (const [i, page] of pages.entries()) {
    const goal = GOALS_MS[kinds[i]!];
    const baseCpu = med(page, base, (s) => s.scriptMs);
    const baseWall = med(page, base, (s) => s.wallMs);
    out.push(`${page.name}  (${url(page)})`);
    out.push('  ' + cols(WIDTHS, ['', 'CPU', '', 'added', 'ratio', 'wall', 'added', 'ratio', 'load event', 'marks']));
    for (const v of variants) {
      const xs = samples.get(`${page.path}|${v.name}`)!;
      const cpu = med(page, v, (s) => s.scriptMs);
      const wall = med(page, v, (s) => s.wallMs);
      const range = `[${num(Math.min(...xs.map((s) => s.scriptMs)))}–${num(Math.max(...xs.map((s) => s.scriptMs)))}]`;
      const isBase = v === base;
      const added = (x: number, b: number) => (isBase ? '' : `${x >= b ? '+' : ''}${num(x - b)}`);
      // A page without script of its own has nothing to divide by.
      const ratio = (x: number, b: number) => (isBase ? '' : b > 0 ? `${(x / b).toFixed(2)}×` : '–');
      const marks = v.paperRadar || v.marks ? `${Math.min(...xs.map((s) => s.marks))}/${page.expectedMarks}` : '';
      out.push('  ' + cols(WIDTHS, [v.name, num(cpu), range, added(cpu, baseCpu), ratio(cpu, baseCpu), num(wall), added(wall, baseWall), ratio(wall, baseWall), num(med(page, v, (s) => s.loadMs)), marks]));
    }
    const ours = variants.find((v) => v.paperRadar)!;
    const cpuAdded = med(page, ours, (s) => s.scriptMs) - baseCpu;
    const wallAdded = med(page, ours, (s) => s.wallMs) - baseWall;
    const signed = (x: number) => `${x >= 0 ? '+' : ''}${num(x)} ms`;
    if (goal === undefined) {
      out.push(`  no goal: Paper Radar's fixed cost on any page, CPU ${signed(cpuAdded)}, wall ${signed(wallAdded)}`);
    } else {
      const verdict = (x: number) => `${x <= goal ? 'met' : 'MISSED'} (${signed(x)})`;
      out.push(`  goal, Paper Radar's added script time ≤ ${goal} ms: CPU ${verdict(cpuAdded)}, wall ${verdict(wallAdded)}`);
      // Whether the goal can be met at all here: the floor is the least the §6 work costs on this machine.
      const floor = variants.find((v) => v.name === 'floor');
      if (floor) out.push(`  the floor on the same goal: CPU ${verdict(med(page, floor, (s) => s.scriptMs) - baseCpu)}`);
    }
    out.push(...traceLines(page, variants, samples, goal));
    const first = cold.get(page.path);
    if (first) out.push(`  first visit with Paper Radar (warm-up, not counted): CPU ${num(first.scriptMs)} ms, wall ${num(first.wallMs)} ms, ${first.marks} marks`);
    out.push('');
  }
  out.push(`arXiv API requests during the counted loads: ${apiDuring} (revisits: the cache answers)`);
  const raw = readFileSync(bundle);
  const gz = gzipSync(raw, { level: 9 }).length;
  const share = (raw.length / BUNDLE_BUDGET) * 100;
  out.push(
    `Every-page bundle content-scripts/page.js: ${raw.length.toLocaleString('en-US')} B minified, ${gz.toLocaleString('en-US')} B gzip — ` +
      `${share.toFixed(0)}% of the 30 kB budget (${raw.length < BUNDLE_BUDGET ? 'met' : 'MISSED'})`,
  );
  // What a page that shows a paper loads next (and the visible part after it, when there is something to show).
  for (const later of ['page-main.js', 'paper-ui.js']) {
    const file = path.join(path.dirname(path.dirname(bundle)), later);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    out.push(`  loaded later, at the first paper (${later === 'page-main.js' ? 'its work' : 'the visible part, when there is something to show'}): ${later} ${bytes.length.toLocaleString('en-US')} B minified, ${gzipSync(bytes, { level: 9 }).length.toLocaleString('en-US')} B gzip`);
  }
  console.log(out.join('\n'));
}

/**
 * The traced loads. "missed" and "compile" are what ScriptDuration cannot see: microtask checkpoints
 * run outside any script entry (promise continuations after extension API answers), beyond those of
 * the browser without extension, and the compiling of the extension's own scripts. "complete" adds
 * both to the untraced CPU figure; goals are judged on it too.
 * Tracing slows script down (a larger script's evaluation most), so the traced columns read high.
 */
function traceLines(page: BenchPage, variants: Variant[], samples: Map<string, Sample[]>, goal: number | undefined): string[] {
  const list = (v: Variant, traced = '|traced') => samples.get(`${page.path}|${v.name}${traced}`) ?? [];
  const base = variants[0]!;
  if (!list(base).length) return [];
  const med = (v: Variant, f: (a: TraceAttribution) => number) => median(list(v).map((s) => f(s.trace!)));
  const missed = (v: Variant) => med(v, (a) => a.microtasksMs) - med(base, (a) => a.microtasksMs);
  const cpu = (v: Variant) => median(list(v, '').map((s) => s.scriptMs));
  const compile = (v: Variant) => med(v, (a) => a.extensionCompileMs);
  const complete = (v: Variant) => cpu(v) - cpu(base) + Math.max(0, missed(v)) + compile(v);
  const out = ['  traced loads (thread time, median; tracing slows script, so these read high):'];
  out.push('  ' + cols(TRACE_WIDTHS, ['', 'extension', '', 'missed', 'compile', 'page', 'complete added']));
  for (const v of variants) {
    const ext = list(v).map((s) => s.trace!.extensionMs);
    const isBase = v === base;
    out.push('  ' + cols(TRACE_WIDTHS, [
      v.name,
      isBase ? '' : num(median(ext)),
      isBase ? '' : `[${num(Math.min(...ext))}–${num(Math.max(...ext))}]`,
      isBase ? '' : num(missed(v)),
      isBase ? '' : num(compile(v)),
      num(med(v, (a) => a.pageMs)),
      isBase ? '' : `${num(complete(v))}`,
    ]));
  }
  const floor = variants.find((v) => v.name === 'floor');
  const deferred = variants.find((v) => v.name === 'floor deferred');
  if (floor && deferred) {
    // The same work, entered two ways: the complete figure should read them alike, ScriptDuration does not.
    out.push(`  check, the floor's work entered two ways: CPU added ${num(cpu(floor) - cpu(base))} against ${num(cpu(deferred) - cpu(base))} ms after a storage read; complete ${num(complete(floor))} against ${num(complete(deferred))} ms`);
  }
  if (goal !== undefined) {
    const x = complete(variants.find((v) => v.paperRadar)!);
    out.push(`  goal on the complete figure (CPU added + what ScriptDuration missed: continuations, compile) ≤ ${goal} ms: ${x <= goal ? 'met' : 'MISSED'} (${num(x)} ms)`);
    if (floor) {
      const y = complete(floor);
      out.push(`  against the floor on the complete figure: Paper Radar ${(x / y).toFixed(2)}× the floor's ${num(y)} ms; the floor ${y <= goal ? 'meets' : 'misses'} the goal`);
    }
  }
  return out;
}
