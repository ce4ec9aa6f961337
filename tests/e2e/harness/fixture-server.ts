// The MockServer with the default routes for every fixture host: fixture pages at the URLs they name,
// the mocked APIs, feeds and BibTeX. Specs reach the mocks' tables through it and can put their own
// handlers in front of the defaults with `use()`.
import { bibtexHandlers, type BibtexTable } from './hosts/arxiv';
import { ArxivApiTable, arxivApiHandlers } from './hosts/arxiv-api';
import { blogHandlers, blogHosts } from './hosts/blog';
import { assetHosts, fixtureHosts, fixturePageHandler } from './hosts/fixture-index';
import { HfApiTable, hfApiHandlers } from './hosts/huggingface';
import { rssHandlers, type FeedTable } from './hosts/rss';
import { MockServer, text, type Handler } from './server';

export class FixtureServer extends MockServer {
  readonly arxivApi = new ArxivApiTable();
  readonly hfApi = new HfApiTable();
  readonly bibtex: BibtexTable = new Map();
  readonly feeds: FeedTable = new Map();

  constructor() {
    super();
    const routes = new Map<string, Handler[]>([
      ['huggingface.co', hfApiHandlers(this.hfApi)],
      ['arxiv.org', bibtexHandlers(this.arxivApi, this.bibtex)],
      ['export.arxiv.org', arxivApiHandlers(this.arxivApi)],
      ['rss.arxiv.org', rssHandlers(this.feeds)],
      ...blogHosts.map((host): [string, Handler[]] => [host, blogHandlers()]),
    ]);
    for (const host of fixtureHosts()) routes.set(host, [fixturePageHandler(host), ...(routes.get(host) ?? [])]);
    for (const host of assetHosts()) if (!routes.has(host)) routes.set(host, [() => text('no fixture asset', 404)]);
    // use() prepends, so register in reverse to keep each list's order as written.
    for (const [host, handlers] of routes) {
      for (const handler of [...handlers].reverse()) this.use(host, handler);
    }
  }
}

/** Starts a fixture server on ephemeral ports; its certificate covers every default host. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = new FixtureServer();
  await server.start(server.hosts);
  return server;
}
