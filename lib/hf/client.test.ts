import { beforeEach, describe, expect, it } from 'vitest';
import { readFixture } from '../../tests/support/fixtures';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { memoryClockStore } from '../net/clock-store';
import { HF_LANE } from '../net/limits';
import { type FetchLike, PoliteQueue } from '../net/polite-queue';
import { dailyPapersUrl, fetchDailyPapers, fetchHfPaper } from './client';
import { HfDailyItemSchema, HfPaperSchema } from './schema';

// The real daily-papers item; `/api/papers/<id>` answers with its `paper` object, flat, numComments inside.
const ITEM = JSON.parse(readFixture('hf/daily_papers_item_2602.23229.json'));
const FLAT = { ...ITEM.paper, numComments: ITEM.numComments };

type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };
let clock: VirtualClock;
let calls: { url: string; at: number }[];

function lane(replies: Reply[]) {
  const fetch: FetchLike = async (url) => {
    calls.push({ url, at: clock.now() });
    const r = replies.shift() ?? { status: 404, body: { error: 'Not Found' } };
    const body = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? null);
    return new Response(body, { status: r.status ?? 200, headers: r.headers });
  };
  return new PoliteQueue(HF_LANE, { fetch, clock, random: () => 0.5, store: memoryClockStore() });
}

beforeEach(() => {
  clock = new VirtualClock();
  calls = [];
});

describe('schemas on the real item', () => {
  it('accept the daily item and its flat paper', () => {
    const item = HfDailyItemSchema.parse(ITEM);
    expect(item.numComments).toBe(1);
    expect(item.paper.authors).toEqual(['Marco Garosi', 'Matteo Farina', 'Alessandro Conti', 'Massimiliano Mancini', 'Elisa Ricci']);
    expect(HfPaperSchema.parse(FLAT)).toMatchObject({ id: '2602.23229', upvotes: 10, githubStars: 9, numComments: 1 });
  });

  it('tolerate missing, null or mistyped optional fields, one by one', () => {
    const { ai_summary: _a, ai_keywords: _k, githubRepo: _g, projectPage: _p, organization: _o, ...bare } = FLAT;
    expect(HfPaperSchema.safeParse(bare).success).toBe(true);
    const odd = HfPaperSchema.parse({ ...FLAT, githubRepo: null, upvotes: 'ten', authors: [{ name: 'A' }, { _id: 'x' }, 7] });
    expect(odd).toMatchObject({ id: '2602.23229', authors: ['A'], githubStars: 9 });
    expect(odd.githubRepo).toBeUndefined();
    expect(odd.upvotes).toBeUndefined();
    expect(HfPaperSchema.safeParse({ title: 'no id' }).success).toBe(false);
  });
});

describe('fetchHfPaper', () => {
  it('maps the flat answer to the extras the cache stores', async () => {
    const r = await clock.run(fetchHfPaper(lane([{ body: FLAT }]), '2602.23229'));
    expect(calls[0]!.url).toBe('https://huggingface.co/api/papers/2602.23229');
    expect(r).toEqual({
      kind: 'found',
      paper: {
        id: '2602.23229',
        title: 'Large Multimodal Models as General In-Context Classifiers',
        summary: expect.stringMatching(/^Which multimodal model should we use for classification\?/),
        authors: ['Marco Garosi', 'Matteo Farina', 'Alessandro Conti', 'Massimiliano Mancini', 'Elisa Ricci'],
        publishedAt: '2026-02-26T17:08:18.000Z',
        upvotes: 10,
        aiSummary: expect.stringMatching(/^Large Multimodal Models demonstrate superior performance/),
        aiKeywords: expect.arrayContaining(['in-context learning', 'CIRCLE']),
        githubRepo: 'https://github.com/marco-garosi/CIRCLE',
        githubStars: 9,
        projectPage: 'https://circle-lmm.github.io/',
        numComments: 1,
      },
    });
  });

  it('404 means not on the Hub', async () => {
    expect(await clock.run(fetchHfPaper(lane([{ status: 404 }]), '2501.00001'))).toEqual({ kind: 'not-found' });
  });

  it('waits out a 429 by its RateLimit header, then succeeds', async () => {
    const q = lane([{ status: 429, headers: { RateLimit: '"api";r=0;t=25' } }, { body: FLAT }]);
    expect((await clock.run(fetchHfPaper(q, '2602.23229'))).kind).toBe('found');
    expect(calls[1]!.at - calls[0]!.at).toBe(25_000);
  });

  it('reports errors without throwing: bad JSON, wrong paper, server trouble', async () => {
    expect(await clock.run(fetchHfPaper(lane([{ body: '<html>' }]), '2602.23229'))).toMatchObject({ kind: 'error' });
    expect(await clock.run(fetchHfPaper(lane([{ body: FLAT }]), '2501.00001'))).toMatchObject({
      kind: 'error',
      error: 'answer describes 2602.23229, not 2501.00001',
    });
    const down = lane([{ status: 502 }, { status: 502 }, { status: 502 }]);
    expect(await clock.run(fetchHfPaper(down, '2602.23229'))).toEqual({ kind: 'error', error: 'server: HTTP 502' });
  });
});

describe('fetchDailyPapers', () => {
  it('builds the query and keeps the valid items of a page', async () => {
    expect(dailyPapersUrl({ date: '2026-03-06', limit: 50, p: 1 })).toBe(
      'https://huggingface.co/api/daily_papers?date=2026-03-06&limit=50&p=1',
    );
    const r = await clock.run(fetchDailyPapers(lane([{ body: [ITEM, { paper: { title: 'no id' } }, 'junk'] }]), { date: '2026-03-06' }));
    expect(r).toMatchObject({ ok: true, invalid: 2 });
    expect(r.ok && r.papers.map((p) => [p.id, p.numComments, p.upvotes])).toEqual([['2602.23229', 1, 10]]);
  });

  it('fails clearly on a non-array answer', async () => {
    expect(await clock.run(fetchDailyPapers(lane([{ body: { error: 'x' } }]), {}))).toEqual({
      ok: false,
      error: 'daily papers answer is not a JSON array',
    });
  });
});
