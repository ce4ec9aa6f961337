// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { startDetection } from './observer';
import * as scanModule from './scan';
import { makePage, settle } from '../../tests/support/test-dom';
import type { Detection } from './types';

/** A page with detection started and batches run by hand, so tests count passes exactly. */
function setup(url: string, body = '') {
  const page = makePage(url, body);
  const batches: Array<() => void> = [];
  const detected: Detection[][] = [];
  const removed: Element[][] = [];
  let initial: (() => void) | undefined;
  const handle = startDetection({
    document: page.document,
    onDetect: (d) => detected.push(d),
    onRemove: (r) => removed.push(r),
    scheduleInitial: (run) => (initial = run),
    schedule: (run) => batches.push(run),
  });
  const runBatches = async () => {
    await settle();
    const n = batches.length;
    batches.splice(0).forEach((run) => run());
    return n;
  };
  return { ...page, handle, batches, detected, removed, runInitial: () => initial!(), runBatches };
}

const card = (id: string) =>
  `<a href="/papers/${id}"><img alt=""></a><h3><a href="/papers/${id}">Title ${id}</a></h3><a href="/papers/${id}#community">1</a>`;

describe('startDetection', () => {
  it('does one full pass when idle, then watches', async () => {
    const t = setup('https://blog.example.com/p', '<a href="https://arxiv.org/abs/2310.06825">x</a>');
    expect(t.document.querySelector('[data-paper-radar-id]')).toBeNull();
    t.runInitial();
    expect(t.detected).toHaveLength(1);
    t.document.body.insertAdjacentHTML('beforeend', '<p>arXiv:1706.03762</p>');
    expect(await t.runBatches()).toBe(1);
    expect(t.detected.map((b) => b.map((d) => d.id))).toEqual([['2310.06825'], ['1706.03762']]);
    t.handle.stop();
  });

  it('adding 100 cards in one go costs one batch and one scan pass over the added subtrees', async () => {
    const t = setup('https://huggingface.co/papers', '<main><div id="list"></div></main>');
    t.runInitial();
    const spy = vi.spyOn(scanModule, 'scan');
    const list = t.document.getElementById('list')!;
    for (let i = 0; i < 100; i++) {
      const article = t.document.createElement('article');
      article.innerHTML = card(`2310.${String(10000 + i)}`);
      list.append(article);
    }
    expect(await t.runBatches()).toBe(1);
    expect(t.detected).toHaveLength(1);
    expect(t.detected[0]).toHaveLength(100);
    expect(t.detected[0]!.every((d) => d.element.localName === 'article')).toBe(true);
    // One scan per added card root, none of the whole document.
    expect(spy.mock.calls.every(([root]) => (root as Element).localName === 'article')).toBe(true);
    expect(spy).toHaveBeenCalledTimes(100);
    // Nothing left to do: marking caused no new batch.
    expect(await t.runBatches()).toBe(0);
    t.handle.stop();
  });

  it('scans a subtree once even when its descendants were added too', async () => {
    const t = setup('https://blog.example.com/p', '<div id="host"></div>');
    t.runInitial();
    const spy = vi.spyOn(scanModule, 'scan');
    const host = t.document.getElementById('host')!;
    const wrap = t.document.createElement('section');
    host.append(wrap);
    wrap.innerHTML = '<p><a href="https://arxiv.org/abs/2310.06825">x</a></p>';
    wrap.append(t.document.createElement('p'));
    await t.runBatches();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toBe(wrap);
    t.handle.stop();
  });

  it('does not retrigger itself with the spans it wraps mentions in', async () => {
    const t = setup('https://blog.example.com/p');
    t.runInitial();
    t.document.body.insertAdjacentHTML('beforeend', '<p>arXiv:2310.06825 and arXiv:1706.03762</p>');
    expect(await t.runBatches()).toBe(1);
    expect(t.document.querySelectorAll('span[data-paper-radar-id]')).toHaveLength(2);
    expect(await t.runBatches()).toBe(0);
    expect(t.detected).toHaveLength(1);
    t.handle.stop();
  });

  it('ignores elements of our own (overlay, chips)', async () => {
    const t = setup('https://blog.example.com/p');
    t.runInitial();
    const spy = vi.spyOn(scanModule, 'scan');
    t.document.body.append(t.document.createElement('paper-radar-overlay'));
    expect(await t.runBatches()).toBe(0);
    expect(spy).not.toHaveBeenCalled();
    t.handle.stop();
  });

  it('rescans everything after in-page navigation and fixes reused elements', async () => {
    const t = setup(
      'https://huggingface.co/papers',
      '<main><article id="a">' + card('2310.06825') + '</article><article id="b">' + card('1706.03762') + '</article></main>',
    );
    t.runInitial();
    expect(t.detected[0]!.map((d) => d.id)).toEqual(['2310.06825', '1706.03762']);
    // The SPA navigates to a paper page: pushState, then it reuses #a for the paper's heading block
    // (text only, no paper links) and #b for a related-paper link.
    t.setUrl('https://huggingface.co/papers/2005.14165');
    const a = t.document.getElementById('a')!;
    a.textContent = '';
    a.append(t.document.createElement('h1'));
    a.firstElementChild!.textContent = 'Language Models are Few-Shot Learners';
    const spy = vi.spyOn(scanModule, 'scan');
    expect(await t.runBatches()).toBe(1);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toBe(t.document);
    expect(a.hasAttribute('data-paper-radar-id')).toBe(false);
    expect(a.querySelector('h1')!.getAttribute('data-paper-radar-id')).toBe('2005.14165');
    // #b is no longer a listing card: its links are plain links now.
    const b = t.document.getElementById('b')!;
    expect(b.hasAttribute('data-paper-radar-id')).toBe(false);
    expect(b.querySelectorAll('a[data-paper-radar-id="1706.03762"]')).toHaveLength(3);
    expect(t.removed.flat()).toEqual([a, b]);
    t.handle.stop();
  });

  it('follows href changes on links the SPA reuses', async () => {
    const t = setup('https://huggingface.co/papers', '<main><div id="list"><article id="a">' + card('2310.06825') + '</article></div></main>');
    t.runInitial();
    for (const l of Array.from(t.document.querySelectorAll('#a a'))) l.setAttribute('href', '/papers/2005.14165');
    expect(await t.runBatches()).toBe(1);
    expect(t.document.getElementById('a')!.getAttribute('data-paper-radar-id')).toBe('2005.14165');
    expect(t.detected[1]!.map((d) => d.id)).toEqual(['2005.14165']);
    t.handle.stop();
  });

  it('stops: no more batches, no more marks', async () => {
    const t = setup('https://blog.example.com/p');
    t.runInitial();
    t.handle.stop();
    t.document.body.insertAdjacentHTML('beforeend', '<a href="https://arxiv.org/abs/2310.06825">x</a>');
    expect(await t.runBatches()).toBe(0);
    expect(t.document.querySelector('[data-paper-radar-id]')).toBeNull();
  });

  it('runs with its default schedulers in a page', async () => {
    const page = makePage('https://blog.example.com/p', '<a href="https://arxiv.org/abs/2310.06825">x</a>');
    const onDetect = vi.fn();
    const handle = startDetection({ document: page.document, onDetect });
    await vi.waitFor(() => expect(onDetect).toHaveBeenCalledTimes(1));
    page.document.body.insertAdjacentHTML('beforeend', '<p>arXiv:1706.03762</p>');
    await vi.waitFor(() => expect(onDetect).toHaveBeenCalledTimes(2));
    handle.stop();
  });
});

describe('checkLocation', () => {
  it('rescans everything when the URL changed after the DOM did', async () => {
    const t = setup('https://huggingface.co/papers', '<main><div id="list"></div></main>');
    t.runInitial();
    // The SPA renders the paper page first (the listing detector still applies: related links look
    // like cards) ...
    t.document.getElementById('list')!.innerHTML =
      '<h1>Mistral 7B</h1><ul><li><a href="/papers/1706.03762">Related</a></li></ul>';
    await t.runBatches();
    const list = t.document.getElementById('list')!;
    expect(list.getAttribute('data-paper-radar-id')).toBe('1706.03762');
    // ... then pushes the URL; no DOM change follows.
    t.setUrl('https://huggingface.co/papers/2310.06825');
    expect(await t.runBatches()).toBe(0);
    t.handle.checkLocation();
    expect(await t.runBatches()).toBe(1);
    expect(t.document.querySelector('h1')!.getAttribute('data-paper-radar-id')).toBe('2310.06825');
    expect(list.hasAttribute('data-paper-radar-id')).toBe(false);
    expect(t.document.querySelector('li a')!.getAttribute('data-paper-radar-id')).toBe('1706.03762');
    // Nothing changed: a second check costs an empty batch.
    const spy = vi.spyOn(scanModule, 'scan');
    t.handle.checkLocation();
    await t.runBatches();
    expect(spy).not.toHaveBeenCalled();
    t.handle.stop();
  });
});

describe('fragments', () => {
  it('a changed fragment alone does not rescan the whole page', async () => {
    const t = setup('https://blog.example.com/p', '<div id="host"></div>');
    t.runInitial();
    t.setUrl('https://blog.example.com/p#section-2');
    const spy = vi.spyOn(scanModule, 'scan');
    t.document.getElementById('host')!.append(t.document.createElement('p'));
    await t.runBatches();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).not.toBe(t.document);
    t.handle.stop();
  });
});

describe('resilience', () => {
  it('keeps batching after a pass that threw', async () => {
    const t = setup('https://blog.example.com/p', '<div id="host"></div>');
    t.runInitial();
    vi.spyOn(scanModule, 'scan').mockImplementationOnce(() => {
      throw new Error('unexpected');
    });
    t.document.getElementById('host')!.append(t.document.createElement('p'));
    await settle();
    expect(t.batches).toHaveLength(1);
    expect(() => t.batches.shift()!()).toThrow('unexpected');
    t.document.body.insertAdjacentHTML('beforeend', '<a href="https://arxiv.org/abs/2310.06825">x</a>');
    expect(await t.runBatches()).toBe(1);
    expect(t.document.querySelector('a')!.getAttribute('data-paper-radar-id')).toBe('2310.06825');
    t.handle.stop();
  });
});
