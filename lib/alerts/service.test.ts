// The badge, the schedule, notifications, pruning and new versions of saved papers.
import { describe, expect, it } from 'vitest';
import { addRule, alertsWorld, retype, storedAlerts, WEEKDAY_FEED } from '../../tests/support/alerts';
import { dailyItem } from '../../tests/support/feed-mocks';
import type { AlertView } from '../messaging/types';
import { BADGE_BACKGROUND, badgeText } from './badge';
import { ALERTS_ALARM, ALERTS_RETRY_ALARM, FIRST_CHECK_DELAY_MS } from './schedule';
import { notificationText } from './notify';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
type Check = { newCount: number };
type List = { alerts: AlertView[] };

describe('the badge', () => {
  it('shows the unseen count ("" for none) in a clear colour; marking seen clears it; restored at browser start', async () => {
    const w = alertsWorld();
    w.hf.days.set('2024-02-23', [dailyItem('2602.23229'), dailyItem('2402.20001', { title: 'In-context retrieval' })]);
    const bg = w.start();
    await w.clock.run(bg.app.start());
    expect(bg.badge).toEqual({ text: '', color: BADGE_BACKGROUND, textColor: '#FFFFFF' });
    await addRule(bg, 'in-context');
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 2 });
    expect(bg.badge.text).toBe('2');
    expect(bg.toPages).toContainEqual({ type: 'alerts/changed' });
    await bg.send({ type: 'alerts/markSeen', paperIds: ['2602.23229'] });
    expect(bg.badge.text).toBe('1');

    // The browser restarts: the badge is gone until the background sets it again.
    bg.badge.text = '';
    await w.clock.run(bg.app.alerts.restoreBadge());
    expect(bg.badge.text).toBe('1');
    const next = w.start();
    await w.clock.run(next.app.start());
    expect(next.badge.text).toBe('1');

    const notices = next.toPages.length;
    expect(await next.send({ type: 'alerts/markSeen' })).toEqual({ ok: true });
    expect(next.badge.text).toBe('');
    expect(next.toPages.slice(notices)).toEqual([{ type: 'alerts/changed' }]);
    // Nothing changed, nothing announced.
    await next.send({ type: 'alerts/markSeen' });
    expect(next.toPages).toHaveLength(notices + 1);
  });

  it('has room for four characters', () => {
    expect([0, 1, 42, 999, 1000, -1, Number.NaN].map(badgeText)).toEqual(['', '1', '42', '999', '999+', '', '']);
  });
});

describe('the schedule', () => {
  it('is ensured at worker start with the settings’ period, kept across restarts, and follows a change of the period', async () => {
    const w = alertsWorld();
    const bg = w.start();
    await w.clock.run(bg.app.start());
    expect(await w.alarms.get(ALERTS_ALARM)).toEqual({ name: ALERTS_ALARM, periodInMinutes: 60, scheduledTime: w.clock.now() + FIRST_CHECK_DELAY_MS });

    // Worker restarts do not push the check back.
    const creates = () => w.alarms.calls.filter((c) => c.op === 'create' && c.name === ALERTS_ALARM).length;
    await w.clock.advance(30_000);
    await w.clock.run(w.start().app.start());
    expect(creates()).toBe(1);

    // The periodic alarm runs the check (no rules: nothing is fetched) …
    await w.clock.advance(30_000);
    expect(w.alarms.takeDue()).toEqual([ALERTS_ALARM]);
    await w.clock.run(bg.app.onAlarm({ name: ALERTS_ALARM }));
    const ranAt = w.clock.now();
    expect(w.hf.requests).toEqual([]);

    // … and a shorter period from the options takes effect one new period after that run.
    const settings = await w.settings({ alertIntervalMinutes: 15 });
    await w.clock.run(bg.app.alerts.settingsChanged(settings));
    expect(await w.alarms.get(ALERTS_ALARM)).toEqual({ name: ALERTS_ALARM, periodInMinutes: 15, scheduledTime: ranAt + 15 * 60_000 });
    await w.clock.run(bg.app.alerts.settingsChanged(settings));
    expect(creates()).toBe(2);
    // A worker starting with other settings stored picks them up.
    await w.settings({ alertIntervalMinutes: 180 });
    await w.clock.run(w.start().app.start());
    expect((await w.alarms.get(ALERTS_ALARM))?.periodInMinutes).toBe(180);
  });

  it('other alarms are not the alerts’ business', async () => {
    const w = alertsWorld();
    const bg = w.start();
    expect(await w.clock.run(bg.app.alerts.onAlarm('paper-radar/wake'))).toBe(false);
    expect(w.hf.requests).toEqual([]);
  });
});

describe('notifications', () => {
  it('are off by default, need the setting and the permission, and announce each alert once', async () => {
    const w = alertsWorld();
    w.hf.days.set('2024-02-23', [dailyItem('2602.23229')]);
    w.notifications.granted = true;
    const bg = w.start();
    await addRule(bg, 'in-context');
    await bg.send({ type: 'alerts/check' });
    expect(w.notifications.shown).toEqual([]);

    await w.settings({ notifications: true });
    w.notifications.granted = false;
    w.hf.days.set('2024-02-22', [dailyItem('2402.20001', { title: 'In-context retrieval' })]);
    await w.clock.advance(HOUR);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    expect(w.notifications.shown).toEqual([]);

    w.notifications.granted = true;
    w.hf.days.set('2024-02-22', [dailyItem('2402.20001', { title: 'In-context retrieval' }), dailyItem('2402.20002', { title: 'In-context everything' })]);
    await w.clock.advance(HOUR);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    expect(w.notifications.shown).toEqual([{ id: 'paper-radar/alerts', title: 'A new paper matches your rules', message: 'In-context everything' }]);
    await w.clock.advance(HOUR);
    await bg.send({ type: 'alerts/check' });
    expect(w.notifications.shown).toHaveLength(1);
  });

  it('say how many, name the first title, and stay short', () => {
    expect(notificationText(['A', 'B', 'C'])).toEqual({ title: '3 new papers match your rules', message: 'A and 2 more' });
    expect(notificationText(['x'.repeat(400)]).message).toHaveLength(300);
  });
});

describe('pruning', () => {
  it('drops seen alerts (and dismissals) found more than 90 days ago; unseen ones stay', async () => {
    const w = alertsWorld();
    w.hf.days.set('2024-02-23', [dailyItem('2602.23229'), dailyItem('2402.20001', { title: 'In-context retrieval' })]);
    w.hf.days.set('2024-02-22', [dailyItem('2402.20002', { title: 'In-context everything' })]);
    const bg = w.start();
    await addRule(bg, 'in-context');
    await bg.send({ type: 'alerts/check' });
    await bg.send({ type: 'alerts/markSeen', paperIds: ['2602.23229'] });
    await bg.send({ type: 'alerts/dismiss', paperIds: ['2402.20002'] });
    w.hf.days.clear();

    await w.clock.advance(89 * DAY);
    await bg.send({ type: 'alerts/check' });
    expect(Object.keys(await storedAlerts(bg)).sort()).toEqual(['2402.20001', '2602.23229']);
    await w.clock.advance(2 * DAY);
    await bg.send({ type: 'alerts/check' });
    expect(Object.keys(await storedAlerts(bg))).toEqual(['2402.20001']);
    const meta = (await (await bg.db.get()).getAllKeys('meta')).filter((k) => k.startsWith('alerts:dismissed:'));
    expect(meta).toEqual([]);
  });
});

describe('new versions of saved papers', () => {
  it('a replace item in a followed feed raises a saved-version alert once, with the version', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC'], alertHfDaily: false });
    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED });
    const bg = w.start();
    // The arXiv mock describes 2203.01250 as version 1 at save time; the feed announces v3.
    expect(await bg.send({ type: 'library/save', id: '2203.01250' })).toMatchObject({ ok: true, saved: { paper: { version: 1 } } });
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    const { alerts } = await bg.send<List>({ type: 'alerts/list' });
    expect(alerts).toEqual([expect.objectContaining({ paperId: '2203.01250', source: 'saved-version', version: 3, ruleIds: [], rules: [], terms: [] })]);
    expect(alerts[0]!.paper?.id).toBe('2203.01250');
    expect(bg.badge.text).toBe('1');
    // The same feed again (no validators): v3 is known now.
    await bg.send({ type: 'alerts/markSeen' });
    await w.clock.advance(HOUR);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(bg.badge.text).toBe('');
  });

  it('the weekly check asks arXiv for every saved id in batches of 100, carries an unfinished pass on from the batch it stopped at (in the next worker), and alerts once', async () => {
    const w = alertsWorld();
    const bg = w.start();
    const ids = Array.from({ length: 150 }, (_, i) => `2401.${String(10000 + i)}`);
    const d = await bg.db.get();
    for (const id of ids) {
      await d.put('saved', { id, savedAt: 1, tags: [], paper: { id, version: 1, title: `T ${id}`, authors: [], abstract: '', categories: [], fetchedAt: { arxiv: 1 } } });
    }
    // The first run sets the baseline: the mock says v1 for all, nothing to report.
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 0 });
    expect(bg.arxiv.requests.map((r) => r.ids.length)).toEqual([100, 50]);
    await w.clock.advance(6 * DAY);
    await bg.send({ type: 'alerts/check' });
    expect(bg.arxiv.requests).toHaveLength(2);

    // A week on, two papers have v2: one in each batch. The second batch's request fails, and
    // the retry goes on with it alone.
    await w.clock.advance(DAY);
    const v2 = (body: string, id: string) => body.replace(`<id>http://arxiv.org/abs/${id}v1</id>`, `<id>http://arxiv.org/abs/${id}v2</id>`);
    bg.arxiv.queue({ body: v2(bg.arxiv.feed(ids.slice(0, 100)), ids[5]!) }, ...Array(4).fill({ status: 503 }));
    expect(await bg.send({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    expect(Object.keys(await storedAlerts(bg))).toEqual([ids[5]]);
    const retryAt = w.alarms.when(ALERTS_RETRY_ALARM)!;
    await w.clock.advance(retryAt - w.clock.now());
    bg.arxiv.queue({ body: v2(bg.arxiv.feed(ids.slice(100)), ids[120]!) });
    const next = w.start();
    w.alarms.takeDue();
    await w.clock.run(next.app.onAlarm({ name: ALERTS_RETRY_ALARM }));
    expect(bg.arxiv.requests.at(-1)!.ids).toEqual(ids.slice(100));
    expect((await next.send<List>({ type: 'alerts/list' })).alerts.map((a) => [a.paperId, a.source, a.version])).toEqual([
      [ids[120], 'saved-version', 2],
      [ids[5], 'saved-version', 2],
    ]);
    // The cache learnt the new versions as well.
    expect((await next.send<{ papers: { version: number }[] }>({ type: 'papers/get', ids: [ids[5]!] })).papers[0]!.version).toBe(2);
  });

  it('a new version brings a seen or dismissed alert back as unseen news', async () => {
    const w = alertsWorld();
    await w.settings({ alertCategories: ['math.OC'], alertHfDaily: false, alertAnnounceTypes: ['new', 'cross', 'replace', 'replace-cross'] });
    w.rss.feeds.set('math.OC', { body: retype(WEEKDAY_FEED, '2203.01250', 'new').replace('oai:arXiv.org:2203.01250v3', 'oai:arXiv.org:2203.01250v1') });
    const bg = w.start();
    const rule = await addRule(bg, '"first order"');
    await bg.send({ type: 'library/save', id: '2203.01250' });
    await bg.send({ type: 'alerts/check' });
    await bg.send({ type: 'alerts/dismiss', paperIds: ['2203.01250', '2402.10001'] });
    w.rss.feeds.set('math.OC', { body: WEEKDAY_FEED });
    await w.clock.advance(HOUR);
    expect(await bg.send<Check>({ type: 'alerts/check' })).toEqual({ ok: true, newCount: 1 });
    expect(await storedAlerts(bg)).toEqual({
      '2203.01250': { paperId: '2203.01250', ruleIds: [rule], source: 'saved-version', foundAt: expect.any(Number) },
    });
  });
});
