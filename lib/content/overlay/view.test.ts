// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Paper } from '../../messaging/types';
import { overlayCard, type OverlayActions, type OverlayState } from './view';

const paper = (extra: Partial<Paper> = {}): Paper => ({
  id: '1706.03762',
  version: 7,
  title: 'Attention Is All\n  You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones'],
  abstract: 'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.',
  categories: ['cs.CL', 'cs.LG'],
  primaryCategory: 'cs.CL',
  published: '2017-06-12T17:57:34Z',
  updated: '2023-08-02T00:41:18Z',
  fetchedAt: { arxiv: 1 },
  ...extra,
});

const state = (extra: Partial<OverlayState> = {}): OverlayState => ({
  id: '1706.03762',
  version: null,
  status: 'ready',
  paper: paper(),
  labels: [],
  saved: false,
  tags: [],
  ...extra,
});

function render(s: OverlayState) {
  const act = { toggleSave: vi.fn(), saveTags: vi.fn(), copyBibtex: vi.fn(), expand: vi.fn() } satisfies OverlayActions;
  const card = overlayCard(s, act);
  document.body.replaceChildren(card);
  const text = (card.textContent ?? '').replace(/\s+/g, ' ');
  const button = (label: RegExp) => [...card.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''));
  const links = Object.fromEntries([...card.querySelectorAll('a')].map((a) => [a.textContent, a]));
  return { card, act, text, button, links };
}

describe('overlay card states', () => {
  it('loading without a paper: the id as title and "Loading…"', () => {
    const { card, text } = render(state({ status: 'loading', paper: undefined }));
    expect(card.querySelector('h2')!.textContent).toBe('arXiv:1706.03762');
    expect(card.querySelector('[role=status]')!.textContent).toBe('Loading…');
    expect(card.getAttribute('aria-label')).toBe('Paper 1706.03762');
    expect(text).not.toContain('Authors unknown');
  });

  it('loading with a cached paper: shows it, and says details are coming', () => {
    const { card, text } = render(state({ status: 'loading' }));
    expect(card.querySelector('h2')!.textContent).toBe('Attention Is All You Need');
    expect(text).toContain('Ashish Vaswani, Noam Shazeer, Niki Parmar et al. (5 authors)');
    expect(card.querySelector('[role=status]')!.textContent).toBe('Loading details…');
  });

  it('ready: title, authors, dates, version, category, summary; no status line', () => {
    const { card, text } = render(state({ version: 1 }));
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Paper: Attention Is All\n  You Need');
    expect(text).toContain('Submitted 12 Jun 2017 · updated 2 Aug 2023 · This link: v1 · latest: v7 · cs.CL');
    expect(card.querySelector('.sum .kind')!.textContent).toBe('Abstract:');
    expect(card.querySelector('.sum')!.textContent).toBe(`Abstract: ${paper().abstract}`);
    expect(card.querySelector('[role=status]')).toBeNull();
    expect(text).not.toMatch(/Loading/);
  });

  it('ready with Hugging Face extras: AI summary, upvotes and stars, journal reference', () => {
    const { text, card } = render(state({ paper: paper({ aiSummary: 'Transformers.', upvotes: 1234, githubStars: 15_600, journalRef: 'NeurIPS 2017', doi: '10.5555/x' }) }));
    expect(card.querySelector('.sum')!.textContent).toBe('AI summary: Transformers.');
    expect(text).not.toContain('The dominant sequence');
    expect(text).toContain('▲ 1.2k upvotes · ★ 16k stars');
    expect(text).toContain('Published in NeurIPS 2017 · DOI 10.5555/x');
  });

  it.each([
    ['not-found', 'arXiv does not know this paper.'],
    ['offline', 'You are offline and this paper is not cached yet.'],
    ['error', 'Could not load this paper.'],
  ] as const)('%s: says so in plain text', (status, words) => {
    const { card } = render(state({ status, paper: undefined, error: status === 'error' ? 'HTTP 503' : undefined }));
    const line = card.querySelector('[role=status]')!;
    expect(line.textContent).toBe(status === 'error' ? `${words} (HTTP 503)` : words);
    // Still useful: the links to the paper are there.
    expect(card.querySelector('a[href="https://arxiv.org/abs/1706.03762"]')).not.toBeNull();
  });
});

describe('remote text is only ever text', () => {
  const hostile = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '<a href="javascript:alert(3)">x</a>'];

  it.each(hostile)('%s in the title, authors and abstract', (evil) => {
    const { card } = render(state({ paper: paper({ title: `T ${evil}`, authors: [evil, 'B'], abstract: `A ${evil}`, journalRef: evil }), labels: [evil], tags: [evil] }));
    expect(card.querySelectorAll('img, script, iframe, svg').length).toBe(0);
    expect([...card.querySelectorAll('a')].every((a) => a.getAttribute('href')!.startsWith('https://'))).toBe(true);
    expect(card.querySelector('h2')!.textContent).toBe(`T ${evil}`);
    expect(card.textContent).toContain(`${evil}, B`);
    expect(card.textContent).toContain(`A ${evil}`);
    expect(card.querySelector('input')!.value).toBe(evil);
  });

  it('in an AI summary and an error message', () => {
    const { card } = render(state({ paper: paper({ aiSummary: hostile.join(' ') }) }));
    expect(card.querySelectorAll('img, script').length).toBe(0);
    expect(card.textContent).toContain(hostile.join(' '));
    const failed = render(state({ status: 'error', paper: undefined, error: hostile[0] })).card;
    expect(failed.querySelectorAll('img').length).toBe(0);
    expect(failed.textContent).toContain(hostile[0]);
  });
});

describe('overlay card controls', () => {
  it('shows matched rules as chips in rule order, in the rule colour', () => {
    const { card } = render(state({ labels: ['Hessians', 'attention'], color: '#e11d48' }));
    const chips = [...card.querySelectorAll('.chip')];
    expect(chips.map((c) => c.textContent)).toEqual(['Hessians', 'attention']);
    expect(chips.every((c) => c.getAttribute('style') === '--c:#e11d48')).toBe(true);
    expect(render(state({ labels: ['x'] })).card.querySelector('.chip')!.hasAttribute('style')).toBe(false);
    expect(render(state()).card.querySelector('.chip')).toBeNull();
  });

  it('Save is a toggle button with aria-pressed', () => {
    const off = render(state({ saved: false }));
    const save = off.button(/Save$/)!;
    expect(save.getAttribute('aria-pressed')).toBe('false');
    save.click();
    expect(off.act.toggleSave).toHaveBeenCalledTimes(1);
    const on = render(state({ saved: true }));
    expect(on.button(/Saved/)!.getAttribute('aria-pressed')).toBe('true');
    expect(on.button(/Set tags/)).toBeDefined();
  });

  it('the tags field shows the tags and saves trimmed ones on Enter', () => {
    const { card, act } = render(state({ saved: true, tags: ['to-read', 'nlp'] }));
    const input = card.querySelector('input')!;
    expect(input.value).toBe('to-read, nlp');
    input.value = '  to-read ,, transformers  ,  ';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(act.saveTags).not.toHaveBeenCalled();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(act.saveTags).toHaveBeenCalledWith(['to-read', 'transformers']);
  });

  it('"Save with tags" saves what the field holds', () => {
    const { card, act, button } = render(state());
    card.querySelector('input')!.value = 'a, b';
    button(/Save with tags/)!.click();
    expect(act.saveTags).toHaveBeenCalledWith(['a', 'b']);
  });

  it('Copy BibTeX calls its action', () => {
    const { act, button } = render(state());
    button(/Copy BibTeX/)!.click();
    expect(act.copyBibtex).toHaveBeenCalledTimes(1);
  });

  it('offers "Show all" only for a long summary that is not expanded yet', () => {
    const long = 'word '.repeat(100);
    expect(render(state()).button(/Show all/)).toBeUndefined();
    const { act, button, card } = render(state({ paper: paper({ abstract: long }) }));
    button(/Show all/)!.click();
    expect(act.expand).toHaveBeenCalledTimes(1);
    expect(card.querySelector('.sum')!.className).toBe('sum');
    const open = render(state({ paper: paper({ abstract: long }), expanded: true }));
    expect(open.button(/Show all/)).toBeUndefined();
    expect(open.card.querySelector('.sum')!.className).toBe('sum open');
  });

  it('links open in a new tab without an opener, to the linked version', () => {
    const { card, links } = render(state({ version: 2, paper: paper({ githubRepo: 'https://github.com/tensorflow/tensor2tensor' }) }));
    const all = [...card.querySelectorAll('a')];
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const a of all) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    }
    expect(links.PDF!.getAttribute('href')).toBe('https://arxiv.org/pdf/1706.03762v2');
    expect(links.Code!.getAttribute('href')).toBe('https://github.com/tensorflow/tensor2tensor');
  });

  it('leaves out a code link from a javascript: repository', () => {
    const { links, card } = render(state({ paper: paper({ githubRepo: 'javascript:alert(1)', projectPage: 'data:text/html,<b>x</b>' }) }));
    expect(links.Code).toBeUndefined();
    expect(links['Project page']).toBeUndefined();
    expect(card.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
  });

  it('shows the notice of the last action', () => {
    const { card } = render(state({ notice: 'Copied BibTeX (vaswani2017attention).' }));
    expect(card.querySelector('[role=status]')!.textContent).toBe('Copied BibTeX (vaswani2017attention).');
  });
});
