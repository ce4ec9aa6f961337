import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { newIds, oldIds, paperLinksPage } from '../../tests/fixtures/pages/blog/paper-links';
import { isPaperHost, parsePaperUrl } from '../arxiv/id';
import type { FlashMark } from './badge-flash';
import {
  handleContextMenuClick,
  MENU_ITEMS,
  PAPER_LINK_PATTERNS,
  PAPER_PAGE_PATTERNS,
  registerContextMenu,
  SAVE_LINK_MENU,
  SAVE_MENU_TITLE,
  SAVE_PAGE_MENU,
  type MenuCreateProperties,
} from './context-menu';

/** Chrome's and Firefox's match-pattern rule for `*://host/path*` patterns (the only kind used here). */
function matchesPattern(pattern: string, url: string): boolean {
  const m = /^\*:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`unexpected pattern ${pattern}`);
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const path = new RegExp('^' + m[2]!.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return u.hostname === m[1] && path.test(u.pathname + u.search);
}
const offered = (patterns: readonly string[], url: string) => patterns.some((p) => matchesPattern(p, url));

/** Every href of the hand-written fixture of all link forms, resolved as the browser reports it. */
function fixtureHrefs(): string[] {
  const html = readFileSync('tests/fixtures/pages/blog/links-all-forms.html', 'utf8');
  return [...html.matchAll(/href="([^"]+)"/g)].map(([, h]) => new URL(h!.replace(/&amp;/g, '&'), 'https://blog.example.com/posts/reading-list.html').href);
}

function fakeDeps(save: (id: string) => Promise<unknown> = async () => ({})) {
  const flashes: [number | undefined, FlashMark][] = [];
  const saved: string[] = [];
  const log = vi.fn();
  return {
    flashes,
    saved,
    log,
    deps: {
      save: async (id: string) => {
        saved.push(id);
        return save(id);
      },
      flash: async (tabId: number | undefined, mark: FlashMark) => void flashes.push([tabId, mark]),
      log,
    },
  };
}

describe('where the item is offered', () => {
  it('on every link the id parser takes for a paper, in the hand-written fixture of all forms', () => {
    const papers = fixtureHrefs().filter((h) => parsePaperUrl(h));
    expect(papers.length).toBeGreaterThan(40);
    expect(papers.filter((h) => !offered(PAPER_LINK_PATTERNS, h))).toEqual([]);
  });

  it('on every form the generated reading lists use', () => {
    const ids = [...newIds('2401', 24), ...oldIds('hep-th', '9901', 2)];
    const links = paperLinksPage(ids).refs.filter((r) => !r.startsWith('arXiv:'));
    expect(links.filter((h) => !offered(PAPER_LINK_PATTERNS, h))).toEqual([]);
  });

  it('only on hosts the id parser knows, and not on most non-paper links', () => {
    for (const p of [...PAPER_LINK_PATTERNS, ...PAPER_PAGE_PATTERNS]) expect(isPaperHost(new URL(p.replace('*://', 'https://')).hostname), p).toBe(true);
    const notOffered = [
      'https://arxiv.org/list/cs.LG/recent',
      'https://arxiv.org/a/vaswani_a_1',
      'https://huggingface.co/papers/trending',
      'https://huggingface.co/papers/date/2025-11-17',
      'https://huggingface.co/datasets/arxiv_dataset',
      'https://doi.org/10.1038/nature14539',
      'https://arxiv.org.evil.example/abs/2310.06825',
      'https://en.wikipedia.org/wiki/ArXiv',
    ];
    expect(notOffered.filter((h) => offered(PAPER_LINK_PATTERNS, h))).toEqual([]);
  });

  it('as a page item on paper pages, PDFs included, and not on listings', () => {
    for (const page of ['https://arxiv.org/abs/2310.06825', 'https://arxiv.org/pdf/2310.06825v2', 'https://arxiv.org/html/2402.19173v1/#S3', 'https://huggingface.co/papers/2402.17764']) {
      expect(offered(PAPER_PAGE_PATTERNS, page), page).toBe(true);
    }
    for (const page of ['https://arxiv.org/list/cs.LG/new', 'https://huggingface.co/papers', 'https://huggingface.co/papers/trending', 'https://blog.example.com/']) {
      expect(offered(PAPER_PAGE_PATTERNS, page), page).toBe(false);
    }
  });

  it('as two items with one title: documentUrlPatterns would limit a shared item\'s link context too', () => {
    expect(MENU_ITEMS).toEqual([
      expect.objectContaining({ id: SAVE_LINK_MENU, title: SAVE_MENU_TITLE, contexts: ['link'] }),
      expect.objectContaining({ id: SAVE_PAGE_MENU, title: SAVE_MENU_TITLE, contexts: ['page'] }),
    ]);
    expect(MENU_ITEMS[0]!.documentUrlPatterns).toBeUndefined();
  });
});

describe('registerContextMenu', () => {
  function fakeMenus(failId?: string) {
    const items = new Map<string, MenuCreateProperties>();
    // As in the browsers: lastError is set only while the callback of the call that failed runs.
    let current: { message: string } | undefined;
    const menus = {
      removeAll: vi.fn(async () => items.clear()),
      create: vi.fn((props: MenuCreateProperties, callback?: () => void) => {
        const error = items.has(props.id) || props.id === failId ? { message: `Cannot create item with duplicate id ${props.id}` } : undefined;
        if (!error) items.set(props.id, props);
        setTimeout(() => {
          current = error;
          callback?.();
          current = undefined;
        });
        return props.id;
      }),
    };
    return { items, menus, lastError: () => current };
  }

  it('makes both items, and makes them again without error (install, then browser start)', async () => {
    const { items, menus, lastError } = fakeMenus();
    const log = vi.fn();
    await registerContextMenu(menus, lastError, log);
    await registerContextMenu(menus, lastError, log);
    expect([...items.keys()]).toEqual([SAVE_LINK_MENU, SAVE_PAGE_MENU]);
    expect(menus.removeAll).toHaveBeenCalledTimes(2);
    expect(log).not.toHaveBeenCalled();
  });

  it('reads and logs a refused item instead of leaving lastError unchecked', async () => {
    const { menus, lastError } = fakeMenus(SAVE_PAGE_MENU);
    const log = vi.fn();
    await registerContextMenu(menus, lastError, log);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`context menu ${SAVE_PAGE_MENU} not created`));
  });
});

describe('handleContextMenuClick', () => {
  it.each([
    ['an abstract link', 'https://arxiv.org/abs/2310.06825', '2310.06825'],
    ['a PDF link with a version', 'https://arxiv.org/pdf/2305.10403v3.pdf', '2305.10403'],
    ['a Hugging Face paper link', 'https://huggingface.co/papers/2402.17764', '2402.17764'],
    ['an alphaXiv link', 'https://www.alphaxiv.org/abs/2404.19756', '2404.19756'],
    ['an old-scheme link with a subject class', 'https://arxiv.org/abs/math.GT/0309136', 'math/0309136'],
    ['an arXiv DOI', 'https://doi.org/10.48550/ARXIV.2204.02311', '2204.02311'],
  ])('on %s saves the canonical id and shows ✓ on that tab', async (_, linkUrl, id) => {
    const { deps, saved, flashes } = fakeDeps();
    const outcome = await handleContextMenuClick({ menuItemId: SAVE_LINK_MENU, linkUrl, pageUrl: 'https://blog.example.com/post' }, { id: 7 }, deps);
    expect(outcome).toBe('saved');
    expect(saved).toEqual([id]);
    expect(flashes).toEqual([[7, '✓']]);
  });

  it('on a paper page saves the page’s paper, from pageUrl or else the tab’s url', async () => {
    const { deps, saved } = fakeDeps();
    await handleContextMenuClick({ menuItemId: SAVE_PAGE_MENU, pageUrl: 'https://arxiv.org/abs/2310.06825v2' }, { id: 1 }, deps);
    await handleContextMenuClick({ menuItemId: SAVE_PAGE_MENU }, { id: 1, url: 'https://arxiv.org/pdf/2106.09685' }, deps);
    expect(saved).toEqual(['2310.06825', '2106.09685']);
  });

  it('on a link the patterns let through that is no paper: nothing saved, "?"', async () => {
    const { deps, saved, flashes } = fakeDeps();
    const outcome = await handleContextMenuClick({ menuItemId: SAVE_LINK_MENU, linkUrl: 'https://www.alphaxiv.org/abs/deepseek-r1-explained' }, { id: 3 }, deps);
    expect(outcome).toBe('not-a-paper');
    expect(saved).toEqual([]);
    expect(flashes).toEqual([[3, '?']]);
  });

  it('when the save fails: "!" on the badge, the reason logged, no throw', async () => {
    const { deps, flashes, log } = fakeDeps(async () => {
      throw new Error('QuotaExceededError: the disk is full');
    });
    const outcome = await handleContextMenuClick({ menuItemId: SAVE_LINK_MENU, linkUrl: 'https://arxiv.org/abs/2310.06825' }, { id: 4 }, deps);
    expect(outcome).toBe('failed');
    expect(flashes).toEqual([[4, '!']]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('saving 2310.06825 failed: Error: QuotaExceededError'));
  });

  it('ignores other menu items', async () => {
    const { deps, saved, flashes } = fakeDeps();
    expect(await handleContextMenuClick({ menuItemId: 'someone-else', linkUrl: 'https://arxiv.org/abs/2310.06825' }, { id: 1 }, deps)).toBeUndefined();
    expect(saved).toEqual([]);
    expect(flashes).toEqual([]);
  });
});
