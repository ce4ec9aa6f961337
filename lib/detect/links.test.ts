// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { links, PAPER_LINK_PREFILTER } from './links';
import { scan } from './scan';
import { makePage } from '../../tests/support/test-dom';

describe('links', () => {
  it('lets every paper-URL form through the prefilter, in the casings people write', () => {
    const forms = [
      'https://arxiv.org/abs/2310.06825', 'HTTPS://ARXIV.ORG/abs/2310.06825', 'https://ArXiv.org/pdf/2310.06825',
      'https://ar5iv.org/abs/2310.06825', 'https://AR5IV.ORG/abs/2310.06825', 'https://www.alphaxiv.org/abs/2310.06825',
      'https://huggingface.co/papers/2310.06825', 'https://hf.co/papers/2310.06825', 'https://scirate.com/arxiv/2310.06825',
      'https://doi.org/10.48550/arXiv.2310.06825', 'https://doi.org/10.48550/ARXIV.2310.06825',
    ];
    const { document } = makePage('https://blog.example.com/post', forms.map((f) => `<a href="${f}">p</a>`).join('') + '<a href="https://example.com/archive/">x</a>');
    expect(document.querySelectorAll(PAPER_LINK_PREFILTER)).toHaveLength(forms.length);
  });

  it('prefilters with one selector off the paper sites', () => {
    const { document, loc } = makePage(
      'https://blog.example.com/post',
      '<a href="HTTPS://ARXIV.ORG/abs/2310.06825">a</a><a href="/abs/2310.06825">relative</a>' +
        '<a href="https://doi.org/10.48550/ARXIV.2204.02311">doi</a><a href="https://example.com/x">x</a>',
    );
    expect(document.querySelectorAll(PAPER_LINK_PREFILTER)).toHaveLength(2);
    const spy = vi.spyOn(document.body, 'querySelectorAll');
    const found = links.detect(document.body, loc());
    expect(found.map((d) => d.id)).toEqual(['2310.06825', '2204.02311']);
    // One query for the whole page, with the prefilter.
    expect(spy.mock.calls).toEqual([[PAPER_LINK_PREFILTER]]);
  });

  it('considers relative links on arXiv and Hugging Face, resolved against the page', () => {
    const html = '<a href="/abs/2310.06825">abs</a><a href="/papers/1706.03762">hf</a><a href="../../pdf/2005.14165v2">pdf</a>';
    const arxiv = makePage('https://arxiv.org/list/cs.LG/new', html);
    expect(links.detect(arxiv.document, arxiv.loc()).map((d) => [d.id, d.version])).toEqual([
      ['2310.06825', null],
      ['2005.14165', 2],
    ]);
    const hf = makePage('https://huggingface.co/spaces/x', html);
    expect(links.detect(hf.document, hf.loc()).map((d) => d.id)).toEqual(['1706.03762']);
  });

  it("skips links to the page's own paper", () => {
    const { document, loc } = makePage(
      'https://www.alphaxiv.org/overview/2310.06825',
      '<a href="/abs/2310.06825">self</a><a href="https://arxiv.org/pdf/2310.06825v2">self pdf</a><a href="/abs/1706.03762">other</a>',
    );
    expect(links.detect(document, loc()).map((d) => d.id)).toEqual(['1706.03762']);
  });

  it('leaves SVG links and links without href alone', () => {
    const { document, loc } = makePage(
      'https://arxiv.org/list/cs.LG/new',
      '<svg><a href="https://arxiv.org/abs/2310.06825"><text>x</text></a></svg><a name="item1">[1]</a>',
    );
    expect(scan(document, loc()).detections).toEqual([]);
  });

  it('does not mark links inside a marked element, and a later card takes over a marked link', () => {
    const { document, loc } = makePage(
      'https://huggingface.co/papers',
      '<main><div id="list"></div><p><a id="free" href="https://arxiv.org/abs/1706.03762">x</a></p></main>',
    );
    const list = document.getElementById('list')!;
    // A link marked on its own first (say it arrived before its card was complete) ...
    list.innerHTML = '<article id="card"><a id="inner" href="https://arxiv.org/abs/2310.06825">arXiv</a></article>';
    scan(document, loc());
    expect(document.getElementById('inner')!.getAttribute('data-paper-radar-id')).toBe('2310.06825');
    // ... loses its mark once the card around it is detected.
    document.getElementById('card')!.insertAdjacentHTML('afterbegin', '<a href="/papers/2310.06825">T</a>');
    const { removed } = scan(document, loc());
    expect(document.getElementById('card')!.getAttribute('data-paper-radar-id')).toBe('2310.06825');
    expect(document.getElementById('inner')!.hasAttribute('data-paper-radar-id')).toBe(false);
    expect(removed).toEqual([document.getElementById('inner')]);
    expect(document.getElementById('free')!.getAttribute('data-paper-radar-id')).toBe('1706.03762');
  });
});
