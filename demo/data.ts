// The offline demo's metadata, made from the demo pages themselves (page-records.ts), so every paper a
// page shows has an arXiv record (and, for Hugging Face papers, a Hub entry) in the mocked APIs of the
// end-to-end harness; papers the blog post cites come from a bundled table (blog-papers.ts).
import type { ArxivRecord, FixtureServer } from '../tests/e2e/harness';
import { BLOG_PAPERS } from './blog-papers';
import { absPageRecord, arxivListingRecords, blogCitations, fromHfItem, hfListingItems, monthOfId, type HfItem } from './page-records';

export { DEMO_PAGES } from './page-records';

export interface DemoData {
  /** export.arxiv.org/api/query records, one per paper any demo page shows. */
  arxiv: ArxivRecord[];
  /** huggingface.co/api/papers/<id> answers (flat objects), for the listing's papers. */
  hfPapers: Map<string, Record<string, unknown>>;
  /** huggingface.co/api/daily_papers items: the listing's day, which the alert check reads as "new". */
  daily: Record<string, unknown>[];
}

function blogRecord(id: string, linkText: string): ArxivRecord {
  const known = BLOG_PAPERS[id];
  const published = known ? `${known.published}T18:00:00Z` : monthOfId(id);
  const categories = known?.categories ?? [id.includes('/') ? id.split('/')[0]! : 'cs.LG'];
  return {
    id,
    version: known?.version ?? 1,
    title: known?.title ?? `${linkText} (demo stand-in)`,
    summary: known?.summary ?? 'Offline demo: the bundled data has no metadata for this paper beyond its id.',
    authors: (known?.authors ?? ['Demo Author']).map((name) => ({ name })),
    published,
    updated: published,
    categories,
    primaryCategory: categories[0]!,
  };
}

/** The Hub's `/api/papers/<id>` object for a listing item: the item's paper, flat, plus its counts. */
function hfPaper(item: HfItem): Record<string, unknown> {
  return { ...item.paper, numComments: item.numComments ?? 0 };
}

export function buildDemoData(): DemoData {
  const items = hfListingItems();
  const records = new Map<string, ArxivRecord>();
  // First source wins: the pages that describe a paper fully before the bundled table and the guesses.
  const add = (r: ArxivRecord) => {
    if (!records.has(r.id)) records.set(r.id, r);
  };
  const cited = [...blogCitations()];
  add(absPageRecord());
  for (const [id, linkText] of cited) if (BLOG_PAPERS[id]) add(blogRecord(id, linkText));
  arxivListingRecords().forEach(add);
  items.map(fromHfItem).forEach(add);
  for (const [id, linkText] of cited) add(blogRecord(id, linkText));
  return {
    arxiv: [...records.values()],
    hfPapers: new Map(items.map((item) => [item.paper.id, hfPaper(item)])),
    daily: items as unknown as Record<string, unknown>[],
  };
}

/** Fills the fixture server's mocked APIs with the demo's data. */
export function installDemoData(server: FixtureServer, data: DemoData = buildDemoData()): DemoData {
  server.arxivApi.add(...data.arxiv);
  for (const [id, paper] of data.hfPapers) server.hfApi.papers.set(id, paper);
  server.hfApi.daily = data.daily;
  return data;
}
