// Failed and interrupted runs: retried by a one-shot alarm (never by sleeping in the worker), and a run
// cut off by the worker stopping loses nothing and counts nothing twice.
import { describe, expect, it } from 'vitest';
import { addRule, alertsWorld, CS_LG_FEED, storedAlerts, WEEKDAY_FEED } from '../../tests/support/alerts';
import type { TestBackground } from '../../tests/support/background';
import { dailyItem } from '../../tests/support/feed-mocks';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { ALERTS_ALARM, ALERTS_RETRY_ALARM, RUN_BACKSTOP_MS } from './schedule';

const RETRY = ALERTS_RETRY_ALARM;
type Check = { newCount: number };

/** Fires the alarms that are due at the world's time, as the browser would, on worker `bg`. */
async function fireDue(w: ReturnType<typeof alertsWorld>, bg: TestBackground): Promise<string[]> {
  const names = w.alarms.takeDue();
  for (const name of names) await w.clock.run(bg.app.onAlarm({ name }));
  return names;
}

describe('throttling', () => {
  it.each([
    // A wait longer than the lane sits out in-process: it gives up at once, and the retry honours it.
    ['429 with Retry-After: 180', { status: 429, headers: { 'retry-after': '180' } }, 1, 180_000],
    // The lane's own backoff first (seconds), then the run gives up.
    ['a plain-text "Rate exceeded."', { status: 200, body: 'Rate exceeded.' }, 4, 60_000],
  ])('arXiv answering %s fails the run; a one-shot retry alarm brings the feed later', async (_what, reply, attempts, atLeast) => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC'], alertHfDaily: false });
    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED });
    w.rss.queue(...Array<typeof reply>(attempts).fill(reply));
    const bg = w.start();
    await addRule(bg, 'first-order');
    const t0 = w.clock.now();

    const answer = await bg.send({ type: 'alerts/check' });
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/arXiv feed math\.OC: throttled: HTTP (429|200) \(throttled\).*tried again/) });
    expect(w.rss.requests).toHaveLength(attempts);
    // Nothing waits in the worker: no timer is left, and the retry is an alarm.
    expect(w.clock.timerCount).toBe(0);
    const retryAt = w.alarms.when(RETRY)!;
    expect(retryAt).toBeGreaterThanOrEqual(w.rss.requests.at(-1)!.at + atLeast);
    expect(retryAt).toBeLessThanOrEqual(t0 + 60 * 60_000);
    expect(await storedAlerts(bg)).toEqual({});

    await w.clock.advance(retryAt - w.clock.now());
    expect(await fireDue(w, bg)).toEqual([RETRY]);
    expect(Object.keys(await storedAlerts(bg))).toEqual(['2402.10001']);
    expect(w.alarms.when(RETRY)).toBeUndefined();
    expect(bg.badge.text).toBe('1');
  });

  it('Hugging Face answering 429 fails the run too; the backoff grows with each failure and stops at the period', async () => {
    const w = alertsWorld();
    w.hf.days.set('2024-02-23', [dailyItem('2602.23229')]);
    const bg = w.start();
    await addRule(bg, 'in-context');
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      w.hf.queue(...Array(3).fill({ status: 429 }));
      await bg.send({ type: 'alerts/check' });
      delays.push(Math.round((w.alarms.when(RETRY)! - w.clock.now()) / 60_000));
      await w.clock.advance(w.alarms.when(RETRY)! - w.clock.now());
      w.alarms.takeDue();
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    expect(w.alarms.when(RETRY)).toBeUndefined();
  });
});

describe('a worker stopped mid-run', () => {
  async function dyingRun(w: ReturnType<typeof alertsWorld>, stopAtFeed: number) {
    // The dying worker runs on its own clock, which stops with it; the hanging request never returns.
    const dyingClock = new VirtualClock(w.clock.now());
    const dying = w.start({ clock: dyingClock });
    const ruleIds = [await dyingClock.run(addRule(dying, 'first-order')), await dyingClock.run(addRule(dying, 'zeroth-order'))];
    w.rss.queue(...Array(stopAtFeed).fill({}), 'hang');
    void dying.app.handleMessage({ type: 'alerts/check' }, { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' });
    while (w.rss.requests.length < stopAtFeed + 1) await dyingClock.advance(1_000);
    await dyingClock.advance(0);
    return { dying, ruleIds };
  }

  it('after one feed was taken in: the backstop alarm starts the next worker, which finishes without counting anything twice', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC', 'cs.LG'], alertHfDaily: false, notifications: true });
    w.notifications.granted = true;
    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED, etag: '"oc"' });
    w.rss.feeds.set('cs.LG', { body: CS_LG_FEED, etag: '"lg"' });
    const { dying } = await dyingRun(w, 1);
    // math.OC's alerts were committed with its validators; the worker died waiting for cs.LG.
    expect(Object.keys(await storedAlerts(dying)).sort()).toEqual(['2402.10001', '2402.10002']);
    expect(w.notifications.shown).toEqual([]);
    const backstop = w.alarms.when(RETRY)!;
    expect(backstop).toBeGreaterThan(w.clock.now());
    expect(backstop).toBeLessThanOrEqual(w.clock.now() + RUN_BACKSTOP_MS);

    await w.clock.advance(backstop - w.clock.now());
    const next = w.start();
    await w.clock.run(next.app.start());
    expect(await fireDue(w, next)).toEqual([RETRY]);
    // math.OC was not fetched in full again (304), cs.LG was; its cross-list of 2402.10001 is no news.
    expect(w.rss.requests.slice(2).map((r) => [r.category, r.headers['if-none-match']])).toEqual([
      ['math.OC', '"oc"'],
      ['cs.LG', undefined],
    ]);
    expect(Object.keys(await storedAlerts(next)).sort()).toEqual(['2402.10001', '2402.10002']);
    expect(next.badge.text).toBe('2');
    // What the dead worker stored was announced by its successor, once.
    expect(w.notifications.shown).toEqual([{ id: 'paper-radar/alerts', title: '2 new papers match your rules', message: expect.stringMatching(/ and 1 more$/) }]);
    expect(w.alarms.when(RETRY)).toBeUndefined();
    await w.clock.advance(60 * 60_000);
    expect(await next.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(w.notifications.shown).toHaveLength(1);
  });

  it('before any feed was taken in: the next worker fetches it again and counts each paper once', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC'], alertHfDaily: false });
    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED, etag: '"oc"' });
    await dyingRun(w, 0);
    // The browser restarted meanwhile and dropped the backstop alarm: the new worker sets it again.
    await w.alarms.clear(RETRY);
    const next = w.start();
    await w.clock.run(next.app.start());
    expect(w.alarms.when(RETRY)).toBe(w.clock.now() + 30_000);
    expect(w.alarms.when(ALERTS_ALARM)).toBeDefined();
    await w.clock.advance(30_000);
    expect(await fireDue(w, next)).toEqual([RETRY]);
    expect(w.rss.requests.map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined]);
    expect(Object.keys(await storedAlerts(next)).sort()).toEqual(['2402.10001', '2402.10002']);
    expect(next.badge.text).toBe('2');
  });

  it('an alarm arriving during a run joins it; alerts/check during a run runs again after it', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC'], alertHfDaily: false });
    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED });
    w.rss.queue({ latencyMs: 5_000 });
    const bg = w.start();
    await addRule(bg, 'first-order');
    const check = bg.app.handleMessage({ type: 'alerts/check' }, { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' });
    await w.clock.advance(1_000);
    const alarm = bg.app.onAlarm({ name: ALERTS_ALARM });
    const again = bg.app.handleMessage({ type: 'alerts/check' }, { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' });
    expect(await w.clock.run(Promise.all([check, alarm, again]))).toEqual([{ ok: true, newCount: 1 }, undefined, { ok: true, newCount: 0 }]);
    expect(w.rss.requests).toHaveLength(2);
  });
});
