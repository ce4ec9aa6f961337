// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DETECTORS, scan } from './scan';
import { makePage } from '../../tests/support/test-dom';
import type { Detector } from './types';

const boom: Detector = {
  name: 'boom',
  appliesTo: () => true,
  detect() {
    throw new Error('boom');
  },
};

describe('scan', () => {
  it('runs the other detectors when one throws, and reports the failure', () => {
    const { document, loc } = makePage(
      'https://blog.example.com/p',
      '<a href="https://arxiv.org/abs/2310.06825">x</a><p>arXiv:1706.03762</p>',
    );
    const onError = vi.fn();
    const { detections } = scan(document, loc(), { detectors: [boom, ...DETECTORS], onError });
    expect(detections.map((d) => d.surface)).toEqual(['link', 'mention']);
    expect(onError).toHaveBeenCalledWith('boom', expect.any(Error));
  });

  it('survives a detector whose appliesTo throws', () => {
    const bad: Detector = { ...boom, appliesTo: () => { throw new Error('x'); } };
    const { document, loc } = makePage('https://blog.example.com/p', '<a href="https://arxiv.org/abs/2310.06825">x</a>');
    expect(scan(document, loc(), { detectors: [bad, ...DETECTORS] }).detections).toHaveLength(1);
  });

  it('keeps existing marks when a detector failed (it could not claim them)', () => {
    const { document, loc } = makePage('https://huggingface.co/papers', '<article><a href="/papers/2310.06825">T</a></article>');
    scan(document, loc());
    const failing: Detector = { ...DETECTORS[0]!, detect: () => { throw new Error('x'); } };
    const { removed } = scan(document, loc(), { detectors: [failing, ...DETECTORS.slice(1)] });
    expect(removed).toEqual([]);
    expect(document.querySelector('article')!.getAttribute('data-paper-radar-id')).toBe('2310.06825');
    expect(document.querySelector('a')!.hasAttribute('data-paper-radar-id')).toBe(false);
  });

  it('runs site detectors before links, so a listing entry owns its links', () => {
    const order: string[] = [];
    const spy = DETECTORS.map((d) => ({ ...d, detect: (r: ParentNode, l: Parameters<Detector['detect']>[1]) => (order.push(d.name), d.detect(r, l)) }));
    const { document, loc } = makePage('https://arxiv.org/list/cs.LG/new', '<dl><dt><a href="/abs/2310.06825">arXiv:2310.06825</a></dt><dd>t</dd></dl>');
    scan(document, loc(), { detectors: spy });
    expect(order).toEqual(['arxiv-listing', 'links', 'mentions']);
    expect(document.querySelectorAll('[data-paper-radar-id]')).toHaveLength(2);
  });

  it('drops marks no detector claims any more and rescans what they covered', () => {
    const { document, loc } = makePage(
      'https://huggingface.co/papers',
      '<main><div id="x"><a href="/papers/2310.06825">T</a><a id="l" href="https://example.com/">arXiv</a></div></main>',
    );
    scan(document, loc());
    const x = document.getElementById('x')!;
    expect(x.getAttribute('data-paper-radar-id')).toBe('2310.06825');
    // The SPA turns the card into something else that links a paper elsewhere.
    x.querySelector('a')!.setAttribute('href', '/models');
    document.getElementById('l')!.setAttribute('href', 'https://arxiv.org/abs/1706.03762');
    const { detections, removed } = scan(document, loc());
    expect(removed).toEqual([x]);
    expect(detections.map((d) => [d.element.id, d.id])).toEqual([['l', '1706.03762']]);
  });

  it('on the first pass of a page, marks and reports an element two detectors find once', async () => {
    vi.resetModules();
    const fresh = await import('./scan');
    // Cards without an article around them: each link is its own card, and the links detector finds it too.
    const { document, loc } = makePage(
      'https://huggingface.co/papers',
      '<main><a href="/papers/2310.06825">T</a><a href="/papers/1706.03762">U</a><a href="https://arxiv.org/abs/2401.00001">V</a></main>',
    );
    const { detections } = fresh.scan(document, loc());
    expect(detections.map((d) => [d.id, d.surface])).toEqual([
      ['2310.06825', 'hf-card'],
      ['1706.03762', 'hf-card'],
      ['2401.00001', 'link'],
    ]);
  });

  it('on the first pass of a page, writes the marks without reading any back or looking for stale ones', async () => {
    // A fresh module: nothing marked yet, as in a page the content script has just started on.
    vi.resetModules();
    const fresh = await import('./scan');
    const { document, loc } = makePage('https://blog.example.com/p', '<a href="https://arxiv.org/abs/2310.06825">x</a><p>arXiv:1706.03762</p>');
    const read = vi.spyOn(document.body.ownerDocument.defaultView!.Element.prototype, 'getAttribute');
    const query = vi.spyOn(document, 'querySelectorAll');
    const { detections } = fresh.scan(document, loc());
    expect(detections.map((d) => d.id)).toEqual(['2310.06825', '1706.03762']);
    expect(read.mock.calls.map(([name]) => name)).toContain('href');
    expect(read.mock.calls.filter(([name]) => name === 'data-paper-radar-id')).toEqual([]);
    expect(query.mock.calls.filter(([sel]) => sel === '[data-paper-radar-id]')).toEqual([]);
    // The second pass is not fresh: it re-reads the marks and looks for stale ones.
    fresh.scan(document, loc());
    expect(query.mock.calls.filter(([sel]) => sel === '[data-paper-radar-id]')).toHaveLength(1);
  });
});
