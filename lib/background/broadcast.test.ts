import { describe, expect, it, vi } from 'vitest';
import type { BackgroundNotice } from '../messaging/types';
import { createBroadcaster } from './broadcast';

function fakes(tabs: { id?: number; discarded?: boolean; url?: string }[]) {
  const sent: { to: string; notice: BackgroundNotice }[] = [];
  return {
    sent,
    deps: {
      tabs: {
        query: vi.fn(async () => tabs),
        sendMessage: vi.fn(async (tabId: number, notice: BackgroundNotice) => {
          if (tabId === 3) throw new Error('Could not establish connection. Receiving end does not exist.');
          sent.push({ to: `tab ${tabId}`, notice });
        }),
      },
      runtime: {
        sendMessage: vi.fn(async (notice: BackgroundNotice) => {
          sent.push({ to: 'pages', notice });
        }),
      },
    },
  };
}

describe('broadcast', () => {
  it('sends library/changed to every tab that is not discarded and to extension pages', async () => {
    const base = 'chrome-extension://abc/';
    const own = { id: 5, url: `${base}options.html` }; // reached by runtime.sendMessage already
    const { deps, sent } = fakes([{ id: 1 }, { id: 2, discarded: true }, { id: 3 }, {}, { id: 4, url: 'https://arxiv.org/' }, own]);
    await createBroadcaster({ ...deps, extensionBaseUrl: base }).libraryChanged(['2201.13452'], true);
    const notice = { type: 'library/changed', ids: ['2201.13452'], saved: true };
    expect(sent).toEqual(expect.arrayContaining([{ to: 'pages', notice }, { to: 'tab 1', notice }, { to: 'tab 4', notice }]));
    expect(sent).toHaveLength(3);
    expect(deps.tabs.sendMessage).toHaveBeenCalledTimes(3); // tab 3 rejected: ignored
    // The tabs are listed without a query that would need the "tabs" permission.
    expect(deps.tabs.query).toHaveBeenCalledWith({});
  });

  it('sends rules/changed; sends nothing for an empty change; never rejects, whatever the browser does', async () => {
    const { deps, sent } = fakes([{ id: 1 }]);
    const b = createBroadcaster(deps);
    await b.rulesChanged();
    expect(sent.map((s) => s.notice)).toEqual([{ type: 'rules/changed' }, { type: 'rules/changed' }]);
    await b.libraryChanged([], false);
    expect(sent).toHaveLength(2);

    const log = vi.fn();
    const broken = createBroadcaster({
      tabs: {
        query: async () => {
          throw new Error('no tabs here');
        },
        sendMessage: async () => undefined,
      },
      runtime: {
        sendMessage: () => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
      },
      log,
    });
    await expect(broken.libraryChanged(['2201.13452'], false)).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no tabs here'));
  });

  it('a receiver that never answers holds nothing up (callers do not wait for it)', async () => {
    const { deps } = fakes([{ id: 1 }]);
    deps.tabs.sendMessage.mockImplementation(() => new Promise(() => undefined));
    const b = createBroadcaster(deps);
    let done = false;
    void b.libraryChanged(['x'], true).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false); // the promise is pending, and nobody awaits it
  });
});
