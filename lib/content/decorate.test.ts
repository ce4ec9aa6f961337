// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Detection, Surface } from '../detect/types';
import type { PaperMark } from '../messaging/types';
import { decorate, undecorate } from './decorate';
import { wantsToggle } from './surfaces';

const ID = '1706.03762';

const PAGE = `
  <a id="wrap" href="https://example.com/elsewhere"><article id="card"><h3>Card title</h3><p>text</p></article></a>
  <ol><li id="result"><p class="list-title"><a href="https://arxiv.org/abs/${ID}">arXiv:${ID}</a></p><p class="title">Title</p></li></ol>
  <dl><dt id="dt"><a href="/abs/${ID}">arXiv:${ID}</a></dt><dd id="dd"><div class="list-title">Title</div></dd></dl>
  <h1 id="h1">Attention Is All You Need</h1><p id="after-h1">next</p>
  <p>See <a id="link" href="https://arxiv.org/abs/${ID}">the paper</a> and <span id="mention">arXiv:${ID}</span> here.</p>`;

const where: Record<string, Surface> = {
  card: 'hf-card',
  result: 'arxiv-search',
  dt: 'arxiv-listing',
  dd: 'arxiv-listing',
  h1: 'arxiv-abs',
  link: 'link',
  mention: 'mention',
};

let shadow: MockInstance<Element['attachShadow']>;
beforeEach(() => {
  document.body.innerHTML = PAGE;
  shadow = vi.spyOn(Element.prototype, 'attachShadow');
});
afterEach(() => {
  for (const id of Object.keys(where)) undecorate(document.getElementById(id)!);
});

const det = (id: keyof typeof where, surface: Surface = where[id]!): Detection => ({ element: document.getElementById(id)!, id: ID, version: null, surface });
const mark = (extra: Partial<PaperMark> = {}): PaperMark => ({ id: ID, labels: [], saved: false, tags: [], known: true, ...extra });
const hosts = () => [...document.querySelectorAll('paper-radar-chips')] as HTMLElement[];
/** A chips host's closed shadow root, reached through the spy on attachShadow (pages cannot). */
const rootOf = (host: Element) => shadow.mock.results[shadow.mock.contexts.indexOf(host)]!.value as ShadowRoot;
const chipsOf = (host: Element) => [...rootOf(host).querySelectorAll('span')];
const toggleOf = (host: Element) => rootOf(host).querySelector('button');

function deco(id: keyof typeof where, labels: string[], m: PaperMark | undefined = mark({ labels }), toggles = true) {
  const onToggle = vi.fn();
  const d = det(id);
  decorate(d, m, labels, { toggles, onToggle });
  return { d, onToggle };
}

describe('which elements get a save toggle', () => {
  it('cards, listing entries (the dt), search results and paper titles do; links, mentions and dd do not', () => {
    for (const id of ['card', 'result', 'dt', 'h1'] as const) expect(wantsToggle(det(id)), id).toBe(true);
    expect(wantsToggle(det('h1', 'hf-paper'))).toBe(true);
    for (const id of ['link', 'mention', 'dd'] as const) expect(wantsToggle(det(id)), id).toBe(false);
  });

  it('without labels, only elements that take a toggle get a host, and it holds just the toggle', () => {
    for (const id of Object.keys(where) as (keyof typeof where)[]) deco(id, []);
    const decorated = hosts().map((h) => h.closest('[id]')?.id ?? h.previousElementSibling?.id);
    expect(decorated.sort()).toEqual(['card', 'dt', 'h1', 'result'].sort());
    for (const h of hosts()) {
      expect(chipsOf(h)).toEqual([]);
      expect(toggleOf(h)!.textContent).toBe('☆ Save');
    }
  });

  it('with toggles off (setting, or a disabled site), an unmatched card gets nothing', () => {
    deco('card', [], mark(), false);
    expect(hosts()).toEqual([]);
    deco('card', ['Hessians'], mark({ labels: ['Hessians'] }), false);
    expect(toggleOf(hosts()[0]!)).toBeNull();
    expect(chipsOf(hosts()[0]!).map((s) => s.textContent)).toEqual(['Hessians']);
  });
});

describe('chips', () => {
  it('show the labels in rule order, in the rule colour, next to links and mentions', () => {
    deco('link', ['attention', 'NLP'], mark({ labels: ['attention', 'NLP'], color: '#e11d48' }));
    deco('mention', ['attention'], mark({ labels: ['attention'] }));
    const [onLink, onMention] = hosts();
    expect(chipsOf(onLink!).map((s) => s.textContent)).toEqual(['attention', 'NLP']);
    expect(chipsOf(onLink!).every((s) => s.getAttribute('style') === '--c:#e11d48')).toBe(true);
    expect(chipsOf(onMention!)[0]!.hasAttribute('style')).toBe(false);
    expect(toggleOf(onLink!)).toBeNull();
  });

  it('are text only, whatever the label says', () => {
    const evil = '<img src=x onerror=alert(1)>';
    deco('link', [evil]);
    const root = rootOf(hosts()[0]!);
    expect(root.querySelector('img')).toBeNull();
    expect(chipsOf(hosts()[0]!)[0]!.textContent).toBe(evil);
  });

  it('are replaced when the labels change, in the same host; they go with the last label', () => {
    deco('card', ['a', 'b']);
    deco('card', ['c']);
    expect(hosts()).toHaveLength(1);
    expect(chipsOf(hosts()[0]!).map((s) => s.textContent)).toEqual(['c']);
    deco('link', ['x']);
    expect(hosts()).toHaveLength(2);
    deco('link', []);
    expect(hosts()).toHaveLength(1);
    deco('link', ['y']);
    expect(chipsOf(document.getElementById('link')!.nextElementSibling!).map((s) => s.textContent)).toEqual(['y']);
  });
});

describe('placement per surface', () => {
  it('Hugging Face card and arXiv listing entries: at the end of the element; a listing entry once, on its dt', () => {
    deco('card', []);
    deco('dt', ['x']);
    deco('dd', ['x']);
    for (const id of ['card', 'dt']) expect(document.getElementById(id)!.lastElementChild!.localName, id).toBe('paper-radar-chips');
    expect(document.querySelector('#dd paper-radar-chips')).toBeNull();
  });

  it('arXiv search result: inside its p.list-title line', () => {
    deco('result', []);
    expect(hosts()[0]!.parentElement).toBe(document.querySelector('#result p.list-title'));
  });

  it('headings, links and mentions: right after the element, their own text untouched', () => {
    deco('h1', ['x']);
    deco('link', ['x']);
    deco('mention', ['x']);
    for (const id of ['h1', 'link', 'mention']) {
      const el = document.getElementById(id)!;
      expect(el.nextElementSibling!.localName, id).toBe('paper-radar-chips');
      expect(el.querySelector('paper-radar-chips')).toBeNull();
    }
    expect(document.getElementById('h1')!.textContent).toBe('Attention Is All You Need');
  });

  it('hosts carry inline !important styles the page cannot override', () => {
    deco('card', []);
    const h = hosts()[0]!;
    expect(h.style.getPropertyPriority('display')).toBe('important');
    expect(h.shadowRoot).toBeNull();
  });
});

describe('the save toggle', () => {
  it('shows the saved state and reports clicks with the state it showed', () => {
    const first = deco('card', [], mark({ saved: false }));
    toggleOf(hosts()[0]!)!.click();
    expect(first.onToggle).toHaveBeenCalledWith(ID, false);
    const second = deco('card', [], mark({ saved: true }));
    const button = toggleOf(hosts()[0]!)!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toBe('★ Saved');
    expect(button.getAttribute('aria-label')).toBe('Saved to Paper Radar; click to remove');
    button.click();
    expect(second.onToggle).toHaveBeenCalledWith(ID, true);
    expect(first.onToggle).toHaveBeenCalledTimes(1);
  });

  it('a click neither reaches page listeners nor follows the link around the card', () => {
    const page = vi.fn();
    const onLink = vi.fn();
    document.addEventListener('click', page);
    document.getElementById('wrap')!.addEventListener('click', onLink);
    try {
      const { onToggle } = deco('card', []);
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      toggleOf(hosts()[0]!)!.dispatchEvent(click);
      expect(onToggle).toHaveBeenCalledTimes(1);
      expect(click.defaultPrevented).toBe(true);
      expect(page).not.toHaveBeenCalled();
      expect(onLink).not.toHaveBeenCalled();
      expect(location.href).not.toContain('example.com');
    } finally {
      document.removeEventListener('click', page);
    }
  });

  it("keys pressed on it do not reach the page's shortcuts", () => {
    const page = vi.fn();
    document.addEventListener('keydown', page);
    try {
      deco('card', []);
      toggleOf(hosts()[0]!)!.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true }));
      expect(page).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', page);
    }
  });
});

describe('undecorate', () => {
  it('removes the host; decorating again starts afresh', () => {
    deco('card', ['x']);
    deco('link', ['x']);
    undecorate(document.getElementById('card')!);
    expect(document.querySelector('#card paper-radar-chips')).toBeNull();
    expect(hosts()).toHaveLength(1);
    deco('card', ['y']);
    expect(chipsOf(document.querySelector('#card paper-radar-chips')!).map((s) => s.textContent)).toEqual(['y']);
  });
});
