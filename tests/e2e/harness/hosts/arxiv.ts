// arxiv.org/bibtex/<id>: arXiv's own BibTeX entry (DESIGN §5.5), answered from a spec's verbatim
// entries or made from the API mock's metadata table. (The site's pages come from the fixture index.)
import type { ArxivRecord } from '../atom';
import { get, text, type Handler } from '../server';
import type { ArxivApiTable } from './arxiv-api';

/** arXiv's own BibTeX entries by canonical id; when absent, one is made from the API table's record. */
export type BibtexTable = Map<string, string>;

export function bibtexHandlers(api: ArxivApiTable, bibtex: BibtexTable): Handler[] {
  return [
    get(/^\/bibtex\/(.+)$/, (_req, [, raw = '']) => {
      const id = raw.replace(/v\d+$/, '');
      const verbatim = bibtex.get(id);
      if (verbatim !== undefined) return text(verbatim);
      const record = api.records.get(id);
      return record ? text(bibtexFor(record)) : text('', 404);
    }),
  ];
}

/** arXiv's entry layout (DESIGN §5.5) with a simple key; specs needing exact bytes put them in the table. */
function bibtexFor(r: ArxivRecord): string {
  const year = r.updated.slice(0, 4);
  const family = (r.authors[0]?.name.split(' ').pop() ?? 'unknown').toLowerCase();
  const firstWord = (r.title.split(' ')[0] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const lines = [
    `@misc{${family}${year}${firstWord},`,
    `      title={${r.title.replace(/\s+/g, ' ')}}, `,
    `      author={${r.authors.map((a) => a.name).join(' and ')}},`,
    `      year={${year}},`,
    `      eprint={${r.id}},`,
    '      archivePrefix={arXiv},',
    `      primaryClass={${r.primaryCategory}},`,
    ...(r.doi ? [`      doi={https://doi.org/${r.doi}},`] : []),
    `      url={https://arxiv.org/abs/${r.id}}, `,
    '}',
  ];
  return lines.join('\n');
}
