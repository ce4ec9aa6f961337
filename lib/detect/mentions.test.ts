// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mentions } from './mentions';
import { scan } from './scan';
import { makePage } from '../../tests/support/test-dom';

describe('mentions', () => {
  it('wraps each mention in a marked span, keeping the text around it', () => {
    const { document, loc } = makePage(
      'https://blog.example.com/p',
      '<p id="p">See arXiv:2310.06825v2, and arXiv:hep-th/9711200. Done.</p>',
    );
    const { detections } = scan(document, loc());
    const p = document.getElementById('p')!;
    expect(p.textContent).toBe('See arXiv:2310.06825v2, and arXiv:hep-th/9711200. Done.');
    expect(p.innerHTML).toBe(
      'See <span data-paper-radar-id="2310.06825">arXiv:2310.06825v2</span>, and ' +
        '<span data-paper-radar-id="hep-th/9711200">arXiv:hep-th/9711200</span>. Done.',
    );
    expect(detections.map((d) => [d.surface, d.id, d.version])).toEqual([
      ['mention', '2310.06825', 2],
      ['mention', 'hep-th/9711200', null],
    ]);
  });

  it('finds mentions in the casings people write', () => {
    const { document, loc } = makePage('https://blog.example.com/p', '<p>arXiv:2310.06825, ARXIV:1706.03762, arxiv:2201.13452, ArXiv:1810.04805</p>');
    expect(scan(document, loc()).detections.map((d) => d.id)).toEqual(['2310.06825', '1706.03762', '2201.13452', '1810.04805']);
  });

  it('is idempotent: a second pass re-claims the spans and wraps nothing again', () => {
    const { document, loc } = makePage('https://blog.example.com/p', '<p>arXiv:2310.06825 and arXiv:1706.03762</p>');
    scan(document, loc());
    const html = document.body.innerHTML;
    const again = scan(document, loc());
    expect(again).toEqual({ detections: [], removed: [] });
    expect(document.body.innerHTML).toBe(html);
    expect(mentions.detect(document, loc())).toHaveLength(2);
  });

  it('skips links, code, forms, scripts, editable content and marked elements', () => {
    const skipped = [
      '<a href="/x">arXiv:2310.06825</a>',
      '<code>arXiv:2310.06825</code>',
      '<pre>note = {arXiv:2310.06825}</pre>',
      '<textarea>arXiv:2310.06825</textarea>',
      '<select><option>arXiv:2310.06825</option></select>',
      '<button>arXiv:2310.06825</button>',
      '<script>var a = "arXiv:2310.06825";</script>',
      '<style>/* arXiv:2310.06825 */</style>',
      '<div contenteditable="true"><p>arXiv:2310.06825</p></div>',
      '<div contenteditable=""><b>arXiv:2310.06825</b></div>',
      '<div data-paper-radar-id="1706.03762"><p>arXiv:2310.06825</p></div>',
    ];
    for (const html of skipped) {
      const { document, loc } = makePage('https://blog.example.com/p', html);
      expect(mentions.detect(document, loc()), html).toEqual([]);
      expect(document.body.innerHTML, html).toBe(html);
    }
  });

  it('does nothing on a design-mode document', () => {
    const { document, loc } = makePage('https://blog.example.com/p', '<p>arXiv:2310.06825</p>');
    document.designMode = 'on';
    expect(mentions.detect(document, loc())).toEqual([]);
  });

  it("skips mentions of the page's own paper", () => {
    const { document, loc } = makePage('https://arxiv.org/abs/2310.06825v1', '<p>arXiv:2310.06825 cites arXiv:1706.03762</p>');
    expect(mentions.detect(document, loc()).map((d) => d.id)).toEqual(['1706.03762']);
  });

  it('scans only the given subtree', () => {
    const { document, loc } = makePage('https://blog.example.com/p', '<p id="a">arXiv:2310.06825</p><p id="b">arXiv:1706.03762</p>');
    const found = mentions.detect(document.getElementById('b')!, loc());
    expect(found.map((d) => d.id)).toEqual(['1706.03762']);
    expect(document.getElementById('a')!.innerHTML).toBe('arXiv:2310.06825');
  });
});
