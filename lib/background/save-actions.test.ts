// The context menu and the shortcut through the whole background (lib/background/app.ts), as the
// entrypoint calls them: the paper lands in the library that the popup lists.
import { beforeEach, describe, expect, it } from 'vitest';
import { startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import type { SavedPaper } from '../papers/schema';
import { SAVE_LINK_MENU, SAVE_PAGE_MENU } from './context-menu';
import { SAVE_COMMAND } from './save-command';

let clock: VirtualClock;
let bg: TestBackground;
let n = 0;

beforeEach(() => {
  clock = new VirtualClock();
  bg = startBackground({ name: `save-actions-${++n}`, clock });
});

const listed = async () => (await bg.send<{ saved: SavedPaper[] }>({ type: 'library/list' })).saved.map((s) => s.id).sort();

describe('save actions in the background app', () => {
  it('a link, a paper page and a PDF tab end up in the library', async () => {
    expect(await clock.run(bg.app.onContextMenuClick({ menuItemId: SAVE_LINK_MENU, linkUrl: 'https://arxiv.org/pdf/2201.13452v1' }, { id: 1 }))).toBe('saved');
    expect(await clock.run(bg.app.onContextMenuClick({ menuItemId: SAVE_PAGE_MENU, pageUrl: 'https://huggingface.co/papers/2201.13453' }, { id: 1 }))).toBe('saved');
    expect(await clock.run(bg.app.onCommand(SAVE_COMMAND, { id: 2, url: 'https://arxiv.org/pdf/2201.13454v2' }))).toBe('saved');
    expect(await listed()).toEqual(['2201.13452', '2201.13453', '2201.13454']);
  });

  it('saving again keeps the first save (tags and time), as library/save does', async () => {
    await bg.send({ type: 'library/save', id: '2201.13452', tags: ['pde'] });
    const before = (await bg.send<{ saved: SavedPaper[] }>({ type: 'library/list' })).saved[0]!;
    await clock.run(bg.app.onCommand(SAVE_COMMAND, { id: 2, url: 'https://arxiv.org/abs/2201.13452v3' }));
    const after = (await bg.send<{ saved: SavedPaper[] }>({ type: 'library/list' })).saved[0]!;
    expect(after.tags).toEqual(['pde']);
    expect(after.savedAt).toBe(before.savedAt);
  });

  it('a page that is no paper saves nothing', async () => {
    expect(await clock.run(bg.app.onCommand(SAVE_COMMAND, { id: 2, url: 'https://blog.example.com/reading-list' }))).toBe('not-a-paper');
    expect(await listed()).toEqual([]);
  });
});
