// Reads the demo pages (fixture pages of tests/fixtures/pages, parsed with happy-dom as the unit tests
// do) for the papers they show: the Hugging Face listing's embedded card data, the arXiv listing's
// entries, the abstract page's citation tags, and the papers the blog post cites.
import { loadFixturePage } from '../tests/fixtures/pages/fixture-pages';
import type { ArxivRecord } from '../tests/e2e/harness';

/** The pages the demo opens, as fixture files (served at their real URLs by the harness). */
export const DEMO_PAGES = {
  hfListing: 'hf/papers-date-2025-11-17.html',
  arxivListing: 'arxiv/list-cs-LG-new.html',
  abs: 'arxiv/abs-2310.06825.html',
  blog: 'blog/links-all-forms.html',
} as const;

export interface HfItem {
  paper: { id: string; title: string; summary: string; authors: { name: string }[]; publishedAt: string } & Record<string, unknown>;
  numComments?: number;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const withoutDescriptor = (el: Element | null | undefined) => text(el).replace(/^[A-Za-z]+:\s*/, '');
/** `2023-12-01T17:00:00.000Z` → arXiv's `2023-12-01T17:00:00Z`. */
const isoSeconds = (date: string) => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Mid-month of the `YYMM` an id names (`2106.09685` → 2021-06, `math/0309136` → 2003-09). */
export function monthOfId(id: string): string {
  const yymm = /(\d{4})[.\d]*$/.exec(id.split('/').pop() ?? '')?.[1] ?? '0704';
  const yy = Number(yymm.slice(0, 2));
  return `${yy > 90 ? 1900 + yy : 2000 + yy}-${yymm.slice(2)}-15T18:00:00Z`;
}
const CATEGORY = /\(([a-z-]+(?:\.[A-Za-z-]+)?)\)/g;

/**
 * The Hub describes no categories; a plausible one from the words of the title and abstract keeps
 * the overlay and exports looking as they do for a real paper (cs.LG second, as most of these are).
 */
function guessCategories(title: string, summary: string): string[] {
  const words = `${title} ${summary}`.toLowerCase();
  const primary = /\b(image|video|vision|visual|pixel|3d|segmentation)\b/.test(words)
    ? 'cs.CV'
    : /\b(language model|llm|text|token|translation)\b/.test(words)
      ? 'cs.CL'
      : /\b(convex|optimi[sz]ation|gradient|stochastic)\b/.test(words)
        ? 'math.OC'
        : 'cs.LG';
  return primary === 'cs.LG' ? ['cs.LG'] : [primary, 'cs.LG'];
}

export function hfListingItems(): HfItem[] {
  const page = loadFixturePage(DEMO_PAGES.hfListing);
  try {
    const props = page.document.querySelector('[data-target="DailyPapers"]')?.getAttribute('data-props');
    if (!props) throw new Error(`${DEMO_PAGES.hfListing}: no DailyPapers island`);
    return (JSON.parse(props) as { dailyPapers: HfItem[] }).dailyPapers;
  } finally {
    void page.close();
  }
}

export function fromHfItem({ paper }: HfItem): ArxivRecord {
  const categories = guessCategories(paper.title, paper.summary);
  const published = isoSeconds(paper.publishedAt);
  return {
    id: paper.id,
    version: 1,
    title: paper.title,
    summary: paper.summary,
    authors: paper.authors.map((a) => ({ name: a.name })),
    published,
    updated: published,
    categories,
    primaryCategory: categories[0]!,
  };
}

export function arxivListingRecords(): ArxivRecord[] {
  const page = loadFixturePage(DEMO_PAGES.arxivListing);
  try {
    const doc = page.document;
    const day = new Date(text(doc.querySelector('.list-dateline')).replace(/^.*for \w+, /, '') + ' UTC');
    const announced = isoSeconds(new Date(day.getTime() - 3 * 24 * 3600_000).toISOString());
    return Array.from(doc.querySelectorAll('dl#articles > dt')).map((dt) => {
      const id = dt.querySelector('a[title="Abstract"]')?.getAttribute('id') ?? '';
      const dd = dt.nextElementSibling;
      const replaced = /\(replaced\b/.test(text(dt));
      const subjects = [...text(dd?.querySelector('.list-subjects')).matchAll(CATEGORY)].map((m) => m[1]!);
      const comment = withoutDescriptor(dd?.querySelector('.list-comments'));
      return {
        id,
        version: replaced ? 2 : 1,
        title: withoutDescriptor(dd?.querySelector('.list-title')),
        summary: text(dd?.querySelector('p.mathjax')) || 'Offline demo: this listing shows no abstract for the entry.',
        authors: Array.from(dd?.querySelectorAll('.list-authors a') ?? []).map((a) => ({ name: text(a) })),
        // A replacement was first submitted in the month its id names, and updated now.
        published: replaced ? monthOfId(id) : announced,
        updated: announced,
        categories: subjects,
        primaryCategory: subjects[0] ?? 'cs.LG',
        ...(comment ? { comment } : {}),
      };
    });
  } finally {
    void page.close();
  }
}

export function absPageRecord(): ArxivRecord {
  const page = loadFixturePage(DEMO_PAGES.abs);
  try {
    const doc = page.document;
    const meta = (name: string) => Array.from(doc.querySelectorAll(`meta[name="${name}"]`)).map((m) => m.getAttribute('content') ?? '');
    const subjects = [...text(doc.querySelector('td.subjects')).matchAll(CATEGORY)].map((m) => m[1]!);
    const published = isoSeconds(meta('citation_date')[0]!.replace(/\//g, '-') + 'T17:00:00Z');
    return {
      id: meta('citation_arxiv_id')[0]!,
      version: 1,
      title: meta('citation_title')[0]!,
      summary: meta('citation_abstract')[0]!,
      // "Surname, Forenames" → "Forenames Surname", as the API writes names.
      authors: meta('citation_author').map((n) => ({ name: n.split(', ').reverse().join(' ') })),
      published,
      updated: published,
      categories: subjects,
      primaryCategory: subjects[0] ?? 'cs.CL',
    };
  } finally {
    void page.close();
  }
}

/** Every paper the blog post cites (links and `arXiv:` mentions), with the link text where there is one. */
export function blogCitations(): Map<string, string> {
  const page = loadFixturePage(DEMO_PAGES.blog);
  try {
    const cited = new Map<string, string>();
    for (const el of Array.from(page.document.querySelectorAll('[data-expect-id]'))) {
      const id = el.getAttribute('data-expect-id')!;
      if (!cited.has(id)) cited.set(id, text(el));
    }
    for (const box of Array.from(page.document.querySelectorAll('[data-expect-mentions]'))) {
      for (const id of (box.getAttribute('data-expect-mentions') ?? '').split(/\s+/).filter(Boolean)) {
        if (!cited.has(id)) cited.set(id, `arXiv:${id}`);
      }
    }
    return cited;
  } finally {
    void page.close();
  }
}

