import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArxivMock } from '../../tests/support/arxiv-mock';
import { readFixture } from '../../tests/support/fixtures';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { createDbProvider } from '../db/connection';
import type { FetchLike } from '../net/polite-queue';
import { createBackgroundApp, WAKE_ALARM } from './app';

const EXT = 'chrome-extension://test-extension-id/';
const fromPopup = { id: 'test-extension-id', url: `${EXT}popup.html` };
// A content script's sender (the tab, reduced to what the router reads).
const fromPage = (url: string) => ({ id: 'test-extension-id', url, tab: { id: 1 } }) as unknown as Runtime.MessageSender;
const MISSING_IDS = ['2201.13455', '2201.13452', '2201.13453', '2201.13454'];
let n = 0;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

/** Serves the captured answer to exactly the captured query, byte for byte. */
function capturedArxiv(file: string, requests: string[]): FetchLike {
  return async (url) => {
    requests.push(url);
    const ids = new URL(url).searchParams.get('id_list')!.split(',').sort();
    expect(ids).toEqual([...MISSING_IDS].sort());
    return new Response(readFixture(`arxiv-api/${file}`), { status: 200 });
  };
}

describe('papers/get end to end (router → cache → lane → parser → IndexedDB)', () => {
  it.each(['new-2025-11-11_query_missing_id.xml', 'old-2025-08_query_missing_id.xml'])('from the capture %s', async (file) => {
    const clock = new VirtualClock();
    const requests: string[] = [];
    const app = createBackgroundApp({
      runtime: fakeBrowser.runtime,
      alarms: fakeBrowser.alarms,
      fetch: capturedArxiv(file, requests),
      clock,
      db: createDbProvider({ name: `app-${++n}`, storage: {} }),
      log: () => undefined,
    });
    const ids = ['https://arxiv.org/abs/2201.13455v1', 'arXiv:2201.13452', '2201.13453', 'https://huggingface.co/papers/2201.13454'];
    const answer = await clock.run(app.handleMessage({ type: 'papers/get', ids }, fromPage('https://scirate.com/')));
    expect(answer).toMatchObject({
      ok: true,
      papers: [{ id: '2201.13452', version: 1, authors: ['Hong-Ming Yin', 'Jun Zou'], categories: ['math.AP'] }],
      notFound: ['2201.13455', '2201.13453', '2201.13454'],
      pending: [],
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^https:\/\/export\.arxiv\.org\/api\/query\?id_list=[\d.,]+&max_results=4$/);
    // Asked again from the popup: all from the cache.
    const again = await clock.run(app.handleMessage({ type: 'papers/get', ids }, fromPopup));
    expect(again).toMatchObject({ ok: true, notFound: ['2201.13455', '2201.13453', '2201.13454'] });
    expect(requests).toHaveLength(1);
    // Nothing owed: the wake-up alarm is cleared.
    expect(await fakeBrowser.alarms.get(WAKE_ALARM)).toBeUndefined();
  });

  it('the wake-up alarm resumes work a stopped worker left behind', async () => {
    const clock = new VirtualClock();
    const name = `app-${++n}`;
    const first = new ArxivMock(clock).queue('hang');
    const dying = createBackgroundApp({
      runtime: fakeBrowser.runtime,
      alarms: fakeBrowser.alarms,
      fetch: first.fetch,
      clock: new VirtualClock(clock.now()), // its clock stops when it dies
      db: createDbProvider({ name, storage: {} }),
      log: () => undefined,
    });
    void dying.handleMessage({ type: 'papers/get', ids: ['2201.13452'] }, fromPopup);
    await clock.advance(0);
    expect(first.requests).toHaveLength(1);
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    expect(alarm?.scheduledTime).toBe(clock.now() + 60_000);

    const second = new ArxivMock(clock);
    const next = createBackgroundApp({
      runtime: fakeBrowser.runtime,
      alarms: fakeBrowser.alarms,
      fetch: second.fetch,
      clock,
      db: createDbProvider({ name, storage: {} }),
      log: () => undefined,
    });
    await clock.advance(60_000);
    await clock.run(next.onAlarm({ name: WAKE_ALARM }));
    expect(second.requests.map((r) => r.ids)).toEqual([['2201.13452']]);
    const answer = await clock.run(next.handleMessage({ type: 'papers/get', ids: ['2201.13452'] }, fromPopup));
    expect(answer).toMatchObject({ ok: true, papers: [{ id: '2201.13452' }] });
    expect(second.requests).toHaveLength(1);
  });
});

describe('entrypoints/background.ts', () => {
  it('registers its listeners synchronously and answers through the router', async () => {
    const mock = new ArxivMock(new VirtualClock());
    vi.stubGlobal('fetch', mock.fetch);
    const { default: background } = await import('../../entrypoints/background');
    // WXT's fake browser has no context menus or commands ("not implemented"); the entrypoint only
    // registers listeners on them, which is what is checked here.
    const menuClicks = vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    const commands = vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    background.main();
    expect(menuClicks).toHaveBeenCalledOnce();
    expect(commands).toHaveBeenCalledOnce();
    menuClicks.mockRestore();
    commands.mockRestore();
    // hasListeners() is on the runtime object but missing from the declared event type.
    expect((fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners()).toBe(true);
    expect((fakeBrowser.alarms.onAlarm as unknown as { hasListeners(): boolean }).hasListeners()).toBe(true);
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'papers/get', ids: ['arXiv:2206.06921'] }, fromPopup);
    expect(answer).toMatchObject({ ok: true, papers: [{ id: '2206.06921', version: 3, title: 'Attainable forms of Assouad spectra' }] });
    const [refused] = await fakeBrowser.runtime.onMessage.trigger({ type: 'library/import', text: '' }, fromPage('https://example.org/'));
    expect(refused).toEqual({ ok: false, error: `"library/import" is only accepted from the extension's own pages` });
    expect(mock.requests).toHaveLength(1);
  });
});
