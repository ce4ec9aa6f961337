// The pages of bench/page-cost.ts (DESIGN §8): generated, deterministic, served by the e2e fixture
// server on a blog host. Both carry the same small script of their own, as real blogs do, so the
// page's own script time is not zero and "with / without" is a ratio between two measured numbers.
import { newIds, paperLinksPage } from '../tests/fixtures/pages/blog/paper-links';

export interface BenchPage {
  name: string;
  /** Path on the blog host. */
  path: string;
  html: string;
  /** Elements the extension should mark (data-paper-radar-id), for the sanity check. */
  expectedMarks: number;
  /** Paper ids on the page, so the arXiv mock can answer for them. */
  ids: string[];
}

/**
 * What an ordinary blog runs on load: open external links in a new tab and count the words for a
 * "N min read" line. It walks every link and the text once, like the extension does.
 */
const PAGE_SCRIPT = `<script>
addEventListener('DOMContentLoaded', () => {
  for (const a of document.links) if (a.host !== location.host) { a.target = '_blank'; a.rel = 'noopener'; }
  const words = document.body.textContent.split(/\\s+/).length;
  document.getElementById('reading-time').textContent = Math.ceil(words / 230) + ' min read';
});
</script>`;

const TOPICS = ['gardening', 'sourdough', 'cycling', 'typography', 'networking', 'photography', 'chess', 'tea', 'bookbinding', 'astronomy'];
const HOSTS = ['en.wikipedia.org', 'github.com', 'news.example.net', 'www.example.org', 'docs.example.com', 'shop.example.com'];

/**
 * An index page with `count` ordinary links (DESIGN §8: "a page with 5,000 links and no papers"):
 * same-site and external links, text with version numbers, dates and plain numbers, and a few links
 * to paper hosts that are not papers (listings, models), which the extension's prefilter lets through
 * to the id parser.
 */
export function linksPage(count: number): BenchPage {
  const perSection = 20;
  const sections: string[] = [];
  for (let s = 0; s * perSection < count; s++) {
    const topic = TOPICS[s % TOPICS.length]!;
    const links: string[] = [];
    for (let i = s * perSection; i < Math.min(count, (s + 1) * perSection); i++) {
      const host = HOSTS[i % HOSTS.length]!;
      const href =
        i % 50 === 7 ? `https://arxiv.org/list/cs.LG/${i % 2 ? 'new' : 'recent'}`
        : i % 50 === 31 ? `https://huggingface.co/models/example/${topic}-${i}`
        : i % 3 === 0 ? `/${topic}/${i}/`
        : `https://${host}/${topic}/${i}?ref=index#v${i % 7}.${i % 11}`;
      links.push(`<li><a href="${href}">${topic} note ${i} (v${i % 9}.${i % 13}.0)</a></li>`);
    }
    sections.push(`<section>
  <h2>${topic} ${s}</h2>
  <p>Updated 2025.${String((s % 12) + 1).padStart(2, '0')}.${String((s % 28) + 1).padStart(2, '0')} from 10.0.${s % 256}.${(s * 7) % 256}; reference ${2300 + (s % 99)}.${String(10000 + s).slice(1)} on the invoice. A few words about ${topic}, for readers who like lists.</p>
  <ul>${links.join('')}</ul>
</section>`);
  }
  const html = page(`${count} links`, sections.join('\n'));
  return { name: `${count.toLocaleString('en-US')} links, no papers`, path: `/bench/links-${count}.html`, html, expectedMarks: 0, ids: [] };
}

/**
 * A reading list with `links` arXiv links in the rotating URL forms of DESIGN §5.1 (the generator the
 * metadata specs use), plus the `arXiv:<id>` text mentions that generator puts every 13th item.
 */
export function arxivPage(links: number): BenchPage {
  // paperLinksPage turns every 13th id into a text mention: ask for enough ids to get `links` links.
  const total = links + Math.floor(links / 12);
  const ids = newIds('2401', total);
  const generated = paperLinksPage(ids, { title: `${links} arXiv links`, extraHead: PAGE_SCRIPT });
  const linkCount = generated.refs.length - generated.mentions;
  if (linkCount !== links) throw new Error(`arxivPage: ${linkCount} links, wanted ${links}`);
  const html = generated.html.replace('<h1>', '<p id="reading-time"></p>\n    <h1>');
  return {
    name: `${links.toLocaleString('en-US')} arXiv links (+${generated.mentions} mentions)`,
    path: `/bench/arxiv-${links}.html`,
    html,
    expectedMarks: ids.length,
    ids,
  };
}

/** A page with a paragraph, no links and no script of its own: the content script's fixed cost. */
export function blankPage(): BenchPage {
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>A short note</title></head>
<body><p>Nothing to see here, and nothing to run.</p></body>
</html>
`;
  return { name: 'almost empty page', path: '/bench/blank.html', html, expectedMarks: 0, ids: [] };
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  ${PAGE_SCRIPT}
</head>
<body>
  <header><a href="/">Notes on Everything</a> <nav><a href="/about/">About</a> <a href="/archive/">Archive</a></nav></header>
  <main>
    <h1>${title}</h1>
    <p id="reading-time"></p>
${body}
  </main>
  <footer><p>© 2025 · <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></p></footer>
</body>
</html>
`;
}
