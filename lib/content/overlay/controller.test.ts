// @vitest-environment happy-dom
import type { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { sendMessage } from '../../messaging/send';
import type { Paper, PaperMark } from '../../messaging/types';
import { createOverlay, triggerOf } from './controller';

const ID = '1706.03762';
const DELAY = 350;
const CLOSE_GRACE = 300;

const paper = (extra: Partial<Paper> = {}): Paper => ({
  id: ID,
  version: 7,
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer'],
  abstract: 'The dominant sequence transduction models are based on complex recurrent networks.',
  categories: ['cs.CL'],
  fetchedAt: { arxiv: 1 },
  ...extra,
});

type Req = { type: string; [k: string]: unknown };
type Reply = Record<string, unknown>;

/** A background stand-in: answers by message type; `hold` keeps the next answers of a type until released. */
function fakeBackground(answers: Record<string, (req: Req) => Reply>) {
  const held = new Map<string, ((r: Reply) => void)[]>();
  const holding = new Set<string>();
  const send = vi.fn(async (req: Req) => {
    if (holding.has(req.type)) return new Promise<Reply>((resolve) => held.set(req.type, [...(held.get(req.type) ?? []), resolve]));
    const answer = answers[req.type];
    if (!answer) throw new Error(`unexpected ${req.type}`);
    return answer(req);
  });
  return {
    send,
    answers,
    hold: (type: string) => holding.add(type),
    /** Answers the oldest held request of `type`. */
    release(type: string, reply: Reply) {
      const queue = held.get(type) ?? [];
      const next = queue.shift();
      if (!next) throw new Error(`no held ${type}`);
      next(reply);
    },
    calls: (type?: string) => send.mock.calls.map(([r]) => r).filter((r) => !type || r.type === type),
  };
}

let overlay: ReturnType<typeof createOverlay> | undefined;
const pageListeners: [string, EventListener, boolean][] = [];
const listen = (type: string, fn: EventListener, capture = false) => {
  document.addEventListener(type, fn, capture);
  pageListeners.push([type, fn, capture]);
};

beforeEach(() => {
  vi.useFakeTimers();
  (window as unknown as HappyWindow).happyDOM.setURL('https://huggingface.co/papers');
});
afterEach(() => {
  overlay?.stop();
  overlay = undefined;
  for (const [type, fn, capture] of pageListeners.splice(0)) document.removeEventListener(type, fn, capture);
  document.body.replaceChildren();
  vi.useRealTimers();
});

const PAGE = `
  <p>See <a id="link" href="https://arxiv.org/abs/${ID}v2" data-paper-radar-id="${ID}">the <em>transformer</em> paper</a>
     and <span id="mention" data-paper-radar-id="2310.06825">arXiv:2310.06825</span>; also
     <a id="other" href="https://arxiv.org/abs/2401.00001" data-paper-radar-id="2401.00001">another</a>,
     <a id="unmarked" href="https://arxiv.org/abs/2401.00002">unmarked</a>.</p>
  <article id="card" data-paper-radar-id="2511.00001">
    <h3><a id="card-title" href="/papers/2511.00001">A card title</a></h3>
    <a id="card-user" href="/akhaliq">AK</a> <p id="card-text">submitted by</p>
    <a id="card-other" href="/papers/2511.09999">a related paper</a> <a id="card-comments" href="/papers/2511.00001#community">3</a>
  </article>
  <dl><dt data-paper-radar-id="2402.00001"><a id="dt-abs" href="https://arxiv.org/abs/2402.00001">arXiv:2402.00001</a></dt>
    <dd data-paper-radar-id="2402.00001"><div class="list-title" id="dd-title">Title: A listing title</div></dd></dl>
  <h1 id="h1" data-paper-radar-id="2310.06825">Mistral 7B <a id="h1-link" href="https://arxiv.org/abs/2310.06825">link</a></h1>
  <input id="page-input">`;

function setup(options: { marks?: Record<string, PaperMark>; answers?: Record<string, (req: Req) => Reply> } = {}) {
  document.body.innerHTML = PAGE;
  const shadow = vi.spyOn(Element.prototype, 'attachShadow');
  const bg = fakeBackground({
    // Nothing cached; the full answer knows each paper (ours by its real title).
    'papers/get': (req) => {
      const id = (req.ids as string[])[0]!;
      if (!req.arxiv) return { ok: true, papers: [], notFound: [], pending: [id] };
      return { ok: true, papers: [id === ID ? paper() : paper({ id, title: `Paper ${id}` })], notFound: [], pending: [] };
    },
    'library/save': (req) => ({ ok: true, saved: { id: req.id, savedAt: 1, tags: (req.tags as string[]) ?? [], paper: paper() } }),
    'library/update': (req) => ({ ok: true, saved: { id: req.id, savedAt: 1, tags: req.tags, paper: paper() } }),
    'library/remove': () => ({ ok: true, removed: [] }),
    'papers/bibtex': () => ({ ok: true, bibtex: '@misc{vaswani2017attention,\n  title={Attention Is All You Need}\n}', key: 'vaswani2017attention' }),
    ...options.answers,
  });
  const marks = options.marks ?? {};
  overlay = createOverlay({ send: bg.send as unknown as typeof sendMessage, marks: { get: (id) => marks[id] }, delayMs: () => DELAY });
  const el = (id: string) => document.getElementById(id)!;
  const host = () => document.querySelector('paper-radar-overlay') as HTMLElement | null;
  /** The closed shadow root, reached the way page scripts cannot: through our spy on attachShadow. */
  const root = () => {
    const i = shadow.mock.contexts.findIndex((c) => (c as Element).localName === 'paper-radar-overlay');
    return i < 0 ? null : (shadow.mock.results[i]!.value as ShadowRoot);
  };
  const card = () => root()?.querySelector('.card') as HTMLElement | null | undefined;
  const text = () => (card()?.textContent ?? '').replace(/\s+/g, ' ');
  const button = (label: RegExp) => [...(root()?.querySelectorAll('button') ?? [])].find((b) => label.test(b.textContent ?? ''))!;
  const hover = (target: Element) => target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  const leave = (from: Element, to: Element | null = document.body) =>
    from.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: to }));
  const key = (target: Element, k: string, extra: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...extra });
    target.dispatchEvent(e);
    return e;
  };
  /** Hovers `target` long enough to open the overlay, and lets both answers arrive. */
  const open = async (target: Element = el('link')) => {
    hover(target);
    await vi.advanceTimersByTimeAsync(DELAY);
  };
  return { bg, el, host, root, card, text, button, hover, leave, key, open };
}

describe('triggerOf', () => {
  it('a marked link: its paper and the version it links to', () => {
    const { el } = setup();
    expect(triggerOf(el('link'))).toEqual({ el: el('link'), id: ID, version: 2 });
    // Hovering text inside the link counts as the link.
    expect(triggerOf(el('link').querySelector('em'))).toEqual({ el: el('link'), id: ID, version: 2 });
  });

  it('a link inside a marked card: only when it points to the card\'s paper', () => {
    const { el } = setup();
    expect(triggerOf(el('card-title'))).toEqual({ el: el('card-title'), id: '2511.00001', version: null });
    expect(triggerOf(el('card-comments'))).toEqual({ el: el('card-comments'), id: '2511.00001', version: null });
    expect(triggerOf(el('card-user'))).toBeNull();
    expect(triggerOf(el('card-other'))).toBeNull();
  });

  it('a whole card is no trigger, nor its other text', () => {
    const { el } = setup();
    expect(triggerOf(el('card'))).toBeNull();
    expect(triggerOf(el('card-text'))).toBeNull();
  });

  it('our own chips and toggle inside a title are not the title', () => {
    const { el } = setup();
    const chips = document.createElement('paper-radar-chips');
    el('dd-title').append(chips);
    expect(triggerOf(chips)).toBeNull();
  });

  it("a listing entry's title is one", () => {
    const { el } = setup();
    expect(triggerOf(el('dd-title'))).toEqual({ el: el('dd-title'), id: '2402.00001', version: null });
    expect(triggerOf(el('dt-abs'))).toMatchObject({ el: el('dt-abs'), id: '2402.00001' });
  });

  it("a paper's own page title (h1) is not, nor a link inside it", () => {
    const { el } = setup();
    expect(triggerOf(el('h1'))).toBeNull();
    expect(triggerOf(el('h1-link'))).toBeNull();
  });

  it('a mention span is; unmarked links, text nodes and nothing are not', () => {
    const { el } = setup();
    expect(triggerOf(el('mention'))).toEqual({ el: el('mention'), id: '2310.06825', version: null });
    expect(triggerOf(el('unmarked'))).toBeNull();
    expect(triggerOf(el('link').firstChild)).toBeNull();
    expect(triggerOf(null)).toBeNull();
    expect(triggerOf(document.body)).toBeNull();
  });
});

describe('opening and closing', () => {
  it('opens on hover only after the intent delay, in a closed shadow root under <paper-radar-overlay>', async () => {
    const { el, host, root, hover, text } = setup();
    hover(el('link'));
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(host()).toBeNull();
    expect(overlay!.isOpen()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(overlay!.isOpen()).toBe(true);
    expect(host()!.parentNode).toBe(document.documentElement);
    // Closed: the page cannot reach inside.
    expect(host()!.shadowRoot).toBeNull();
    expect(root()!.mode).toBe('closed');
    expect([host()!.style.getPropertyValue('position'), host()!.style.getPropertyPriority('position')]).toEqual(['fixed', 'important']);
    expect(text()).toContain('Attention Is All You Need');
  });

  it('opens nothing when the pointer moves away before the delay', async () => {
    const { el, host, hover, leave, bg } = setup();
    hover(el('link'));
    await vi.advanceTimersByTimeAsync(DELAY / 2);
    leave(el('link'));
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    expect(host()).toBeNull();
    expect(bg.send).not.toHaveBeenCalled();
  });

  it('moving within the link does not restart the delay or close it', async () => {
    const { el, hover, leave } = setup();
    const em = el('link').querySelector('em')!;
    hover(el('link'));
    await vi.advanceTimersByTimeAsync(DELAY / 2);
    leave(el('link'), em);
    hover(em);
    await vi.advanceTimersByTimeAsync(DELAY / 2);
    expect(overlay!.isOpen()).toBe(true);
    leave(em, el('link'));
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE * 3);
    expect(overlay!.isOpen()).toBe(true);
  });

  it('hovering something that is no paper does nothing', async () => {
    const { el, hover, host } = setup();
    for (const id of ['card', 'card-user', 'h1', 'unmarked']) hover(el(id));
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(host()).toBeNull();
  });

  it('closes after a grace period when the pointer leaves, unless it reaches the card', async () => {
    const { el, host, leave, open } = setup();
    await open();
    leave(el('link'), host());
    host()!.dispatchEvent(new PointerEvent('pointerenter'));
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE * 3);
    expect(overlay!.isOpen()).toBe(true);
    host()!.dispatchEvent(new PointerEvent('pointerleave'));
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE - 1);
    expect(overlay!.isOpen()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(overlay!.isOpen()).toBe(false);
    expect(host()).toBeNull();
  });

  it('coming back to the link within the grace period keeps it open', async () => {
    const { el, leave, hover, open } = setup();
    await open();
    leave(el('link'));
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE / 2);
    hover(el('link'));
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE * 3);
    expect(overlay!.isOpen()).toBe(true);
  });

  it('hovering another paper switches to it', async () => {
    const { el, hover, open, text, bg } = setup();
    await open();
    hover(el('mention'));
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(bg.calls('papers/get').at(-1)).toMatchObject({ ids: ['2310.06825'] });
    expect(text()).toContain('Paper 2310.06825');
    expect(text()).not.toContain('Attention Is All You Need');
    expect(document.querySelectorAll('paper-radar-overlay')).toHaveLength(1);
  });

  it('Escape closes it', async () => {
    const { el, host, key, open } = setup();
    await open();
    key(el('link'), 'Escape');
    expect(overlay!.isOpen()).toBe(false);
    expect(host()).toBeNull();
  });

  it('opens on keyboard focus too; Tab moves into the card; Escape inside returns focus to the link', async () => {
    const { el, root, key, host } = setup();
    el('link').focus();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(overlay!.isOpen()).toBe(true);
    const tab = key(el('link'), 'Tab');
    expect(tab.defaultPrevented).toBe(true);
    const first = root()!.activeElement!;
    expect(first).not.toBeNull();
    expect(root()!.querySelector('button,input,a')).toBe(first);
    key(first, 'Escape');
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(el('link'));
    // Focus came back to the link: that does not reopen the card.
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(overlay!.isOpen()).toBe(false);
  });

  it.each([
    ['Tab past the last control', -1, false],
    ['Shift+Tab before the first', 0, true],
  ] as const)('%s leaves the card for the link', async (_, at, shiftKey) => {
    const { el, root, key } = setup();
    el('link').focus();
    await vi.advanceTimersByTimeAsync(DELAY);
    key(el('link'), 'Tab');
    const control = [...root()!.querySelectorAll<HTMLElement>('button,input,a')].at(at)!;
    control.focus();
    const out = key(control, 'Tab', { shiftKey });
    expect(out.defaultPrevented).toBe(true);
    expect(overlay!.isOpen()).toBe(false);
    expect(document.activeElement).toBe(el('link'));
  });

  it('Tab inside the card moves between its controls', async () => {
    const { el, root, key } = setup();
    el('link').focus();
    await vi.advanceTimersByTimeAsync(DELAY);
    key(el('link'), 'Tab');
    const out = key(root()!.activeElement!, 'Tab');
    expect(out.defaultPrevented).toBe(false);
    expect(overlay!.isOpen()).toBe(true);
  });

  it('a page scroll closes it, unless focus is inside the card', async () => {
    const { el, key, open } = setup();
    await open();
    document.dispatchEvent(new Event('scroll'));
    expect(overlay!.isOpen()).toBe(false);
    el('link').focus();
    await vi.advanceTimersByTimeAsync(DELAY);
    key(el('link'), 'Tab');
    document.dispatchEvent(new Event('scroll'));
    expect(overlay!.isOpen()).toBe(true);
  });

  it('stop() removes it and its listeners', async () => {
    const { el, hover, host, open } = setup();
    await open();
    overlay!.stop();
    expect(host()).toBeNull();
    hover(el('link'));
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(host()).toBeNull();
  });
});

describe('keystroke isolation', () => {
  it("keys typed inside the card do not reach the page's listeners", async () => {
    const { el, root, key, open } = setup();
    const page = vi.fn();
    listen('keydown', page);
    listen('keyup', page);
    listen('keypress', page);
    listen('input', page);
    await open();
    const input = root()!.querySelector('input')!;
    key(input, 'g');
    key(input, '?', { shiftKey: true });
    for (const type of ['keyup', 'keypress']) input.dispatchEvent(new KeyboardEvent(type, { key: 'g', bubbles: true, composed: true }));
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(page).not.toHaveBeenCalled();
    expect(overlay!.isOpen()).toBe(true);
    // The same key elsewhere on the page does reach it.
    key(el('page-input'), 'g');
    expect(page).toHaveBeenCalledTimes(1);
  });
});

describe('states', () => {
  it('loading → shows the cached paper from the quick answer → ready after the full one', async () => {
    const { bg, text, root, open } = setup();
    bg.hold('papers/get');
    await open();
    expect(text()).toContain(`arXiv:${ID}`);
    expect(text()).toContain('Loading…');
    bg.release('papers/get', { ok: true, papers: [paper({ title: 'Cached title', abstract: 'Cached.' })], notFound: [], pending: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(text()).toContain('Cached title');
    expect(text()).toContain('Loading details…');
    bg.release('papers/get', { ok: true, papers: [paper({ aiSummary: 'Transformers only.', upvotes: 120 })], notFound: [], pending: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(text()).toContain('Attention Is All You Need');
    expect(text()).toContain('AI summary: Transformers only.');
    expect(root()!.querySelector('[role=status]')).toBeNull();
    expect(bg.calls('papers/get')).toEqual([
      { type: 'papers/get', ids: [ID] },
      { type: 'papers/get', ids: [ID], extras: true, arxiv: true },
    ]);
  });

  it('not found: says arXiv does not know the paper', async () => {
    const { text, open } = setup({ answers: { 'papers/get': () => ({ ok: true, papers: [], notFound: [ID], pending: [] }) } });
    await open();
    expect(text()).toContain('arXiv does not know this paper.');
  });

  it('the background failing: an error with its reason', async () => {
    const { text, open } = setup({ answers: { 'papers/get': () => ({ ok: false, error: 'no answer from the background' }) } });
    await open();
    expect(text()).toContain('Could not load this paper. (no answer from the background)');
  });

  it('offline and not cached: says so', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { text, open } = setup({ answers: { 'papers/get': () => ({ ok: false, error: 'network error' }) } });
    await open();
    expect(text()).toContain('You are offline and this paper is not cached yet.');
  });

  it('offline with a cached paper: shows the cached paper', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    let n = 0;
    const { text, open, root } = setup({
      answers: { 'papers/get': () => (n++ === 0 ? { ok: true, papers: [paper({ title: 'Cached title' })], notFound: [], pending: [] } : { ok: false, error: 'network error' }) },
    });
    await open();
    expect(text()).toContain('Cached title');
    expect(root()!.querySelector('[role=status]')).toBeNull();
  });

  it('an answer for a paper no longer shown is dropped', async () => {
    const { bg, el, hover, text, open } = setup();
    bg.hold('papers/get');
    await open();
    hover(el('mention'));
    await vi.advanceTimersByTimeAsync(DELAY);
    bg.release('papers/get', { ok: true, papers: [paper()], notFound: [], pending: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(text()).not.toContain('Attention Is All You Need');
    expect(text()).toContain('arXiv:2310.06825');
  });

  it('shows the page mark: chips and saved state', async () => {
    const { root, button, open } = setup({ marks: { [ID]: { id: ID, labels: ['attention', 'NLP'], color: '#e11d48', saved: true, tags: ['to-read'], known: true } } });
    await open();
    expect([...root()!.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['attention', 'NLP']);
    expect(button(/Saved/).getAttribute('aria-pressed')).toBe('true');
    expect(root()!.querySelector('input')!.value).toBe('to-read');
  });
});

describe('actions', () => {
  it("an open card follows its paper's mark: saved in another tab, a rule edited", async () => {
    const { button, text, open } = setup();
    await open();
    overlay!.refresh({ id: '2401.00001', labels: ['Other'], saved: true, tags: [] });
    expect(button(/Save$/).getAttribute('aria-pressed')).toBe('false');
    overlay!.refresh({ id: ID, labels: ['Transformers'], color: '#0a0', saved: true, tags: ['reading'] });
    expect(button(/Saved/).getAttribute('aria-pressed')).toBe('true');
    expect(text()).toContain('Transformers');
  });

  it('the Save toggle saves, then removes', async () => {
    const { bg, button, open } = setup();
    await open();
    button(/Save$/).click();
    expect(button(/Saved/).getAttribute('aria-pressed')).toBe('true');
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls('library/save')).toEqual([{ type: 'library/save', id: ID }]);
    button(/Saved/).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls('library/remove')).toEqual([{ type: 'library/remove', ids: [ID] }]);
    expect(button(/Save$/).getAttribute('aria-pressed')).toBe('false');
  });

  it('a failed save is undone and explained', async () => {
    const { button, text, open } = setup({ answers: { 'library/save': () => ({ ok: false, error: 'disk full' }) } });
    await open();
    button(/Save$/).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(button(/Save$/).getAttribute('aria-pressed')).toBe('false');
    expect(text()).toContain('Not saved: disk full');
  });

  it('Enter in the tags field saves the paper with those tags, then updates them', async () => {
    const { bg, root, key, text, open } = setup();
    await open();
    const input = () => root()!.querySelector('input')!;
    input().value = ' to-read, transformers ,';
    key(input(), 'Enter');
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls('library/save')).toEqual([{ type: 'library/save', id: ID, tags: ['to-read', 'transformers'] }]);
    expect(text()).toContain('Saved.');
    expect(input().value).toBe('to-read, transformers');
    input().value = 'nlp';
    key(input(), 'Enter');
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls('library/update')).toEqual([{ type: 'library/update', id: ID, tags: ['nlp'] }]);
  });

  it('Copy BibTeX writes it to the clipboard', async () => {
    const writeText = vi.fn(async (_: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const { bg, button, text, open } = setup();
    await open();
    button(/Copy BibTeX/).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls('papers/bibtex')).toEqual([{ type: 'papers/bibtex', id: ID }]);
    expect(writeText).toHaveBeenCalledWith('@misc{vaswani2017attention,\n  title={Attention Is All You Need}\n}');
    expect(text()).toContain('Copied BibTeX (vaswani2017attention).');
  });

  it('Copy BibTeX explains a refused clipboard or a failed lookup', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: () => Promise.reject(new Error('denied')) } as unknown as Clipboard);
    let fail = false;
    const { button, text, open } = setup({
      answers: { 'papers/bibtex': () => (fail ? { ok: false, error: 'arXiv is unreachable' } : { ok: true, bibtex: '@misc{x}', key: 'x' }) },
    });
    await open();
    button(/Copy BibTeX/).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(text()).toContain('The page does not allow copying; use the popup.');
    fail = true;
    button(/Copy BibTeX/).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(text()).toContain('arXiv is unreachable');
  });
});
