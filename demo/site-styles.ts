// Dresses the demo pages: the fixture pages keep the sites' markup but not their stylesheets, which a
// test never needs and a person trying the demo does. arXiv's pages link their stylesheet, so its
// path is answered with a stand-in; Hugging Face's pages link none, so the demo's copy of each gets a
// <link> to one. Only the demo does this: the end-to-end specs see the fixture bytes unchanged.
import { readFileSync } from 'node:fs';
import type { FixtureServer } from '../tests/e2e/harness';
import { get, text, type Handler } from '../tests/e2e/harness';
import { fixturePageHandler } from '../tests/e2e/harness/hosts/fixture-index';

const css = (name: string) => readFileSync(new URL(`./site/${name}`, import.meta.url), 'utf8');
const HF_CSS_PATH = '/front/build/paper-radar-demo.css';

/** The fixture page as the harness serves it, with a stylesheet link added to its head. */
function withStylesheet(pages: Handler, href: string): Handler {
  return async (req) => {
    const reply = await pages(req);
    const type = reply?.headers?.['content-type'] ?? '';
    if (!reply || reply.status !== 200 || !type.startsWith('text/html') || reply.body === undefined) return reply;
    return { ...reply, body: reply.body.toString().replace('</head>', `<link rel="stylesheet" href="${href}">\n</head>`) };
  };
}

export function installSiteStyles(server: FixtureServer): void {
  server.use('huggingface.co', withStylesheet(fixturePageHandler('huggingface.co'), HF_CSS_PATH));
  server.use('huggingface.co', get(new RegExp(`^${HF_CSS_PATH.replace(/[.]/g, '\\.')}$`), () => text(css('hf.css'), 200, 'text/css; charset=utf-8')));
  server.use('arxiv.org', get(/^\/static\/browse\/[^/]+\/css\/arXiv\.css$/, () => text(css('arxiv.css'), 200, 'text/css; charset=utf-8')));
}
