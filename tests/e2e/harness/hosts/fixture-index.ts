// Serves every fixture page at the real URL it names in `<meta name="fixture-url">` (the convention of
// tests/fixtures/pages/fixture-pages.ts), so a page added there is reachable in the browser with no
// change here. A few pages are served at another real URL because two pages name the same one.
import { fixtureUrl, listFixturePages, readFixturePage } from '../../../fixtures/pages/fixture-pages';
import type { Handler } from '../server';
import { serveFixture } from './fixture-file';

/**
 * Pages served somewhere other than their fixture-url. papers-search-no-props.html is the search
 * listing as it looks after in-page navigation (no data-props island) and names the same URL as
 * papers-search.html; the month listing with the same query is another URL form of the same site.
 */
const servedAtOverrides: Record<string, string> = {
  'hf/papers-search-no-props.html': 'https://huggingface.co/papers/month/2025-11?q=first-order',
};

interface IndexedPage {
  file: string;
  url: URL;
}

let index: IndexedPage[] | undefined;

function fixtureIndex(): IndexedPage[] {
  index ??= listFixturePages().map((file) => ({
    file,
    url: new URL(servedAtOverrides[file] ?? fixtureUrl(readFixturePage(file))),
  }));
  return index;
}

/** The https URL at which the harness serves a fixture page, e.g. `pageUrl('hf/papers-search.html')`. */
export function pageUrl(file: string): string {
  const page = fixtureIndex().find((p) => p.file === file);
  if (!page) throw new Error(`no fixture page ${file} in tests/fixtures/pages`);
  return page.url.href;
}

/** Hosts that fixture pages live on. */
export function fixtureHosts(): string[] {
  return [...new Set(fixtureIndex().map((p) => p.url.hostname))];
}

/**
 * Hosts the fixture pages load subresources from (arXiv's stylesheet on static.arxiv.org, say): the
 * page, not the extension, asks for them, so they count as expected hosts. They get 404s.
 */
export function assetHosts(): string[] {
  const hosts = new Set<string>();
  const subresource = /<(?:link|script|img|source|iframe|video|audio)\b[^>]*?\b(?:src|href)="(?:https?:)?\/\/([^/"]+)/gi;
  for (const { file } of fixtureIndex()) {
    for (const [, host] of readFixturePage(file).matchAll(subresource)) if (host) hosts.add(host.toLowerCase());
  }
  return [...hosts];
}

/** Serves the page whose URL has this path and whose query parameters all appear in the request. */
export function fixturePageHandler(host: string): Handler {
  return (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    const page = fixtureIndex()
      .filter((p) => p.url.hostname === host && p.url.pathname === req.url.pathname)
      .filter((p) => [...p.url.searchParams].every(([k, v]) => req.url.searchParams.get(k) === v))
      .sort((a, b) => [...b.url.searchParams].length - [...a.url.searchParams].length)[0];
    return page ? serveFixture(page.file) : undefined;
  };
}
