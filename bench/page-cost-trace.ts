// The second measure of bench/page-cost.ts: whose script the page's main thread ran, from a
// Chromium trace of the load (CDP Tracing), in the thread's own time.
//
// Why: ScriptDuration (Performance.getMetrics) counts script that Blink enters through its probes
// (script evaluation, listeners, callbacks such as requestIdleCallback) but not a promise
// continuation that runs when an extension API call answers over IPC: a content script that works
// after `await chrome.storage.local.get(…)` reads as almost free. Measured on the 1,000-link page
// with bench/floor-extension and a copy whose work ran after a storage read: ScriptDuration +16.8 and
// +2.7 ms; the trace showed that copy's work as a 22 ms microtask checkpoint. A V8 sampling profile
// was tried first and dropped: on a busy 2-CPU machine its sampler thread starves, and the gaps
// (2–8 ms) land on whichever frame was sampled last, inflating short scripts several times.
//
// The trace gives each script entry (EvaluateScript, FunctionCall) with its script's URL, so an
// extension's entries are its own. A microtask checkpoint run outside any entry (the continuation
// case) names no script: those are summed apart, and the report adds what a browser with an
// extension ran there beyond the browser without one to its ScriptDuration figure. ScriptDuration
// does not count compiling either (a script's parse comes before the run it times): measured on the
// almost empty page, a 24 kB and a 7 kB every-page script read +4.46 and +4.40 ms while the trace
// showed their compiles at 5.3 and 2.1 ms. So the extension's compiles inside its entries are summed
// too, and the report adds them. Tracing itself
// slows script down (Paper Radar's evaluation on the 5,000-link page: ~5 ms traced), so the traced
// figures are upper bounds and the untraced ScriptDuration stays the main figure.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time; missing when the platform cannot tell, then wall time stands in. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

export interface TraceAttribution {
  /** Script entries of an extension's scripts (chrome-extension:// or moz-extension://). */
  extensionMs: number;
  /** Script entries of the page's own scripts (any other URL). */
  pageMs: number;
  /** Microtask checkpoints run outside any script entry: promise continuations, nobody's by name. */
  microtasksMs: number;
  /**
   * Compiling the extension's scripts, inside its own entries: part of extensionMs, but not of
   * ScriptDuration, which counts a script's run and not its parse (so a large every-page script reads
   * as cheap as a small one there).
   */
  extensionCompileMs: number;
}

const ENTRIES = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks']);
const COMPILES = new Set(['v8.compile', 'v8.compileModule']);
const EXTENSION_URL = /^(?:chrome|moz)-extension:\/\//;

/** The page's main thread: where its document was parsed. */
function pageThread(events: readonly TraceEvent[], pageUrl: string): TraceEvent | undefined {
  return events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
}

export function attributeTrace(events: readonly TraceEvent[], pageUrl: string): TraceAttribution {
  const out: TraceAttribution = { extensionMs: 0, pageMs: 0, microtasksMs: 0, extensionCompileMs: 0 };
  const thread = pageThread(events, pageUrl);
  if (!thread) throw new Error(`no ParseHTML of ${pageUrl} in the trace`);
  const entries = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && ENTRIES.has(e.name))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const compiles = events.filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && COMPILES.has(e.name));
  const ms = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  // Only outermost entries: what runs inside one (a nested call, the checkpoint at its end) is its.
  let end = -Infinity;
  for (const e of entries) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    if (e.name === 'RunMicrotasks') out.microtasksMs += ms(e);
    else if (EXTENSION_URL.test(e.args?.data?.url ?? '')) {
      out.extensionMs += ms(e);
      for (const c of compiles) if (c.ts >= e.ts && c.ts < end) out.extensionCompileMs += ms(c);
    } else out.pageMs += ms(e);
  }
  return out;
}

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] },
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}
