// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { makePage, settle } from '../../tests/support/test-dom';
import { showsPaper, whenPaperShown } from './first-paper';

function setup(url: string, body = '') {
  const page = makePage(url, body);
  let initial: (() => void) | undefined;
  const batches: Array<() => void> = [];
  let found = 0;
  const stop = whenPaperShown(page.document, () => found++, {
    scheduleInitial: (run) => (initial = run),
    schedule: (run) => batches.push(run),
  });
  const runBatches = async () => {
    await settle();
    batches.splice(0).forEach((run) => run());
  };
  return { ...page, stop, runInitial: () => initial?.(), runBatches, found: () => found, hasInitial: () => !!initial };
}

const NO_PAPERS = '<p>Notes, v2.1.0 from 2024.01.15</p><a href="https://arxiv.org/list/cs.LG/new">new in cs.LG</a><a href="https://huggingface.co/models/x">model</a>';

describe('showsPaper', () => {
  it('finds a paper link in any form, and a text that may hold a mention', () => {
    expect(showsPaper(makePage('https://b.example/', '<a href="https://arxiv.org/pdf/2310.06825v2">pdf</a>').document)).toBe(true);
    expect(showsPaper(makePage('https://b.example/', '<a href="https://doi.org/10.48550/arXiv.2310.06825">doi</a>').document)).toBe(true);
    expect(showsPaper(makePage('https://b.example/', '<p>see arXiv:2310.06825</p>').document)).toBe(true);
  });

  it('finds a paper link behind links to the paper hosts that are not papers', () => {
    const paper = '<a href="https://arxiv.org/abs/2310.06825">paper</a>';
    expect(showsPaper(makePage('https://b.example/', NO_PAPERS + paper).document)).toBe(true);
    expect(showsPaper(makePage('https://b.example/', `<div>${NO_PAPERS}</div><section>${NO_PAPERS}${paper}</section>`).document)).toBe(true);
  });

  it('is false for links to the paper hosts that are not papers, and for text without an arXiv prefix', () => {
    expect(showsPaper(makePage('https://b.example/', NO_PAPERS).document)).toBe(false);
    expect(showsPaper(makePage('https://b.example/', '<p>2310.06825 is a number here</p>').document)).toBe(false);
  });
});

describe('whenPaperShown', () => {
  it('starts at once on the paper sites, before looking at anything', () => {
    for (const url of ['https://arxiv.org/list/cs.LG/new', 'https://huggingface.co/papers', 'https://www.alphaxiv.org/abs/2310.06825']) {
      const t = setup(url);
      expect(t.found()).toBe(1);
      expect(t.hasInitial()).toBe(false);
    }
  });

  it('looks once when idle and finds the papers already on the page', () => {
    const t = setup('https://blog.example.com/p', '<a href="https://arxiv.org/abs/2310.06825">x</a>');
    expect(t.found()).toBe(0);
    t.runInitial();
    expect(t.found()).toBe(1);
  });

  it('on a page without papers, waits for added content that shows one, then stops watching', async () => {
    const t = setup('https://blog.example.com/p', NO_PAPERS);
    t.runInitial();
    expect(t.found()).toBe(0);
    t.document.body.insertAdjacentHTML('beforeend', '<li>more notes</li>');
    await t.runBatches();
    expect(t.found()).toBe(0);
    t.document.body.insertAdjacentHTML('beforeend', '<li><a href="https://arxiv.org/abs/1706.03762">Attention</a></li>');
    await t.runBatches();
    expect(t.found()).toBe(1);
    t.document.body.insertAdjacentHTML('beforeend', '<li><a href="https://arxiv.org/abs/2310.06825">Mistral</a></li>');
    await t.runBatches();
    expect(t.found()).toBe(1);
  });

  it('looks at content added inside content added in the same batch through the outer one', async () => {
    const t = setup('https://blog.example.com/p', NO_PAPERS);
    t.runInitial();
    const outer = t.document.createElement('section');
    t.document.body.append(outer);
    await Promise.resolve(); // a record of its own for the outer node, in the same batch
    outer.insertAdjacentHTML('beforeend', '<p>notes <a href="https://arxiv.org/abs/1706.03762">Attention</a></p>');
    await t.runBatches();
    expect(t.found()).toBe(1);
  });

  it('notices added text with a mention, and a link whose href changes to a paper', async () => {
    const t = setup('https://blog.example.com/p', '<p id="p">Hello</p><a id="a" href="/x">x</a>');
    t.runInitial();
    t.document.getElementById('a')!.setAttribute('href', 'https://arxiv.org/abs/2310.06825');
    await t.runBatches();
    expect(t.found()).toBe(1);
    const u = setup('https://blog.example.com/q', '<p id="p">Hello</p>');
    u.runInitial();
    u.document.getElementById('p')!.append(u.document.createTextNode(' (arXiv:1706.03762)'));
    await u.runBatches();
    expect(u.found()).toBe(1);
  });

  it('does nothing once stopped', async () => {
    const t = setup('https://blog.example.com/p', NO_PAPERS);
    t.runInitial();
    t.stop();
    t.document.body.insertAdjacentHTML('beforeend', '<a href="https://arxiv.org/abs/1706.03762">x</a>');
    await t.runBatches();
    expect(t.found()).toBe(0);
    const u = setup('https://blog.example.com/q', '<a href="https://arxiv.org/abs/1706.03762">x</a>');
    u.stop();
    u.runInitial();
    expect(u.found()).toBe(0);
  });
});
