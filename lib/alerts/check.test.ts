// The alert check end to end in the background (router → alerts service → feeds → matcher → IndexedDB),
// on virtual time, against the feeds built from arXiv's specification and the captured Hugging Face item.
import { describe, expect, it } from 'vitest';
import { addRule, alertsWorld, CS_LG_FEED, retype, storedAlerts, WEEKDAY_FEED, WEEKEND_FEED } from '../../tests/support/alerts';
import { dailyItem } from '../../tests/support/feed-mocks';
import type { AlertView } from '../messaging/types';

const HOUR = 3600_000;
type Check = { newCount: number };
type List = { alerts: AlertView[] };

describe('Hugging Face daily papers', () => {
  it('reads today’s and yesterday’s lists (UTC dates), caches the papers, alerts on matches', async () => {
    const w = alertsWorld(Date.UTC(2024, 1, 23, 0, 30)); // half past midnight UTC: "today" has just begun
    w.hf.days.set('2024-02-23', [dailyItem('2402.20001', { title: 'Sparse autoencoders at scale', summary: 'We train sparse autoencoders.', ai_summary: 'Autoencoders.', ai_keywords: [] })]);
    w.hf.days.set('2024-02-22', [dailyItem('2602.23229')]);
    const bg = w.start();
    const rule = await addRule(bg, '"in-context learning"', 'ICL');

    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    expect(w.hf.requests.map((r) => new URL(r.url).searchParams.toString())).toEqual(['date=2024-02-23&limit=100', 'date=2024-02-22&limit=100']);
    // Nothing else was asked: no categories are followed by default, and no rule needs arXiv's categories.
    expect(bg.arxivTraffic).toEqual([]);

    const { alerts } = await bg.send<List>({ type: 'alerts/list' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      paperId: '2602.23229',
      source: 'hf-daily',
      ruleIds: [rule],
      foundAt: w.clock.now(),
      rules: [{ id: rule, label: 'ICL' }],
      paper: { id: '2602.23229', title: 'Large Multimodal Models as General In-Context Classifiers', aiKeywords: expect.arrayContaining(['in-context learning']) },
    });
    expect(alerts[0]!.seenAt).toBeUndefined();
    expect(alerts[0]!.terms).toContain('in context learning');
    // The papers are in the cache, described by Hugging Face: the overlay knows them without a request.
    const cached = await bg.send<{ papers: { id: string }[] }>({ type: 'papers/get', ids: ['2602.23229', '2402.20001'] });
    expect(cached.papers.map((p) => p.id)).toEqual(['2602.23229', '2402.20001']);
    expect(bg.arxivTraffic).toEqual([]);
  });

  it('asks arXiv for categories (one batched request) only when a rule uses cat:, and holds back what they may change', async () => {
    const w = alertsWorld();
    w.hf.days.set('2024-02-23', [dailyItem('2201.13452', { title: 'In-context heat equations' }), dailyItem('2602.23229')]);
    const bg = w.start();
    await addRule(bg, 'in-context cat:math.AP', 'heat');
    await addRule(bg, 'in-context -cat:math.AP', 'not heat');
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 2 });
    expect(bg.arxiv.requests.map((r) => r.ids.sort())).toEqual([['2201.13452', '2602.23229']]);
    const list = (await bg.send<List>({ type: 'alerts/list' })).alerts;
    // The arXiv mock files 2201.13452 under math.AP and gives the other paper the same template entry.
    expect(Object.fromEntries(list.map((a) => [a.paperId, a.rules.map((r) => r.label)]))).toEqual({ '2201.13452': ['heat'], '2602.23229': ['heat'] });
  });

  it('a failed categories lookup holds back cat: rules instead of guessing; the next run decides', async () => {
    const w = alertsWorld();
    w.hf.days.set('2024-02-23', [dailyItem('2602.23229')]);
    const bg = w.start();
    await addRule(bg, 'in-context -cat:cs.CV', 'not vision');
    await addRule(bg, 'classifiers', 'plain');
    bg.arxiv.queue({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    expect(Object.values(await storedAlerts(bg)).map((a) => a.ruleIds.length)).toEqual([1]);
    await w.clock.advance(HOUR);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(Object.values(await storedAlerts(bg)).map((a) => a.ruleIds.length)).toEqual([2]);
  });
});

describe('arXiv feeds of the followed categories', () => {
  it('none are followed by default, so the feeds are not asked', async () => {
    const w = alertsWorld();
    const bg = w.start();
    await addRule(bg, 'optimization');
    await bg.send({ type: 'alerts/check' });
    expect(w.rss.requests).toEqual([]);
  });

  it('alerts on new and cross-listed papers (the default announce types), one alert per paper across feeds, sources and runs', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC', 'cs.LG'] });
    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED, etag: '"oc-1"' });
    w.rss.feeds.set('cs.LG', { body: CS_LG_FEED, etag: '"lg-1"' });
    // Yesterday's Hugging Face list has one of the feed's papers too.
    w.hf.days.set('2024-02-22', [dailyItem('2402.10001', { title: 'A first-order penalty method for nonconvex bilevel optimization', ai_keywords: [] })]);
    const bg = w.start();
    const first = await addRule(bg, 'first-order', 'first order');
    const zeroth = await addRule(bg, '"derivative-free" OR zeroth-order', 'dfo');

    const started = w.clock.now();
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 2 });
    const stored = await storedAlerts(bg);
    expect(stored).toEqual({
      // Hugging Face is read first; the feeds' copy (new in math.OC, cross-listed in cs.LG) adds nothing.
      '2402.10001': { paperId: '2402.10001', ruleIds: [first], source: 'hf-daily', foundAt: expect.any(Number) },
      '2402.10002': { paperId: '2402.10002', ruleIds: [zeroth], source: 'arxiv-rss', foundAt: expect.any(Number) },
    });
    // Found when each source brought it, during the run.
    expect(stored['2402.10001']!.foundAt).toBeGreaterThanOrEqual(started);
    expect(stored['2402.10002']!.foundAt).toBeGreaterThanOrEqual(stored['2402.10001']!.foundAt);
    expect(stored['2402.10002']!.foundAt).toBeLessThanOrEqual(w.clock.now());
    // 2203.01250 ("first order integral functionals") is a replace-cross: not a new paper by default.
    expect(bg.badge.text).toBe('2');
    // The feed's text went into the cache for the popup, arXiv's fields still owed to the first lookup.
    const view = (await bg.send<List>({ type: 'alerts/list' })).alerts.find((a) => a.paperId === '2402.10002')!;
    expect(view.paper).toMatchObject({ title: 'Zeroth-order methods for black-box control', authors: ['A. N. Author'], categories: ['eess.SY', 'math.OC'], version: 1, fetchedAt: {} });
    expect(view.terms.sort()).toEqual(['derivative free', 'zeroth order']);

    // An hour later: both feeds unchanged (304), the same Hugging Face lists: nothing new, nothing moved.
    await w.clock.advance(HOUR);
    const before = await storedAlerts(bg);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(await storedAlerts(bg)).toEqual(before);
    expect(w.rss.requests.slice(2).map((r) => [r.category, r.headers['if-none-match']])).toEqual([
      ['math.OC', '"oc-1"'],
      ['cs.LG', '"lg-1"'],
    ]);
    expect(bg.badge.text).toBe('2');
  });

  it('sends conditional requests (ETag and Last-Modified of the last stored answer); a changed feed brings its new papers', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC'], alertHfDaily: false });
    const lastModified = 'Fri, 23 Feb 2024 05:00:11 GMT';
    w.rss.feeds.set('math.OC', { body: WEEKEND_FEED, etag: 'W/"empty"', lastModified });
    const bg = w.start();
    await addRule(bg, 'optimization OR zeroth-order');

    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(w.rss.requests[0]!.headers).toEqual({});
    await w.clock.advance(HOUR);
    await bg.send({ type: 'alerts/check' });
    expect(w.rss.requests[1]!.headers).toEqual({ 'if-none-match': 'W/"empty"', 'if-modified-since': lastModified });

    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED, lastModified: 'Sat, 24 Feb 2024 05:00:03 GMT' });
    await w.clock.advance(HOUR);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 2 });
    await w.clock.advance(HOUR);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(w.rss.requests.map((r) => r.headers['if-modified-since'])).toEqual([undefined, lastModified, lastModified, 'Sat, 24 Feb 2024 05:00:03 GMT']);
  });

  it('a weekend (empty) feed is a successful run with nothing new, and no retry', async () => {
    const w = alertsWorld(Date.UTC(2024, 1, 24, 12));
    await w.settings({ alertCategories: ['math.OC'] });
    w.rss.feeds.set('math.OC', { body: WEEKEND_FEED });
    const bg = w.start();
    await addRule(bg, 'optimization');
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(w.alarms.when('paper-radar/alerts-retry')).toBeUndefined();
    expect(bg.badge.text).toBe('');
  });

  it('counts replacements only when the user asked for them; a category arXiv does not have is skipped, not retried', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.XX', 'math.OC'], alertAnnounceTypes: ['replace-cross'], alertHfDaily: false });
    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED });
    const bg = w.start();
    await addRule(bg, '"first order"');
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    expect(Object.keys(await storedAlerts(bg))).toEqual(['2203.01250']);
    expect(w.alarms.when('paper-radar/alerts-retry')).toBeUndefined();
  });

  it('a repeat match by another rule adds the rule and keeps foundAt and seenAt; a dismissed paper stays dismissed', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC'], alertHfDaily: false });
    w.rss.feeds.set('math.OC', { body: retype(WEEKDAY_FEED, '2203.01250', 'new') });
    const bg = w.start();
    const first = await addRule(bg, 'first-order');
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 2 });
    const found = w.clock.now();
    await w.clock.advance(HOUR);
    expect(await bg.send({ type: 'alerts/markSeen', paperIds: ['arXiv:2402.10001v1'] })).toEqual({ ok: true });
    const seenAt = w.clock.now();
    expect(await bg.send({ type: 'alerts/dismiss', paperIds: ['https://arxiv.org/abs/2203.01250'] })).toEqual({ ok: true });
    expect(bg.badge.text).toBe('');

    // The feed is unchanged (no validators: it answers in full), and a new rule matches both papers.
    const bilevel = await addRule(bg, 'bilevel OR "mass constraint"');
    await w.clock.advance(HOUR);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(await storedAlerts(bg)).toEqual({
      '2402.10001': { paperId: '2402.10001', ruleIds: [first, bilevel], source: 'arxiv-rss', foundAt: found, seenAt },
    });
  });
});
