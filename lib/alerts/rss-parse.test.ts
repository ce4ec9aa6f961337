import { describe, expect, it } from 'vitest';
import { readFixture } from '../../tests/support/fixtures';
import { parseArxivRss, splitAuthors } from './rss-parse';

const WEEKDAY = readFixture('arxiv-rss/math.OC-constructed-weekday.xml');
const WEEKEND = readFixture('arxiv-rss/math.OC-constructed-weekend-empty.xml');

describe('parseArxivRss on the feeds built from arXiv’s specification', () => {
  it('reads every item of a weekday feed: id and version from guid, announce type, authors, categories, abstract', () => {
    const feed = parseArxivRss(WEEKDAY);
    expect(feed).toMatchObject({ ok: true, skipped: 0 });
    if (!feed.ok) return;
    expect(feed.items.map((i) => [i.id, i.version, i.announceType])).toEqual([
      ['2203.01250', 3, 'replace-cross'],
      ['2402.10001', 1, 'new'],
      ['2402.10002', 1, 'cross'],
    ]);
    expect(feed.items[1]).toEqual({
      id: '2402.10001',
      version: 1,
      announceType: 'new',
      title: 'A first-order penalty method for nonconvex bilevel optimization',
      abstract:
        'We study first-order algorithms for bilevel optimization where both levels are smooth but possibly nonconvex, and show $O(\\epsilon^{-3})$ oracle complexity.',
      authors: ['Jane Q. Doe', "Jos\\'e P\\'erez", 'Wei Zhang'],
      categories: ['math.OC', 'cs.LG'],
    });
    // The specification's own example: the abstract starts after "Abstract:", TeX kept as arXiv sends it.
    expect(feed.items[0]!.abstract).toMatch(/^We consider first order local minimization problems of the form \$\\min/);
    expect(feed.items[0]!.abstract).toMatch(/as \$\\sum_i H\(m_i\)\$\.$/);
    expect(feed.items[0]!.authors).toEqual(['Author One', 'Author Two']);
    expect(feed.items[2]!.categories).toEqual(['eess.SY', 'math.OC']);
  });

  it('reads a weekend feed (a channel without items) as a valid, empty feed', () => {
    expect(parseArxivRss(WEEKEND)).toEqual({ ok: true, items: [], skipped: 0 });
  });

  it('falls back to the description for the id and announce type when guid and the arxiv element are missing', () => {
    const xml = WEEKDAY.replace('<guid isPermaLink="false">oai:arXiv.org:2402.10001v1</guid>', '').replace(
      '<arxiv:announce_type>new</arxiv:announce_type>',
      '',
    );
    const feed = parseArxivRss(xml);
    expect(feed.ok && feed.items[1]).toMatchObject({ id: '2402.10001', version: 1, announceType: 'new' });
  });

  it('skips and counts an item it cannot identify; an unknown announce type counts as none', () => {
    const xml = WEEKDAY.replace('oai:arXiv.org:2402.10002v1', 'oai:example:1')
      .replace('arXiv:2402.10002v1 Announce Type', 'Announce Type')
      .replace('https://arxiv.org/abs/2402.10002', 'https://example.org/')
      .replace('<arxiv:announce_type>new</arxiv:announce_type>', '<arxiv:announce_type>withdrawn</arxiv:announce_type>');
    const feed = parseArxivRss(xml);
    expect(feed).toMatchObject({ ok: true, skipped: 1 });
    expect(feed.ok && feed.items.map((i) => [i.id, i.announceType])).toEqual([
      ['2203.01250', 'replace-cross'],
      ['2402.10001', undefined],
    ]);
  });

  it('answers a clear error for what is not a feed, and never throws', () => {
    expect(parseArxivRss('')).toEqual({ ok: false, error: 'the feed is empty' });
    expect(parseArxivRss('Rate exceeded.')).toMatchObject({ ok: false, error: expect.stringMatching(/^not well-formed XML/) });
    expect(parseArxivRss('<!DOCTYPE html><html><body>Oops</body></html>')).toMatchObject({ ok: false, error: expect.stringMatching(/^an HTML page/) });
    expect(parseArxivRss(WEEKDAY.slice(0, 2000))).toMatchObject({ ok: false, error: expect.stringMatching(/^not well-formed XML/) });
    expect(parseArxivRss('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toEqual({
      ok: false,
      error: 'root element is <feed>, not an RSS <rss><channel>',
    });
    expect(parseArxivRss(42 as unknown as string)).toMatchObject({ ok: false });
  });
});

describe('splitAuthors', () => {
  it('splits dc:creator on commas, keeps suffixes with their name and drops a leading "and"', () => {
    expect(splitAuthors('A. N. Author')).toEqual(['A. N. Author']);
    expect(splitAuthors('John Smith, Jr., Ada Lovelace, and Alan Turing')).toEqual(['John Smith, Jr.', 'Ada Lovelace', 'Alan Turing']);
    expect(splitAuthors(' , ')).toEqual([]);
  });
});
