// @vitest-environment happy-dom
import type { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { expectationProblems, fixtureUrl, readFixturePage } from '../../tests/fixtures/pages/fixture-pages';
import type { sendMessage } from '../messaging/send';
import type { PaperMark } from '../messaging/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { startPageApp } from './page-app';
import { createPaperUi } from './ui';

type Req = { type: string; ids?: string[]; id?: string; items?: unknown[] };

/** The background as the page sees it: rule labels and saved papers it answers `papers/annotate` from. */
function fakeBackground() {
  const labels = new Map<string, string[]>();
  const saved = new Set<string>();
  const send = vi.fn(async (req: Req): Promise<Record<string, unknown>> => {
    switch (req.type) {
      case 'papers/annotate':
        return {
          ok: true,
          marks: req.ids!.map((id): PaperMark => {
            const l = labels.get(id) ?? [];
            return { id, labels: l, ...(l.length ? { color: '#e11d48' } : {}), saved: saved.has(id), tags: [], known: true };
          }),
        };
      case 'papers/putEmbedded':
        return { ok: true, stored: req.items!.length };
      case 'papers/get':
        return { ok: true, papers: [], notFound: [], pending: req.ids };
      case 'library/save':
        saved.add(req.id!);
        return { ok: true, saved: { id: req.id, savedAt: 1, tags: [] } };
      case 'library/remove':
        req.ids!.forEach((id) => saved.delete(id));
        return { ok: true, removed: [] };
      default:
        throw new Error(`unexpected ${req.type}`);
    }
  });
  const calls = (type: string) => send.mock.calls.map(([r]) => r).filter((r) => r.type === type);
  return { send, labels, saved, calls };
}

let app: ReturnType<typeof startPageApp> | undefined;
let shadow: MockInstance<Element['attachShadow']>;
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  vi.useFakeTimers();
  shadow = vi.spyOn(Element.prototype, 'attachShadow');
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  app?.stop();
  app = undefined;
  document.head.replaceChildren();
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** Puts a fixture page into this test's document, at its real URL. */
function loadPage(name: string) {
  const html = readFixturePage(name);
  (window as unknown as HappyWindow).happyDOM.setURL(fixtureUrl(html));
  // Without the page's stylesheet links: nothing is fetched in these tests.
  const parsed = new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/g, ''), 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  // The ids the page shows, in document order, as its own expectations name them.
  return [...new Set([...document.querySelectorAll('[data-expect-id]')].map((el) => el.getAttribute('data-expect-id')!))];
}

function start(name: string, options: { settings?: Partial<Settings>; loadUi?: () => Promise<typeof createPaperUi>; setup?: (bg: ReturnType<typeof fakeBackground>, ids: string[]) => void } = {}) {
  const ids = loadPage(name);
  const bg = fakeBackground();
  options.setup?.(bg, ids);
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const loadUi = vi.fn(options.loadUi ?? (async () => createPaperUi));
  app = startPageApp({ send: bg.send as unknown as typeof sendMessage, settings, hostname: location.hostname, loadUi });
  return { ids, bg, settings, loadUi, app };
}

const settle = () => vi.runAllTimersAsync();
const byId = (id: string) => [...document.querySelectorAll(`[data-paper-radar-id="${id}"]`)];
/** [id, labels] of matched papers, once per paper (an arXiv listing marks both its dt and dd). */
const matched = () => {
  const pairs = [...document.querySelectorAll('[data-paper-radar-match]')].map((el) => [el.getAttribute('data-paper-radar-id'), el.getAttribute('data-paper-radar-match')]);
  return [...new Map(pairs.map((p) => [p.join(' '), p])).values()];
};
const savedIds = () => [...new Set([...document.querySelectorAll('[data-paper-radar-saved]')].map((el) => el.getAttribute('data-paper-radar-id')))];
const rootOf = (host: Element) => shadow.mock.results[shadow.mock.contexts.indexOf(host)]!.value as ShadowRoot;
const chipsIn = (el: Element) => {
  const host = el.querySelector('paper-radar-chips') ?? (el.nextElementSibling?.localName === 'paper-radar-chips' ? el.nextElementSibling : null);
  return host ? [...rootOf(host).querySelectorAll('span')].map((s) => s.textContent) : null;
};
const toggleIn = (el: Element) => {
  const host = el.querySelector('paper-radar-chips');
  return host ? rootOf(host).querySelector('button') : null;
};

/** Labels for the 1st and 3rd paper, the 2nd and 3rd saved. */
const someMatchedAndSaved = (bg: ReturnType<typeof fakeBackground>, ids: string[]) => {
  bg.labels.set(ids[0]!, ['Hessians', 'LLM']);
  bg.labels.set(ids[2]!, ['LLM']);
  bg.saved.add(ids[1]!).add(ids[2]!);
};

// The Hugging Face page is the real thing but slow to parse in happy-dom (1-2 s, more when the whole
// suite runs in parallel); the behaviours every surface shares run on the arXiv listing.
const HF = 'hf/papers-date-2025-11-17.html';
const LISTING = 'arxiv/list-cs-LG-new.html';

describe('a Hugging Face listing', { timeout: 30_000 }, () => {
  it('marks the papers the background matched and saved, with chips and toggles', async () => {
    const { ids, bg, loadUi } = start(HF, { setup: someMatchedAndSaved });
    await settle();
    expect(expectationProblems(document)).toEqual([]);
    expect(ids).toHaveLength(54);
    // Embedded card data first, then one annotate for every id.
    expect(bg.send.mock.calls.map(([r]) => r.type)).toEqual(['papers/putEmbedded', 'papers/annotate']);
    expect(bg.calls('papers/putEmbedded')[0]!.items).toHaveLength(54);
    expect(bg.calls('papers/annotate')[0]!.ids).toEqual(ids);
    expect(matched()).toEqual([
      [ids[0], 'Hessians,LLM'],
      [ids[2], 'LLM'],
    ]);
    expect(savedIds()).toEqual([ids[1], ids[2]]);
    expect(loadUi).toHaveBeenCalledTimes(1);
    // Every card has a toggle; chips only where matched, in rule order.
    expect(document.querySelectorAll('article > paper-radar-chips')).toHaveLength(54);
    const [first, second, third] = ids.map((id) => byId(id)[0]!);
    expect(chipsIn(first!)).toEqual(['Hessians', 'LLM']);
    expect(chipsIn(second!)).toEqual([]);
    expect(chipsIn(third!)).toEqual(['LLM']);
    expect(toggleIn(first!)!.getAttribute('aria-pressed')).toBe('false');
    expect(toggleIn(second!)!.getAttribute('aria-pressed')).toBe('true');
    // The highlight: one stylesheet, and the rule colour on the matched card.
    expect(document.querySelectorAll('style[data-paper-radar]')).toHaveLength(1);
    expect((first as HTMLElement).style.getPropertyValue('--paper-radar-color')).toBe('#e11d48');
    expect((second as HTMLElement).style.getPropertyValue('--paper-radar-color')).toBe('');
  });

  it('hovering a card title opens the overlay for that paper; switched off, it does not', async () => {
    const { ids, bg, app, settings } = start(HF, { setup: someMatchedAndSaved });
    await settle();
    const title = [...byId(ids[0]!)[0]!.querySelectorAll('a[href]')].find((a) => (a as HTMLAnchorElement).href.endsWith(`/papers/${ids[0]}`))!;
    title.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(settings.overlayDelayMs);
    expect(document.querySelector('paper-radar-overlay')).not.toBeNull();
    expect(bg.calls('papers/get')[0]).toEqual({ type: 'papers/get', ids: [ids[0]] });
    app.onSettings({ ...settings, overlay: false });
    expect(document.querySelector('paper-radar-overlay')).toBeNull();
    title.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await settle();
    expect(document.querySelector('paper-radar-overlay')).toBeNull();
  });
});

describe('notices, settings and toggles', () => {
  it('a library notice flips the saved state at once, then asks for the rest', async () => {
    const { ids, bg, app } = start(LISTING, { setup: someMatchedAndSaved });
    await settle();
    bg.saved.add(ids[5]!);
    bg.saved.delete(ids[1]!);
    app.onNotice({ type: 'library/changed', ids: [ids[5]!], saved: true });
    app.onNotice({ type: 'library/changed', ids: [ids[1]!], saved: false });
    expect(savedIds()).toEqual([ids[2], ids[5]]);
    expect(toggleIn(byId(ids[5]!)[0]!)!.getAttribute('aria-pressed')).toBe('true');
    expect(toggleIn(byId(ids[1]!)[0]!)!.getAttribute('aria-pressed')).toBe('false');
    await settle();
    expect(bg.calls('papers/annotate').slice(1).flatMap((r) => r.ids)).toEqual([ids[5], ids[1]]);
    expect(savedIds()).toEqual([ids[2], ids[5]]);
  });

  it('a rules notice asks for every paper again and shows the new matches', async () => {
    const { ids, bg, app } = start(LISTING, { setup: someMatchedAndSaved });
    await settle();
    bg.labels.clear();
    bg.labels.set(ids[10]!, ['diffusion']);
    app.onNotice({ type: 'rules/changed' });
    await settle();
    expect(bg.calls('papers/annotate')).toHaveLength(2);
    expect(new Set(bg.calls('papers/annotate')[1]!.ids)).toEqual(new Set(ids));
    expect(matched()).toEqual([[ids[10], 'diffusion']]);
    expect(chipsIn(byId(ids[0]!)[0]!)).toEqual([]);
    expect(chipsIn(byId(ids[10]!)[0]!)).toEqual(['diffusion']);
  });

  it('highlighting switched off removes the match attributes and chips, not the saved state or toggles', async () => {
    const { ids, app, settings } = start(LISTING, { setup: someMatchedAndSaved });
    await settle();
    app.onSettings({ ...settings, highlight: false });
    expect(matched()).toEqual([]);
    expect(chipsIn(byId(ids[0]!)[0]!)).toEqual([]);
    expect((byId(ids[0]!)[0] as HTMLElement).style.getPropertyValue('--paper-radar-color')).toBe('');
    expect(savedIds()).toEqual([ids[1], ids[2]]);
    expect(toggleIn(byId(ids[0]!)[0]!)).not.toBeNull();
    app.onSettings({ ...settings, highlight: true });
    expect(matched()).toEqual([
      [ids[0], 'Hessians,LLM'],
      [ids[2], 'LLM'],
    ]);
  });

  it('save buttons switched off remove the toggles', async () => {
    const { ids, app, settings } = start(LISTING, { setup: someMatchedAndSaved });
    await settle();
    app.onSettings({ ...settings, saveButtons: false });
    // Chips stay, on the dt of the two matched papers (an entry shows them once).
    expect(document.querySelectorAll('paper-radar-chips')).toHaveLength(2);
    expect(toggleIn(byId(ids[0]!)[0]!)).toBeNull();
    expect(chipsIn(byId(ids[0]!)[0]!)).toEqual(['Hessians', 'LLM']);
  });

  it('a toggle click saves at once and tells the background', async () => {
    const { ids, bg } = start(LISTING, { setup: someMatchedAndSaved });
    await settle();
    const card = byId(ids[0]!)[0]!;
    toggleIn(card)!.click();
    expect(card.hasAttribute('data-paper-radar-saved')).toBe(true);
    expect(toggleIn(card)!.getAttribute('aria-pressed')).toBe('true');
    await settle();
    expect(bg.calls('library/save')).toEqual([{ type: 'library/save', id: ids[0] }]);
    toggleIn(card)!.click();
    await settle();
    expect(bg.calls('library/remove')).toEqual([{ type: 'library/remove', ids: [ids[0]] }]);
    expect(card.hasAttribute('data-paper-radar-saved')).toBe(false);
  });

  it('a refused save is undone', async () => {
    const { ids, bg } = start(LISTING, { setup: someMatchedAndSaved });
    await settle();
    const original = bg.send.getMockImplementation()!;
    bg.send.mockImplementation(async (req) => (req.type === 'library/save' ? { ok: false, error: 'disk full' } : original(req)));
    const card = byId(ids[0]!)[0]!;
    toggleIn(card)!.click();
    expect(card.hasAttribute('data-paper-radar-saved')).toBe(true);
    await settle();
    expect(card.hasAttribute('data-paper-radar-saved')).toBe(false);
    expect(toggleIn(card)!.getAttribute('aria-pressed')).toBe('false');
  });

});

describe('other surfaces', () => {
  it('an arXiv listing: both the dt and its dd carry the attributes; the toggle sits on the dt', async () => {
    const { ids } = start(LISTING, { setup: someMatchedAndSaved });
    await settle();
    expect(expectationProblems(document)).toEqual([]);
    expect(byId(ids[0]!).map((el) => [el.localName, el.getAttribute('data-paper-radar-match')])).toEqual([
      ['dt', 'Hessians,LLM'],
      ['dd', 'Hessians,LLM'],
    ]);
    expect(byId(ids[1]!).every((el) => el.hasAttribute('data-paper-radar-saved'))).toBe(true);
    const [dt, dd] = byId(ids[0]!);
    expect(toggleIn(dt!)).not.toBeNull();
    expect(toggleIn(dd!)).toBeNull();
  });

  it('an arXiv listing whose answer has not come: save toggles all the same, none on a plain link', async () => {
    const { ids, bg } = start(LISTING);
    bg.send.mockImplementation(() => new Promise(() => {}));
    await settle();
    const [dt] = byId(ids[0]!);
    expect(toggleIn(dt!)?.getAttribute('aria-pressed')).toBe('false');
    expect(document.querySelectorAll('[data-paper-radar-match], [data-paper-radar-saved]')).toHaveLength(0);
  });

  it('a blog: links and mentions get chips after them and no toggle', async () => {
    const { ids } = start('blog/links-all-forms.html', { setup: someMatchedAndSaved });
    await settle();
    expect(expectationProblems(document)).toEqual([]);
    const links = byId(ids[0]!);
    expect(links.length).toBeGreaterThan(0);
    for (const el of links) {
      expect(el.getAttribute('data-paper-radar-match')).toBe('Hessians,LLM');
      expect(el.nextElementSibling!.localName).toBe('paper-radar-chips');
      expect(chipsIn(el)).toEqual(['Hessians', 'LLM']);
      expect(rootOf(el.nextElementSibling!).querySelector('button')).toBeNull();
    }
    // Unmatched links get nothing next to them.
    expect(document.querySelectorAll('paper-radar-chips')).toHaveLength(byId(ids[0]!).length + byId(ids[2]!).length);
  });
});

describe('pages where nothing should happen', () => {
  it('a disabled site: no marks, no messages, no UI', async () => {
    const { bg, loadUi } = start(LISTING, { setup: someMatchedAndSaved, settings: { disabledSites: ['arxiv.org'] } });
    await settle();
    expect(document.querySelector('[data-paper-radar-id]')).toBeNull();
    expect(document.querySelector('paper-radar-chips, style[data-paper-radar]')).toBeNull();
    expect(bg.send).not.toHaveBeenCalled();
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('a site switched off while open: highlights, saved marks, chips and toggles go at once', async () => {
    const { app, settings, bg } = start(LISTING, { setup: someMatchedAndSaved });
    await settle();
    app.onSettings({ ...settings, disabledSites: ['arxiv.org'] });
    expect(matched()).toEqual([]);
    expect(savedIds()).toEqual([]);
    expect(document.querySelector('paper-radar-chips')).toBeNull();
    const before = bg.send.mock.calls.length;
    app.onNotice({ type: 'rules/changed' });
    await settle();
    expect(bg.send.mock.calls.length).toBe(before);
  });

  it('plain paper links that match nothing load no UI until one is pointed at, which it then answers', async () => {
    const point = vi.fn();
    const { loadUi } = start('blog/links-all-forms.html', {
      loadUi: async () => (deps) => ({ ...createPaperUi(deps), point }),
    });
    await settle();
    expect(document.querySelectorAll('[data-paper-radar-id]').length).toBeGreaterThan(10);
    expect(loadUi).not.toHaveBeenCalled();
    const link = document.querySelector('a[data-paper-radar-id]')!;
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle();
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(point).toHaveBeenCalledWith(link);
  });

  it('plain paper links cost their id attribute only: match and saved state are neither read nor written', async () => {
    const touched: string[] = [];
    const names = new Set(['data-paper-radar-match', 'data-paper-radar-saved']);
    for (const method of ['getAttribute', 'hasAttribute', 'setAttribute', 'removeAttribute'] as const) {
      const real = Element.prototype[method] as (this: Element, ...args: unknown[]) => unknown;
      vi.spyOn(Element.prototype, method).mockImplementation(function (this: Element, ...args: unknown[]) {
        if (names.has(args[0] as string)) touched.push(`${method} ${String(args[0])}`);
        return real.apply(this, args);
      } as never);
    }
    start('blog/links-all-forms.html');
    await settle();
    expect(document.querySelectorAll('[data-paper-radar-id]').length).toBeGreaterThan(10);
    expect(touched).toEqual([]);
  });

  it('a page without papers loads no UI and sends nothing', async () => {
    const { bg, loadUi } = start('blog/no-papers.html');
    const html = document.body.innerHTML;
    await settle();
    expect(loadUi).not.toHaveBeenCalled();
    expect(bg.send).not.toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('a UI that fails to load', () => {
  it.each([
    ['rejects', () => Promise.reject(new Error('chunk blocked by the page CSP'))],
    ['throws', () => { throw new Error('no runtime'); }],
    ['gives a factory that throws', async () => (() => { throw new Error('broken'); }) as unknown as typeof createPaperUi],
  ])('when loadUi %s, the attributes are still right', async (_, loadUi) => {
    const { ids, loadUi: spy } = start(LISTING, { setup: someMatchedAndSaved, loadUi: loadUi as () => Promise<typeof createPaperUi> });
    await settle();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(expectationProblems(document)).toEqual([]);
    expect(matched()).toEqual([
      [ids[0], 'Hessians,LLM'],
      [ids[2], 'LLM'],
    ]);
    expect(savedIds()).toEqual([ids[1], ids[2]]);
    expect(document.querySelector('paper-radar-chips')).toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
