// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as id from '../arxiv/id';
import { linkRef } from './link-ref';
import { makePage } from '../../tests/support/test-dom';

function anchors(url: string, html: string) {
  const { document } = makePage(url, html);
  return [...document.querySelectorAll('a')];
}

describe('linkRef', () => {
  it('reads the same paper from a link as written as the browser resolves it', () => {
    const hrefs = [
      'https://arxiv.org/abs/2310.06825v2',
      'HTTPS://ARXIV.ORG/abs/2310.06825',
      'https://arxiv.org/ftp/arxiv/papers/2310/2310.06825.pdf',
      'https://doi.org/10.48550/arXiv.hep-th%2F9711200',
      'https://hf.co/papers/2310.06825?x=1#y',
      'https://example.com/abs/2310.06825',
      'https://arxiv.org/list/cs.LG/new',
    ];
    const els = anchors('https://blog.example.com/post', hrefs.map((h) => `<a href="${h}">x</a>`).join(''));
    expect(els.map(linkRef)).toEqual(els.map((a) => id.parsePaperUrl((a as HTMLAnchorElement).href)));
    expect(els.map((a) => linkRef(a)?.id ?? null)).toEqual(['2310.06825', '2310.06825', '2310.06825', 'hep-th/9711200', '2310.06825', null, null]);
  });

  it('lets the browser resolve what is not an absolute URL in final form', () => {
    const els = anchors(
      'https://arxiv.org/list/cs.LG/new',
      '<a href="/abs/2310.06825">relative</a><a href="https://arxiv.org/x/../abs/1706.03762">dot segment</a>' +
        '<a href="https://arxiv.org/%2E%2E/abs/2005.14165">encoded dot segment</a><a href="https:\\\\arxiv.org\\abs\\2106.09685">backslashes</a>' +
        '<a href="https://arxiv.org/abs/2201.\n11903">newline</a><a href="arxiv.org/abs/1412.6980">no scheme: relative to the page</a>',
    );
    expect(els.map((a) => linkRef(a)?.id ?? null)).toEqual(
      els.map((a) => id.parsePaperUrl((a as HTMLAnchorElement).href)?.id ?? null),
    );
    expect(linkRef(els[0]!)?.id).toBe('2310.06825');
    expect(linkRef(els[1]!)?.id).toBe('1706.03762');
    expect(linkRef(els[5]!)).toBeNull();
  });

  it('ignores SVG links and anchors without href', () => {
    const els = anchors(
      'https://blog.example.com/post',
      '<svg><a href="https://arxiv.org/abs/2310.06825"><text>x</text></a></svg><a name="n">no href</a>',
    );
    expect(els.map(linkRef)).toEqual([null, null]);
  });
});
