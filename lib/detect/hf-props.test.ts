// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearPropsCache, parseProps, readEmbeddedPapers } from './hf-props';
import { makePage } from '../../tests/support/test-dom';

const here = dirname(fileURLToPath(import.meta.url));
const item = JSON.parse(readFileSync(join(here, '../../tests/fixtures/hf/daily_papers_item_2602.23229.json'), 'utf8'));

afterEach(() => clearPropsCache());

function island(props: string, target = 'DailyPapers') {
  const page = makePage('https://huggingface.co/papers');
  const div = page.document.createElement('div');
  div.className = 'SVELTE_HYDRATER contents';
  div.setAttribute('data-target', target);
  div.setAttribute('data-props', props);
  page.document.body.append(div);
  return page;
}

describe('parseProps', () => {
  it('reads a real daily-papers item, fields from the paper or the item', () => {
    const papers = parseProps(JSON.stringify({ dailyPapers: [item], periodType: 'day', dateString: '2026-03-06' }));
    expect(papers.get('2602.23229')).toEqual({
      id: '2602.23229',
      title: 'Large Multimodal Models as General In-Context Classifiers',
      summary: item.paper.summary,
      authors: ['Marco Garosi', 'Matteo Farina', 'Alessandro Conti', 'Massimiliano Mancini', 'Elisa Ricci'],
      publishedAt: '2026-02-26T17:08:18.000Z', // the paper's (UTC), not the item's
      submittedOnDailyAt: '2026-03-06T03:55:12.777Z',
      upvotes: 10,
      aiSummary: item.paper.ai_summary,
      aiKeywords: item.paper.ai_keywords,
      githubRepo: 'https://github.com/marco-garosi/CIRCLE',
      githubStars: 9,
      projectPage: 'https://circle-lmm.github.io/',
      numComments: 1, // only on the item
      organization: 'Multimedia and Human Understanding Group',
    });
  });

  it('reads flat items and other islands (`searchResults`, `results`, nested one level)', () => {
    const flat = { id: '2310.06825', title: 'Mistral 7B', authors: ['A. Jiang'], upvotes: 5 };
    expect(parseProps(JSON.stringify({ searchResults: [flat] })).get('2310.06825')).toMatchObject({
      title: 'Mistral 7B',
      authors: ['A. Jiang'],
      summary: '',
      upvotes: 5,
    });
    expect(parseProps(JSON.stringify({ results: [flat] })).size).toBe(1);
    expect(parseProps(JSON.stringify({ data: { results: [flat] } })).size).toBe(1);
    expect(parseProps(JSON.stringify({ paper: { id: '2310.06825', title: 'Mistral 7B' } })).size).toBe(1);
  });

  it('ignores what is not a paper and fields of the wrong type', () => {
    const papers = parseProps(
      JSON.stringify({
        models: [{ id: 'mistralai/Mistral-7B-v0.1', title: 'a model' }],
        dailyPapers: [
          null,
          'x',
          { paper: { id: '2313.00001', title: 'month 13' } },
          { paper: { id: '2310.06825' } }, // no title
          { paper: { id: '2401.04088', title: 'Mixtral', upvotes: 'many', authors: 'nobody', ai_keywords: [1, 'moe'] } },
        ],
      }),
    );
    expect([...papers.keys()]).toEqual(['2401.04088']);
    expect(papers.get('2401.04088')).toEqual({ id: '2401.04088', title: 'Mixtral', summary: '', authors: [], aiKeywords: ['moe'] });
  });

  it('turns malformed JSON into no papers, without throwing', () => {
    for (const bad of ['', '{', '{"dailyPapers": [', 'null', '[1,2]', '"text"', '{"dailyPapers": {"a": 1}}']) {
      expect(parseProps(bad).size).toBe(0);
    }
  });
});

describe('readEmbeddedPapers', () => {
  it('parses each attribute value once, however often pages are re-scanned', () => {
    const { document } = island(JSON.stringify({ dailyPapers: [item] }));
    const spy = vi.spyOn(JSON, 'parse');
    expect(readEmbeddedPapers(document).size).toBe(1);
    expect(readEmbeddedPapers(document).size).toBe(1);
    expect(spy).toHaveBeenCalledTimes(1);
    // A new value (in-page navigation) is parsed once more.
    document.querySelector('[data-props]')!.setAttribute('data-props', JSON.stringify({ dailyPapers: [] }));
    expect(readEmbeddedPapers(document).size).toBe(0);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('merges several islands and skips the ones without papers', () => {
    const { document } = island(JSON.stringify({ dailyPapers: [item] }));
    const other = document.createElement('div');
    other.setAttribute('data-target', 'SearchResults');
    other.setAttribute('data-props', JSON.stringify({ results: [{ id: '2310.06825', title: 'Mistral 7B' }] }));
    const header = document.createElement('div');
    header.setAttribute('data-target', 'MainHeader');
    header.setAttribute('data-props', '{"isLoggedIn": false}');
    document.body.append(other, header);
    expect([...readEmbeddedPapers(document).keys()].sort()).toEqual(['2310.06825', '2602.23229']);
  });
});
