// Renders arXiv API answers in the two Atom layouts live in the wild (DESIGN §5.2), modelled line by
// line on the real captures in shared/fixtures/arxiv-api/: `new` (single-line text, links without
// rel/title, missing ids left out) and `old` (hard-wrapped title and summary, rel/title attributes on
// links, an empty placeholder entry per missing id). The mock deliberately does not reuse the product's
// parser or id code: a mock built from the code under test would agree with its bugs.
import { createHash } from 'node:crypto';

/** One paper as the arXiv API describes it. */
export interface ArxivRecord {
  /** Canonical id without version: `2201.13452`, `math/0309136`. */
  id: string;
  /** Latest version number. */
  version: number;
  title: string;
  summary: string;
  authors: Array<{ name: string; affiliation?: string }>;
  /** ISO date of v1, e.g. `2022-01-31T18:59:34Z`. */
  published: string;
  /** ISO date the API reports as `updated`. */
  updated: string;
  categories: string[];
  primaryCategory: string;
  comment?: string;
  journalRef?: string;
  doi?: string;
}

export type AtomFormat = 'new' | 'old';

export interface AtomQuery {
  /** The ids as requested (order kept, versions kept). */
  idList: string[];
  start: number;
  maxResults: number;
}

/** A requested id: either a record to render or a miss (left out, or a placeholder in `old`). */
export type AtomSlot = { record: ArxivRecord; requested: string } | { missing: string };

const ATOM = 'http://www.w3.org/2005/Atom';
const ARXIV = 'http://arxiv.org/schemas/atom';
const OPENSEARCH = 'http://a9.com/-/spec/opensearch/1.1/';

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** arXiv's query hash in `<id>`: opaque, stable per query; ours only needs to look the part. */
function queryHash(query: AtomQuery): string {
  return createHash('sha1').update(query.idList.join(',')).digest('base64').slice(0, 27);
}

/** Greedy hard wrap, as the old server's title/summary/comment text arrives. */
function wrap(value: string, width: number, joiner: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join(joiner);
}

function versioned(record: ArxivRecord, requested: string): string {
  // Asking for `id v2` gets that version; a bare id gets the latest.
  const asked = /v(\d+)$/.exec(requested);
  return `${record.id}v${asked ? asked[1] : record.version}`;
}

export function renderAtom(format: AtomFormat, query: AtomQuery, slots: AtomSlot[]): string {
  const shown = format === 'new' ? slots.filter((s) => 'record' in s) : slots;
  const page = shown.slice(query.start, query.start + query.maxResults);
  return format === 'new' ? renderNew(query, shown.length, page) : renderOld(query, shown.length, page);
}

function renderNew(query: AtomQuery, total: number, slots: AtomSlot[]): string {
  const ids = query.idList.join(',');
  const out = [
    `<?xml version='1.0' encoding='UTF-8'?>`,
    `<feed xmlns:opensearch="${OPENSEARCH}" xmlns:arxiv="${ARXIV}" xmlns="${ATOM}">`,
    `  <id>https://arxiv.org/api/${queryHash(query)}</id>`,
    `  <title>arXiv Query: search_query=&amp;id_list=${escapeXml(ids)}&amp;start=${query.start}&amp;max_results=${query.maxResults}</title>`,
    `  <updated>${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}</updated>`,
    `  <link href="https://arxiv.org/api/query?search_query=&amp;start=${query.start}&amp;max_results=${query.maxResults}&amp;id_list=${escapeXml(ids)}" type="application/atom+xml"/>`,
    `  <opensearch:itemsPerPage>${query.maxResults}</opensearch:itemsPerPage>`,
    `  <opensearch:totalResults>${total}</opensearch:totalResults>`,
    `  <opensearch:startIndex>${query.start}</opensearch:startIndex>`,
  ];
  for (const slot of slots) {
    if (!('record' in slot)) continue;
    const r = slot.record;
    const vid = versioned(r, slot.requested);
    out.push(
      '  <entry>',
      `    <id>http://arxiv.org/abs/${vid}</id>`,
      `    <title>${escapeXml(r.title)}</title>`,
      `    <updated>${r.updated}</updated>`,
      `    <link href="https://arxiv.org/abs/${vid}"/>`,
      `    <link href="https://arxiv.org/pdf/${vid}"/>`,
      `    <summary>${escapeXml(r.summary)}</summary>`,
      ...r.categories.map((c) => `    <category term="${escapeXml(c)}" scheme="${ARXIV}"/>`),
      `    <published>${r.published}</published>`,
      ...(r.comment ? [`    <arxiv:comment>${escapeXml(r.comment)}</arxiv:comment>`] : []),
      `    <arxiv:primary_category term="${escapeXml(r.primaryCategory)}"/>`,
      ...(r.journalRef ? [`    <arxiv:journal_ref>${escapeXml(r.journalRef)}</arxiv:journal_ref>`] : []),
      ...r.authors.flatMap((a) => [
        '    <author>',
        `      <name>${escapeXml(a.name)}</name>`,
        ...(a.affiliation ? [`      <arxiv:affiliation>${escapeXml(a.affiliation)}</arxiv:affiliation>`] : []),
        '    </author>',
      ]),
      ...(r.doi
        ? [`    <arxiv:doi>${escapeXml(r.doi)}</arxiv:doi>`, `    <link rel="related" href="https://doi.org/${escapeXml(r.doi)}"/>`]
        : []),
      '  </entry>',
    );
  }
  out.push('</feed>');
  return out.join('\n') + '\n';
}

function renderOld(query: AtomQuery, total: number, slots: AtomSlot[]): string {
  const ids = query.idList.join(',');
  const os = `xmlns:opensearch="${OPENSEARCH}"`;
  const ax = `xmlns:arxiv="${ARXIV}"`;
  const selfQuery = encodeURIComponent(`search_query=&id_list=${ids}&start=${query.start}&max_results=${query.maxResults}`);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="${ATOM}">`,
    `  <link href="http://arxiv.org/api/query?${selfQuery}" rel="self" type="application/atom+xml"/>`,
    `  <title type="html">ArXiv Query: search_query=&amp;id_list=${escapeXml(ids)}&amp;start=${query.start}&amp;max_results=${query.maxResults}</title>`,
    `  <id>http://arxiv.org/api/${queryHash(query)}</id>`,
    `  <updated>${new Date().toISOString().slice(0, 10)}T00:00:00-04:00</updated>`,
    `  <opensearch:totalResults ${os}>${total}</opensearch:totalResults>`,
    `  <opensearch:startIndex ${os}>${query.start}</opensearch:startIndex>`,
    `  <opensearch:itemsPerPage ${os}>${query.maxResults}</opensearch:itemsPerPage>`,
  ];
  for (const slot of slots) {
    if (!('record' in slot)) {
      out.push(
        '  <entry>',
        `    <arxiv:primary_category ${ax} term="" scheme="${ARXIV}"/>`,
        `    <category term="" scheme="${ARXIV}"/>`,
        '  </entry>',
      );
      continue;
    }
    const r = slot.record;
    const vid = versioned(r, slot.requested);
    out.push(
      '  <entry>',
      `    <id>http://arxiv.org/abs/${vid}</id>`,
      `    <updated>${r.updated}</updated>`,
      `    <published>${r.published}</published>`,
      `    <title>${escapeXml(wrap(r.title, 72, '\n  '))}</title>`,
      `    <summary>  ${escapeXml(wrap(r.summary, 79, '\n'))}\n</summary>`,
      ...r.authors.flatMap((a) => [
        '    <author>',
        `      <name>${escapeXml(a.name)}</name>`,
        ...(a.affiliation ? [`      <arxiv:affiliation ${ax}>${escapeXml(a.affiliation)}</arxiv:affiliation>`] : []),
        '    </author>',
      ]),
      ...(r.doi
        ? [
            `    <arxiv:doi ${ax}>${escapeXml(r.doi)}</arxiv:doi>`,
            `    <link title="doi" href="http://dx.doi.org/${escapeXml(r.doi)}" rel="related"/>`,
          ]
        : []),
      ...(r.comment ? [`    <arxiv:comment ${ax}>${escapeXml(wrap(r.comment, 72, '\n  '))}</arxiv:comment>`] : []),
      ...(r.journalRef ? [`    <arxiv:journal_ref ${ax}>${escapeXml(r.journalRef)}</arxiv:journal_ref>`] : []),
      `    <link href="http://arxiv.org/abs/${vid}" rel="alternate" type="text/html"/>`,
      `    <link title="pdf" href="http://arxiv.org/pdf/${vid}" rel="related" type="application/pdf"/>`,
      `    <arxiv:primary_category ${ax} term="${escapeXml(r.primaryCategory)}" scheme="${ARXIV}"/>`,
      ...r.categories.map((c) => `    <category term="${escapeXml(c)}" scheme="${ARXIV}"/>`),
      '  </entry>',
    );
  }
  out.push('</feed>');
  return out.join('\n') + '\n';
}

/** The answer to a malformed id: an entry titled `Error` (HTTP 200 from the old server, 400 from the new). */
export function renderIdError(format: AtomFormat, badId: string): string {
  const ref = `http://arxiv.org/api/errors#incorrect_id_format_for_${escapeXml(badId)}`;
  const head =
    format === 'new'
      ? `<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch="${OPENSEARCH}" xmlns:arxiv="${ARXIV}" xmlns="${ATOM}">`
      : `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="${ATOM}" xmlns:opensearch="${OPENSEARCH}">`;
  return [
    head,
    `  <id>http://arxiv.org/api/${queryHash({ idList: [badId], start: 0, maxResults: 1 })}</id>`,
    `  <title>arXiv Query: search_query=&amp;id_list=${escapeXml(badId)}</title>`,
    `  <opensearch:totalResults>1</opensearch:totalResults>`,
    `  <opensearch:startIndex>0</opensearch:startIndex>`,
    `  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>`,
    '  <entry>',
    `    <id>${ref}</id>`,
    '    <title>Error</title>',
    `    <summary>incorrect id format for ${escapeXml(badId)}</summary>`,
    `    <updated>${new Date().toISOString().slice(0, 10)}T00:00:00-04:00</updated>`,
    `    <link href="${ref}" rel="alternate" type="text/html"/>`,
    '    <author>',
    '      <name>arXiv api core</name>',
    '    </author>',
    '  </entry>',
    '</feed>',
    '',
  ].join('\n');
}
