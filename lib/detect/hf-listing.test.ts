// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hfListing } from './hf-listing';
import { scan } from './scan';
import { makePage } from '../../tests/support/test-dom';

const card = (id: string, extra = '') =>
  `<div class="c"><a href="/papers/${id}"><img alt=""></a><div><h3><a href="/papers/${id}">T ${id}</a></h3>` +
  `<a href="/some-org">org</a><a href="/papers/${id}#community">2</a>${extra}</div></div>`;

describe('hf-listing', () => {
  it('applies to listings only', () => {
    const at = (url: string) => hfListing.appliesTo(makePage(url).loc());
    expect(at('https://huggingface.co/papers')).toBe(true);
    expect(at('https://huggingface.co/papers?q=x')).toBe(true);
    expect(at('https://huggingface.co/papers/date/2025-11-17')).toBe(true);
    expect(at('https://huggingface.co/papers/week/2025-W47')).toBe(true);
    expect(at('https://huggingface.co/papers/month/2025-11')).toBe(true);
    expect(at('https://huggingface.co/papers/trending')).toBe(true);
    expect(at('https://huggingface.co/papers/2310.06825')).toBe(false);
    expect(at('https://huggingface.co/models')).toBe(false);
    expect(at('https://huggingface.co/paperswithcode')).toBe(false);
    expect(at('https://example.com/papers')).toBe(false);
  });

  it('without <article>, takes the highest ancestor that links to no other paper, below main', () => {
    const { document, loc } = makePage(
      'https://huggingface.co/papers',
      `<main><section id="list">${card('2310.06825')}${card('1706.03762')}</section></main>`,
    );
    const { detections } = scan(document, loc());
    const cards = Array.from(document.querySelectorAll('.c'));
    expect(detections.map((d) => [d.element, d.id])).toEqual([
      [cards[0], '2310.06825'],
      [cards[1], '1706.03762'],
    ]);
  });

  it('a lone card stops below main and body', () => {
    const { document, loc } = makePage('https://huggingface.co/papers', `<main><div id="w">${card('2310.06825')}</div></main>`);
    scan(document, loc());
    expect(document.getElementById('w')!.getAttribute('data-paper-radar-id')).toBe('2310.06825');
    expect(document.querySelector('main')!.hasAttribute('data-paper-radar-id')).toBe(false);
  });

  it('an <article> holding several papers is not a card; its parts are', () => {
    const { document, loc } = makePage(
      'https://huggingface.co/papers',
      `<article id="digest">${card('2310.06825')}${card('1706.03762')}</article>`,
    );
    scan(document, loc());
    expect(document.getElementById('digest')!.hasAttribute('data-paper-radar-id')).toBe(false);
    expect(document.querySelectorAll('.c[data-paper-radar-id]')).toHaveLength(2);
  });

  it('does not mark links inside a card again, arXiv links included', () => {
    const { document, loc } = makePage(
      'https://huggingface.co/papers',
      `<article>${card('2310.06825', '<a href="https://arxiv.org/abs/2310.06825">arXiv</a> arXiv:1706.03762')}</article>`,
    );
    const { detections } = scan(document, loc());
    expect(detections).toHaveLength(1);
    expect(document.querySelectorAll('[data-paper-radar-id]')).toHaveLength(1);
  });

  it('follows a reused card to its new paper and drops marks it no longer deserves', () => {
    const { document, loc } = makePage(
      'https://huggingface.co/papers',
      `<article>${card('2310.06825')}</article><article>${card('1706.03762')}</article>`,
    );
    scan(document, loc());
    const [a, b] = Array.from(document.querySelectorAll('article'));
    a!.querySelectorAll('a[href^="/papers/"]').forEach((l) => l.setAttribute('href', '/papers/2005.14165'));
    b!.querySelectorAll('a[href^="/papers/"]').forEach((l) => l.setAttribute('href', '/login'));
    const { detections, removed } = scan(document, loc());
    expect(detections.map((d) => [d.element, d.id])).toEqual([[a, '2005.14165']]);
    expect(removed).toEqual([b]);
    expect(b!.hasAttribute('data-paper-radar-id')).toBe(false);
  });

  it('finds cards from an added subtree, reading meta from the document-level island', () => {
    const props = JSON.stringify({ dailyPapers: [{ paper: { id: '2310.06825', title: 'Mistral 7B' } }] });
    const { document, loc } = makePage('https://huggingface.co/papers', '<div data-target="DailyPapers"><div id="list"></div></div>');
    document.querySelector('[data-target]')!.setAttribute('data-props', props);
    const list = document.getElementById('list')!;
    list.innerHTML = `<article>${card('2310.06825')}</article>`;
    const { detections } = scan(list.firstElementChild!, loc());
    expect(detections).toHaveLength(1);
    expect(detections[0]!.meta?.title).toBe('Mistral 7B');
  });

  it('keeps finding cards when data-props is malformed', () => {
    const { document, loc } = makePage('https://huggingface.co/papers', `<div data-target="DailyPapers"><article>${card('2310.06825')}</article></div>`);
    document.querySelector('[data-target]')!.setAttribute('data-props', '{"dailyPapers": [{"paper": {"id": "2310.06825"');
    const { detections } = scan(document, loc());
    expect(detections).toHaveLength(1);
    expect(detections[0]!.meta).toBeUndefined();
  });
});
