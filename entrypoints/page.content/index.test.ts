// @vitest-environment happy-dom
// The every-page script as a whole (its main, as WXT runs it): on a page without papers it reads the
// page and touches no extension API; the first paper the page shows starts it (settings, listeners,
// one papers/annotate). `wxt/browser` is WXT's fake browser here (the build swaps in the lazy one).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadChunk, type Chunk } from '@/lib/content/chunk';
import { ContentScriptContext } from '@/lib/content/script-context';
import definition from './index';

// The later parts are web-accessible files the build makes; here their entrypoints run in place.
vi.mock('@/lib/content/chunk', async (original) => {
  const real = await original<typeof import('@/lib/content/chunk')>();
  return {
    ...real,
    loadChunk: vi.fn(async (file: Chunk) => {
      const entry = file === '/page-main.js' ? await import('../page-main') : await import('../paper-ui');
      entry.default.main();
      return real.takeChunk(file);
    }),
  };
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(loadChunk).mockClear();
  document.body.replaceChildren();
});
afterEach(() => vi.useRealTimers());

function spies() {
  return {
    settings: vi.spyOn(fakeBrowser.storage.local, 'get'),
    listens: vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener'),
    sends: vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, marks: [] }),
  };
}

/** Runs main and lets its idle look and the batches of added content run. */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 120));
}

describe('the every-page content script', () => {
  it('on a page without papers touches no extension API; a paper link added later starts it', async () => {
    const blog = document.createElement('p');
    blog.textContent = 'Release notes, v2.1.0 — see the changelog.';
    const list = document.createElement('a');
    list.href = 'https://arxiv.org/list/cs.LG/new';
    document.body.append(blog, list);
    const s = spies();
    const ctx = new ContentScriptContext('page');
    const announced = vi.spyOn(document, 'dispatchEvent');
    await definition.main(ctx as never);
    await settle();
    expect(s.settings).not.toHaveBeenCalled();
    expect(s.listens).not.toHaveBeenCalled();
    expect(s.sends).not.toHaveBeenCalled();
    expect(announced).not.toHaveBeenCalled();
    expect(loadChunk).not.toHaveBeenCalled();

    const paper = document.createElement('a');
    paper.href = 'https://arxiv.org/abs/1706.03762';
    document.body.append(paper);
    await settle();
    expect(s.settings).toHaveBeenCalledTimes(1);
    expect(s.listens).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(s.sends).toHaveBeenCalledWith({ type: 'papers/annotate', ids: ['1706.03762'] }));
    expect(paper.getAttribute('data-paper-radar-id')).toBe('1706.03762');
    expect(vi.mocked(loadChunk).mock.calls).toEqual([['/page-main.js']]);
    ctx.notifyInvalidated();
  });

  it('on a page that shows a paper, starts when the browser is first idle', async () => {
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'As shown in arXiv:2310.06825, …' }));
    const s = spies();
    const ctx = new ContentScriptContext('page');
    await definition.main(ctx as never);
    await settle();
    expect(s.settings).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(s.sends).toHaveBeenCalledWith({ type: 'papers/annotate', ids: ['2310.06825'] }));
    ctx.notifyInvalidated();
  });
});
