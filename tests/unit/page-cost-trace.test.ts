import { describe, expect, it } from 'vitest';
import { attributeTrace, type TraceEvent } from '../../bench/page-cost-trace';

const PAGE = 'https://blog.example.com/bench/arxiv-1000.html';
const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/page.js';
const on = (e: Omit<TraceEvent, 'pid' | 'tid' | 'ph'>, pid = 1, tid = 7): TraceEvent => ({ ph: 'X', pid, tid, ...e });
const url = (u: string) => ({ data: { url: u } });

// Times in µs: ts, wall duration (dur) and thread time (tdur).
const events: TraceEvent[] = [
  on({ name: 'ParseHTML', ts: 0, dur: 5_000, tdur: 4_000, args: { beginData: { url: PAGE } } }),
  // The page's script, with a call nested in it: counted once, as the outer entry.
  on({ name: 'EvaluateScript', ts: 1_000, dur: 2_000, tdur: 1_500, args: url(PAGE) }),
  on({ name: 'FunctionCall', ts: 1_200, dur: 500, tdur: 500, args: url(EXT) }),
  // The extension's script and its idle callback; the checkpoint at the callback's end is its own.
  on({ name: 'EvaluateScript', ts: 10_000, dur: 3_000, tdur: 1_000, args: url(EXT) }),
  on({ name: 'v8.compile', ts: 10_100, dur: 1_000, tdur: 400, args: url(EXT) }),
  // The page's own compile, and one in a checkpoint outside any entry (already in microtasksMs).
  on({ name: 'v8.compile', ts: 1_100, dur: 100, tdur: 100, args: url(PAGE) }),
  on({ name: 'v8.compileModule', ts: 30_100, dur: 300, tdur: 300, args: url(EXT) }),
  on({ name: 'FunctionCall', ts: 20_000, dur: 4_000, tdur: 2_500, args: url(EXT) }),
  on({ name: 'RunMicrotasks', ts: 23_000, dur: 900, tdur: 800 }),
  // A continuation after an extension API answer: a checkpoint outside any entry.
  on({ name: 'RunMicrotasks', ts: 30_000, dur: 6_000, tdur: 5_000 }),
  // No thread time recorded: the wall time stands in.
  on({ name: 'FunctionCall', ts: 40_000, dur: 700, args: url(PAGE) }),
  // Another thread, another process: not the page's main thread.
  on({ name: 'FunctionCall', ts: 50_000, dur: 9_000, tdur: 9_000, args: url(EXT) }, 1, 8),
  on({ name: 'EvaluateScript', ts: 50_000, dur: 9_000, tdur: 9_000, args: url(PAGE) }, 2, 7),
  // Not a script entry.
  on({ name: 'Layout', ts: 60_000, dur: 9_000, tdur: 9_000 }),
];

describe('page-cost trace attribution', () => {
  it("sums the thread time of the outermost script entries on the page's main thread, by script, and the extension's compiles in them", () => {
    expect(attributeTrace(events, PAGE)).toEqual({ extensionMs: 3.5, pageMs: 2.2, microtasksMs: 5, extensionCompileMs: 0.4 });
  });

  it('says so when the trace does not hold the page', () => {
    expect(() => attributeTrace(events, 'https://blog.example.com/other.html')).toThrow(/no ParseHTML/);
  });
});
