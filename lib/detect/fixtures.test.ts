// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectationProblems,
  expectedCounts,
  listFixturePages,
  loadFixturePage,
  type LoadedPage,
} from '../../tests/fixtures/pages/fixture-pages';
import { startDetection } from './observer';
import { scan } from './scan';
import type { Detection, PageLocation } from './types';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function open(name: string, url?: string) {
  page = loadFixturePage(name, url);
  const { href, hostname, pathname } = page.document.location;
  const loc: PageLocation = { href, hostname, pathname };
  return { doc: page.document, loc };
}

// What every fixture must hold to: its embedded expectations, exactly (DESIGN §6).
describe.each(listFixturePages())('fixture %s', (name) => {
  it('marks exactly the expected elements, and a second pass changes nothing', () => {
    const { doc, loc } = open(name);
    const first = scan(doc, loc);
    expect(expectationProblems(doc)).toEqual([]);
    const { elements, mentions } = expectedCounts(doc);
    expect(first.detections).toHaveLength(elements + mentions);
    const html = doc.body.innerHTML;
    const second = scan(doc, loc);
    expect(second.detections).toEqual([]);
    expect(second.removed).toEqual([]);
    expect(doc.body.innerHTML).toBe(html);
  });

  it('gives the same result through the observer', async () => {
    const { doc } = open(name);
    const got: Detection[] = [];
    const handle = startDetection({
      document: doc,
      onDetect: (d) => got.push(...d),
      scheduleInitial: (run) => run(),
      schedule: (run) => run(),
    });
    handle.stop();
    expect(expectationProblems(doc)).toEqual([]);
    const { elements, mentions } = expectedCounts(doc);
    expect(got).toHaveLength(elements + mentions);
  });
});

describe('fixture counts (guards against a fixture losing its expectations)', () => {
  const counts: Record<string, [number, number]> = {
    'hf/papers-search.html': [54, 0],
    'hf/papers-search-no-props.html': [54, 0],
    'hf/papers-date-2025-11-17.html': [54, 0],
    'hf/paper-2602.23229.html': [4, 0],
    'arxiv/list-cs-LG-new.html': [24, 0],
    'arxiv/search-results.html': [6, 0],
    'arxiv/abs-2310.06825.html': [2, 2],
    'blog/links-all-forms.html': [47, 9],
    'blog/no-papers.html': [0, 0],
  };
  it('covers every fixture page', () => {
    expect(Object.keys(counts).sort()).toEqual(listFixturePages());
  });
  it.each(Object.entries(counts))('%s', (name, [elements, mentions]) => {
    const { doc } = open(name);
    expect(expectedCounts(doc)).toEqual({ elements, mentions });
  });
});

describe('Hugging Face listings', () => {
  it.each(['hf/papers-search.html', 'hf/papers-search-no-props.html', 'hf/papers-date-2025-11-17.html'])(
    '%s: 54 article cards with distinct ids',
    (name) => {
      const { doc, loc } = open(name);
      const { detections } = scan(doc, loc);
      const cards = detections.filter((d) => d.surface === 'hf-card');
      expect(cards).toHaveLength(54);
      expect(cards.every((d) => d.element.localName === 'article')).toBe(true);
      expect(new Set(cards.map((d) => d.id)).size).toBe(54);
      expect(doc.querySelectorAll('article[data-paper-radar-id]')).toHaveLength(54);
      // Links inside a marked card are not marked again.
      expect(doc.querySelectorAll('[data-paper-radar-id] [data-paper-radar-id]')).toHaveLength(0);
    },
  );

  it('attaches the embedded paper data when the page has it, and none when it has not', () => {
    let { doc, loc } = open('hf/papers-search.html');
    const withProps = scan(doc, loc).detections;
    expect(withProps.every((d) => d.meta && d.meta.id === d.id)).toBe(true);
    const first = withProps[0]!;
    expect(first.meta!.title).toBe('Beyond First-Order Tweedie: Solving Inverse Problems using Latent Diffusion');
    expect(first.meta!.authors).toHaveLength(6);
    expect(first.meta!.upvotes).toBe(3);
    expect(first.id).toBe('2312.01157');

    ({ doc, loc } = open('hf/papers-search-no-props.html'));
    const without = scan(doc, loc).detections;
    expect(without).toHaveLength(54);
    expect(without.some((d) => d.meta)).toBe(false);
    expect(without.map((d) => d.id)).toEqual(withProps.map((d) => d.id));
  });

  it('reads the date listing (`dailyPapers` key)', () => {
    const { doc, loc } = open('hf/papers-date-2025-11-17.html');
    const cards = scan(doc, loc).detections;
    expect(cards.filter((d) => d.meta)).toHaveLength(54);
    const org = cards.find((d) => d.meta?.organization);
    expect(org?.meta?.organization).toMatch(/^Learning & Vision Lab "\d+"$/);
  });

  it('marks cards on every listing URL form, not on other Hugging Face pages', () => {
    for (const url of [
      'https://huggingface.co/papers',
      'https://huggingface.co/papers?date=2025-11-17',
      'https://huggingface.co/papers/week/2025-W47',
      'https://huggingface.co/papers/month/2025-11',
      'https://huggingface.co/papers/trending?q=diffusion',
    ]) {
      const { doc, loc } = open('hf/papers-date-2025-11-17.html', url);
      expect(scan(doc, loc).detections.filter((d) => d.surface === 'hf-card'), url).toHaveLength(54);
    }
    // On a model page the same links are just links.
    const { doc, loc } = open('hf/papers-search.html', 'https://huggingface.co/mistralai/Mistral-7B-v0.1');
    const { detections } = scan(doc, loc);
    expect(detections.every((d) => d.surface === 'link')).toBe(true);
    expect(doc.querySelectorAll('article[data-paper-radar-id]')).toHaveLength(0);
  });
});

describe('Hugging Face paper page', () => {
  it('marks the h1 with the embedded data, and related papers as links', () => {
    const { doc, loc } = open('hf/paper-2602.23229.html');
    const { detections } = scan(doc, loc);
    const h1 = detections.find((d) => d.surface === 'hf-paper')!;
    expect(h1.element.localName).toBe('h1');
    expect(h1.id).toBe('2602.23229');
    expect(h1.meta).toMatchObject({
      title: 'Large Multimodal Models as General In-Context Classifiers',
      githubStars: 9,
      numComments: 1,
      organization: 'Multimedia and Human Understanding Group',
    });
    expect(detections.filter((d) => d.surface === 'link').map((d) => d.id)).toEqual([
      '2501.04001',
      '2410.13720',
      '2312.07533',
    ]);
  });
});

describe('arXiv pages', () => {
  it('listing: dt and dd of every entry in all three sections, old ids included', () => {
    const { doc, loc } = open('arxiv/list-cs-LG-new.html');
    const { detections } = scan(doc, loc);
    expect(detections.every((d) => d.surface === 'arxiv-listing')).toBe(true);
    expect(doc.querySelectorAll('dt[data-paper-radar-id]')).toHaveLength(12);
    expect(doc.querySelectorAll('dd[data-paper-radar-id]')).toHaveLength(12);
    for (const dt of Array.from(doc.querySelectorAll('dt'))) {
      expect((dt.nextElementSibling as Element).getAttribute('data-paper-radar-id')).toBe(
        dt.getAttribute('data-paper-radar-id'),
      );
    }
    expect(detections.map((d) => d.id)).toContain('math/0309136');
    expect(detections.map((d) => d.id)).toContain('cs/0112017');
  });

  it('search results: one li per result', () => {
    const { doc, loc } = open('arxiv/search-results.html');
    const { detections } = scan(doc, loc);
    expect(detections.map((d) => [d.element.localName, d.surface])).toEqual(
      Array(6).fill(['li', 'arxiv-search']),
    );
    expect(detections.map((d) => d.id)).toContain('hep-th/9711200');
  });

  it('abs page: the title with the version the page shows; citations but not its own links', () => {
    const { doc, loc } = open('arxiv/abs-2310.06825.html');
    const { detections } = scan(doc, loc);
    expect(detections.map((d) => [d.surface, d.id, d.version])).toEqual([
      ['arxiv-abs', '2310.06825', 1],
      ['link', '2307.09288', null],
      ['mention', '2307.09288', null],
      ['mention', '2302.13971', null],
    ]);
    expect(detections[0]!.element.matches('h1.title')).toBe(true);
  });

  it('abs page: the version in the URL wins; the id comes from citation_arxiv_id', () => {
    let { doc, loc } = open('arxiv/abs-2310.06825.html', 'https://arxiv.org/abs/2310.06825v3');
    expect(scan(doc, loc).detections[0]).toMatchObject({ id: '2310.06825', version: 3 });
    ({ doc, loc } = open('arxiv/abs-2310.06825.html', 'https://arxiv.org/abs/2310.06825v1?context=cs'));
    doc.querySelector('meta[name="citation_arxiv_id"]')!.remove();
    expect(scan(doc, loc).detections[0]).toMatchObject({ id: '2310.06825', version: 1 });
  });
});

describe('blog pages', () => {
  it('links-all-forms: every URL form, mentions in text, nothing in code or forms', () => {
    const { doc, loc } = open('blog/links-all-forms.html');
    const { detections } = scan(doc, loc);
    expect(detections.filter((d) => d.surface === 'link')).toHaveLength(47);
    expect(detections.filter((d) => d.surface === 'mention')).toHaveLength(9);
    for (const sel of ['code', 'pre', 'textarea', 'select', 'button', '[contenteditable]', 'script']) {
      expect(doc.querySelector(sel)!.querySelector('[data-paper-radar-id]'), sel).toBeNull();
    }
    expect(doc.querySelector('textarea')!.value).toBe('I liked arXiv:2310.06825 a lot.');
    const v1 = detections.find((d) => d.surface === 'mention' && d.id === '2310.06825')!;
    expect(v1.version).toBe(1);
    expect(v1.element.textContent).toBe('arXiv:2310.06825v1');
  });

  it('no-papers: the page is left byte for byte as it was', () => {
    const { doc, loc } = open('blog/no-papers.html');
    const before = doc.body.innerHTML;
    expect(scan(doc, loc).detections).toEqual([]);
    expect(doc.body.innerHTML).toBe(before);
  });
});
