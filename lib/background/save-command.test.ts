import { describe, expect, it, vi } from 'vitest';
import type { FlashMark } from './badge-flash';
import { handleCommand, SAVE_COMMAND } from './save-command';
import type { TabLike } from './context-menu';

function fakeDeps(activeTabs: TabLike[] | Error = [], save: (id: string) => Promise<unknown> = async () => ({})) {
  const saved: string[] = [];
  const flashes: [number | undefined, FlashMark][] = [];
  const queryTabs = vi.fn(async () => {
    if (activeTabs instanceof Error) throw activeTabs;
    return activeTabs;
  });
  const log = vi.fn();
  return {
    saved,
    flashes,
    queryTabs,
    log,
    deps: {
      save: async (id: string) => {
        saved.push(id);
        return save(id);
      },
      flash: async (tabId: number | undefined, mark: FlashMark) => void flashes.push([tabId, mark]),
      log,
      queryTabs,
    },
  };
}

describe('the save-paper command', () => {
  it.each([
    ['an abstract page', 'https://arxiv.org/abs/2310.06825v2', '2310.06825'],
    ['a PDF tab (the PDF viewer shows the PDF’s own URL)', 'https://arxiv.org/pdf/2305.10403v3', '2305.10403'],
    ['a PDF tab with the viewer’s fragment', 'https://arxiv.org/pdf/2305.10403v3.pdf#page=4', '2305.10403'],
    ['an HTML version', 'https://arxiv.org/html/2402.19173v1/#S3', '2402.19173'],
    ['a Hugging Face paper page', 'https://huggingface.co/papers/2402.17764#community', '2402.17764'],
    ['an old-scheme PDF', 'https://arxiv.org/pdf/cond-mat/0011267v1', 'cond-mat/0011267'],
    ['Chrome’s PDF viewer page, should a browser report it', 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?src=https%3A%2F%2Farxiv.org%2Fpdf%2F2106.09685v2', '2106.09685'],
    ['Firefox’s Reader View', 'about:reader?url=https%3A%2F%2Farxiv.org%2Fabs%2F2201.11903', '2201.11903'],
  ])('saves the paper of %s, from the tab the command came with', async (_, url, id) => {
    const { deps, saved, flashes, queryTabs } = fakeDeps();
    expect(await handleCommand(SAVE_COMMAND, { id: 5, url }, deps)).toBe('saved');
    expect(saved).toEqual([id]);
    expect(flashes).toEqual([[5, '✓']]);
    expect(queryTabs).not.toHaveBeenCalled();
  });

  it('asks for the active tab when the event brought none (or one without its url)', async () => {
    const { deps, saved, flashes, queryTabs } = fakeDeps([{ id: 8, url: 'https://arxiv.org/abs/2201.13452' }]);
    await handleCommand(SAVE_COMMAND, undefined, deps);
    await handleCommand(SAVE_COMMAND, { id: 8 }, deps);
    expect(queryTabs).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(saved).toEqual(['2201.13452', '2201.13452']);
    expect(flashes).toEqual([[8, '✓'], [8, '✓']]);
  });

  it('on a tab that is no paper: nothing saved, "?"', async () => {
    const { deps, saved, flashes } = fakeDeps();
    expect(await handleCommand(SAVE_COMMAND, { id: 2, url: 'https://arxiv.org/list/cs.LG/new' }, deps)).toBe('not-a-paper');
    expect(await handleCommand(SAVE_COMMAND, { id: 2, url: 'chrome://newtab/' }, deps)).toBe('not-a-paper');
    expect(saved).toEqual([]);
    expect(flashes).toEqual([[2, '?'], [2, '?']]);
  });

  it('without any tab to read: "?" nowhere, logged, no throw', async () => {
    const { deps, saved, log } = fakeDeps(new Error('No current window'));
    expect(await handleCommand(SAVE_COMMAND, undefined, deps)).toBe('not-a-paper');
    expect(saved).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no active tab'));
  });

  it('when the save fails: "!", no throw', async () => {
    const { deps, flashes } = fakeDeps([], async () => {
      throw new Error('database closed');
    });
    expect(await handleCommand(SAVE_COMMAND, { id: 6, url: 'https://arxiv.org/abs/2310.06825' }, deps)).toBe('failed');
    expect(flashes).toEqual([[6, '!']]);
  });

  it('ignores other commands', async () => {
    const { deps, saved } = fakeDeps();
    expect(await handleCommand('_execute_action', { id: 1, url: 'https://arxiv.org/abs/2310.06825' }, deps)).toBeUndefined();
    expect(saved).toEqual([]);
  });
});
