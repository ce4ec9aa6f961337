import { describe, expect, it } from 'vitest';
import { authorsLine, compactCount, datesLine, paperLinks, publishedIn, safeUrl, shortDate, summaryOf, versionLine } from './format';

const names = (n: number) => Array.from({ length: n }, (_, i) => `Author ${i + 1}`);

describe('authorsLine', () => {
  it('says so when there are no authors', () => {
    expect(authorsLine([])).toBe('Authors unknown');
  });
  it('lists up to four authors in full', () => {
    expect(authorsLine(['Ashish Vaswani'])).toBe('Ashish Vaswani');
    expect(authorsLine(names(4))).toBe('Author 1, Author 2, Author 3, Author 4');
  });
  it('shortens five or more to three and "et al." with the count', () => {
    expect(authorsLine(names(5))).toBe('Author 1, Author 2, Author 3 et al. (5 authors)');
    expect(authorsLine(names(120))).toBe('Author 1, Author 2, Author 3 et al. (120 authors)');
  });
  it('passes names through as written (remote text is only ever text)', () => {
    expect(authorsLine(['<b>Zoë</b> Ñúñez', 'Łukasz Kaiser'])).toBe('<b>Zoë</b> Ñúñez, Łukasz Kaiser');
  });
});

describe('shortDate and datesLine', () => {
  it('reads the date part of an ISO timestamp, as arXiv dates its versions (UTC)', () => {
    expect(shortDate('2017-06-12T17:57:34Z')).toBe('12 Jun 2017');
    expect(shortDate('2023-12-01')).toBe('1 Dec 2023');
    expect(shortDate('2024-01-31T23:59:59-05:00')).toBe('31 Jan 2024');
  });
  it('returns null for what is not a date', () => {
    for (const bad of [undefined, '', 'yesterday', '12/06/2017', '2017-13-01', '2017-00-10', '2017-06-00', '2017-06-32', 'x2017-06-12']) {
      expect(shortDate(bad), String(bad)).toBeNull();
    }
  });
  it('shows one date when the paper was never updated, or updated the same day', () => {
    expect(datesLine({ published: '2017-06-12T17:57:34Z', updated: '2017-06-12T17:57:34Z' })).toBe('Submitted 12 Jun 2017');
    expect(datesLine({ published: '2017-06-12T10:00:00Z', updated: '2017-06-12T20:00:00Z' })).toBe('Submitted 12 Jun 2017');
    expect(datesLine({ published: '2017-06-12T17:57:34Z' })).toBe('Submitted 12 Jun 2017');
  });
  it('adds the update when it differs', () => {
    expect(datesLine({ published: '2017-06-12T17:57:34Z', updated: '2023-08-02T00:41:18Z' })).toBe('Submitted 12 Jun 2017 · updated 2 Aug 2023');
  });
  it('copes with garbage dates', () => {
    expect(datesLine({ published: 'garbage', updated: '2023-08-02' })).toBe('Updated 2 Aug 2023');
    expect(datesLine({ published: '2017-06-12', updated: 'garbage' })).toBe('Submitted 12 Jun 2017');
    expect(datesLine({ published: 'garbage', updated: 'also garbage' })).toBeNull();
    expect(datesLine({})).toBeNull();
  });
});

describe('versionLine', () => {
  it('tells a link to an old version from the latest', () => {
    expect(versionLine(1, 3)).toBe('This link: v1 · latest: v3');
  });
  it('calls the latest version the latest, linked or not', () => {
    expect(versionLine(3, 3)).toBe('v3 (latest)');
    expect(versionLine(null, 3)).toBe('v3 (latest)');
  });
  it('shows only the linked version while the latest is unknown, and nothing when neither is', () => {
    expect(versionLine(2, undefined)).toBe('v2');
    expect(versionLine(null, undefined)).toBeNull();
  });
  it('trusts a link newer than the cached latest (the cache is behind)', () => {
    expect(versionLine(4, 3)).toBe('v4');
  });
});

describe('publishedIn', () => {
  it('shows the journal reference, whitespace collapsed, with the DOI when there is one', () => {
    expect(publishedIn({ journalRef: '  NeurIPS\n 2017,\tpp. 5998 ' })).toBe('Published in NeurIPS 2017, pp. 5998');
    expect(publishedIn({ journalRef: 'Nature 1 (2020)', doi: '10.1038/x' })).toBe('Published in Nature 1 (2020) · DOI 10.1038/x');
  });
  it('shows the DOI alone, or nothing', () => {
    expect(publishedIn({ doi: '10.1038/x' })).toBe('DOI 10.1038/x');
    expect(publishedIn({ journalRef: '   ' })).toBeNull();
    expect(publishedIn({})).toBeNull();
  });
});

describe('summaryOf', () => {
  it("prefers Hugging Face's AI summary", () => {
    expect(summaryOf({ aiSummary: ' Short\n summary. ', abstract: 'The abstract.' })).toEqual({ kind: 'AI summary', text: 'Short summary.' });
  });
  it('falls back to the abstract, whitespace collapsed, when the AI summary is missing or blank', () => {
    const abstract = '  The dominant sequence\n  transduction models\n\n are based on\tcomplex RNNs.  ';
    const want = { kind: 'Abstract', text: 'The dominant sequence transduction models are based on complex RNNs.' };
    expect(summaryOf({ abstract })).toEqual(want);
    expect(summaryOf({ aiSummary: ' \n ', abstract })).toEqual(want);
  });
  it('keeps TeX as written', () => {
    const abstract = 'We reach $\\mathcal{O}(n)$ time and $\\tilde{O}(\\sqrt{n})$ space, with 10\\% less memory.';
    expect(summaryOf({ abstract })!.text).toBe(abstract);
  });
  it('returns null when there is nothing to show', () => {
    expect(summaryOf({ abstract: '' })).toBeNull();
    expect(summaryOf({ abstract: ' \n ', aiSummary: '' })).toBeNull();
  });
});

describe('compactCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [9949, '9.9k'],
    [12_345, '12k'],
    [250_000, '250k'],
    [999_499, '999k'],
    [999_500, '1M'],
    [1_250_000, '1.3M'],
  ])('%i → %s', (n, want) => {
    expect(compactCount(n)).toBe(want);
  });
});

describe('safeUrl', () => {
  it('keeps http(s) URLs, normalised', () => {
    expect(safeUrl('https://github.com/tensorflow/tensor2tensor')).toBe('https://github.com/tensorflow/tensor2tensor');
    expect(safeUrl('  http://example.org/project ')).toBe('http://example.org/project');
    expect(safeUrl('HTTPS://Example.ORG')).toBe('https://example.org/');
  });
  it('rejects scripts, data, other schemes and garbage', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(document.domain)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/x',
      'github.com/owner/repo',
      '//evil.example/x',
      'not a url',
      '',
      undefined,
    ]) {
      expect(safeUrl(bad), String(bad)).toBeNull();
    }
  });
});

describe('paperLinks', () => {
  const byLabel = (links: { label: string; href: string }[]) => Object.fromEntries(links.map((l) => [l.label, l.href]));

  it('links the linked version on arXiv and the paper on Hugging Face and alphaXiv', () => {
    expect(byLabel(paperLinks({ id: '1706.03762' }, 2))).toEqual({
      Abstract: 'https://arxiv.org/abs/1706.03762v2',
      PDF: 'https://arxiv.org/pdf/1706.03762v2',
      HTML: 'https://arxiv.org/html/1706.03762v2',
      'Hugging Face': 'https://huggingface.co/papers/1706.03762',
      alphaXiv: 'https://www.alphaxiv.org/abs/1706.03762',
    });
  });
  it('links the latest when no version was linked, old-style ids included', () => {
    const links = byLabel(paperLinks({ id: 'hep-th/9901001' }, null));
    expect(links.Abstract).toBe('https://arxiv.org/abs/hep-th/9901001');
    expect(links.PDF).toBe('https://arxiv.org/pdf/hep-th/9901001');
  });
  it('adds code and project links only when they are safe', () => {
    const safe = byLabel(paperLinks({ id: '1706.03762', githubRepo: 'https://github.com/a/b', projectPage: 'https://a.github.io/b' }, null));
    expect(safe.Code).toBe('https://github.com/a/b');
    expect(safe['Project page']).toBe('https://a.github.io/b');
    const hostile = paperLinks({ id: '1706.03762', githubRepo: 'javascript:alert(1)', projectPage: 'data:text/html,x' }, null);
    expect(hostile.map((l) => l.label)).toEqual(['Abstract', 'PDF', 'HTML', 'Hugging Face', 'alphaXiv']);
    expect(hostile.every((l) => l.href.startsWith('https://'))).toBe(true);
  });
});
