import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// WXT's test setup installs a fake `browser` (and `chrome`): put them back after each test.
const g = globalThis as Record<string, unknown>;
let saved: PropertyDescriptor[] = [];
beforeEach(() => {
  saved = ['browser', 'chrome'].map((k) => Object.getOwnPropertyDescriptor(g, k) ?? { value: undefined, configurable: true, writable: true });
  delete g.browser;
  delete g.chrome;
  vi.resetModules();
});
afterEach(() => {
  Object.defineProperty(g, 'browser', saved[0]!);
  Object.defineProperty(g, 'chrome', saved[1]!);
});

/** Installs a `chrome` global whose reads are counted, as the page's first touch would be. */
function countedChrome(api: Record<string, unknown>) {
  const reads: string[] = [];
  Object.defineProperty(g, 'chrome', {
    configurable: true,
    get: () => new Proxy(api, { get: (t, k) => (reads.push(String(k)), Reflect.get(t, k)) }),
  });
  return reads;
}

describe('lazy browser', () => {
  it('touches no extension API when loaded, and resolves to chrome on first use', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true }));
    const reads = countedChrome({ runtime: { id: 'abc', sendMessage } });
    const { browser } = await import('./lazy-browser');
    expect(reads).toEqual([]);
    await browser.runtime.sendMessage({ type: 'x' });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'x' });
    expect(reads).toContain('runtime');
  });

  it("prefers Firefox's browser when it is the extension's", async () => {
    countedChrome({ runtime: { id: 'chrome-side' } });
    g.browser = { runtime: { id: 'ff', getURL: (p: string) => `moz-extension://ff${p}` } };
    const { browser } = await import('./lazy-browser');
    expect(browser.runtime.getURL('/paper-ui.js')).toBe('moz-extension://ff/paper-ui.js');
  });
});
