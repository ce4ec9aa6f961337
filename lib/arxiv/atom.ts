/**
 * arXiv API Atom → validated entries. Pure and DOM-free: the service worker has no DOMParser, and the
 * tests run in Node so they fail the way the worker would.
 *
 * Both live server formats are read the same way (DESIGN §5.2, fixtures in tests/fixtures/arxiv-api):
 * - old: title/summary/comment hard-wrapped, `rel`/`title` on links, namespace declarations on every
 *   arxiv:* element, and an empty placeholder `<entry>` (no `<id>`) per unknown id;
 * - new: single-line text, links may carry no attributes, unknown ids simply left out, TeX already
 *   turned into Unicode.
 * Whitespace is collapsed everywhere so both formats give identical strings, and links are built from
 * the id, never read from `<link>`.
 *
 * Never throws: a document that is not usable Atom comes back as a typed error with no entries, so a
 * caller holding a queue of ids can keep them for later instead of losing them to an exception.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatRef, parseArxivRef } from './id';
import { type ArxivEntry, ArxivEntrySchema } from './entry';
import { asArray, CATEGORY_RE, isRaw, type Raw, textOf } from './xml-values';

export type AtomDocumentError =
  /** Nothing but whitespace came back. */
  | { kind: 'empty'; message: string }
  /** Not well-formed XML: truncated, or plain text such as `Rate exceeded.`. */
  | { kind: 'malformed'; message: string }
  /** Well-formed, but not an Atom feed (an HTML error page, say). */
  | { kind: 'not-atom'; message: string };

export type AtomEntryError =
  /** arXiv's own `<entry><title>Error</title>`; `id` is the id it names, when it names one. */
  | { kind: 'api-error'; message: string; id?: string }
  /** An entry we could not turn into a valid ArxivEntry; skipped, the rest of the feed still counts. */
  | { kind: 'invalid-entry'; message: string; index: number; id?: string };

export type AtomError = AtomDocumentError | AtomEntryError;

export interface AtomResult {
  entries: ArxivEntry[];
  errors: AtomError[];
  /** Old-format stand-ins for unknown ids (no `<id>`); counted so tests can see they were recognised. */
  placeholders: number;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // `arxiv:comment` → `comment`: the old format redeclares the namespace on each element, the new one
  // once on the feed; stripping the prefix makes both look alike. Atom and arxiv names do not collide.
  removeNSPrefix: true,
  // Ids such as 1309.4668 must stay strings, not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Decodes numeric character references too (`&#233;`), which plain XML entity processing leaves.
  htmlEntities: true,
  isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
});
const ARRAYS = new Set(['feed.entry', 'feed.entry.author', 'feed.entry.author.affiliation', 'feed.entry.category']);

// arXiv category codes (`cs.LG`, `hep-ph`, `cond-mat.stat-mech`). The old server also lists MSC and ACM
// classes as `<category>` terms ("35K57, 35R10 (Primary)", "35"); the new one does not. Keeping only
// codes gives the same list from both, and `cat:` rules only ever mean arXiv categories.
const API_ERROR_ID_RE = /^https?:\/\/arxiv\.org\/api\/errors/;
const HTML_RE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html)/i;

const optionalText = (v: unknown): string | undefined => textOf(v) || undefined;
const attrOf = (v: unknown, name: string): string =>
  isRaw(v) && typeof v['@_' + name] === 'string' ? (v['@_' + name] as string).trim() : '';

function documentError(error: AtomDocumentError): AtomResult {
  return { entries: [], errors: [error], placeholders: 0 };
}

/** The document-level failure, if the body was not a usable feed at all. */
export function atomDocumentError(result: AtomResult): AtomDocumentError | undefined {
  return result.errors.find((e): e is AtomDocumentError => e.kind !== 'api-error' && e.kind !== 'invalid-entry');
}

export function parseArxivAtom(xml: string): AtomResult {
  if (typeof xml !== 'string' || xml.trim() === '') {
    return documentError({ kind: 'empty', message: 'the response body is empty' });
  }
  const head = JSON.stringify(xml.trim().slice(0, 60));
  if (HTML_RE.test(xml)) {
    return documentError({ kind: 'not-atom', message: `an HTML page came back instead of Atom: ${head}` });
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    return documentError({ kind: 'malformed', message: `not well-formed XML (line ${line}: ${msg}); starts ${head}` });
  }
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    return documentError({ kind: 'malformed', message: `unparsable XML: ${String(e)}` });
  }
  const feed = isRaw(doc) ? doc['feed'] : undefined;
  if (!isRaw(feed)) {
    const root = isRaw(doc) ? Object.keys(doc).find((k) => k !== '?xml') : undefined;
    return documentError({ kind: 'not-atom', message: `root element is <${root ?? '?'}>, not an Atom <feed>` });
  }

  const result: AtomResult = { entries: [], errors: [], placeholders: 0 };
  asArray(feed['entry']).forEach((raw, index) => {
    if (!isRaw(raw) || textOf(raw['id']) === '') {
      result.placeholders++;
      return;
    }
    const read = readEntry(raw, index);
    if ('kind' in read) result.errors.push(read);
    else result.entries.push(read);
  });
  return result;
}

function readEntry(raw: Raw, index: number): ArxivEntry | AtomEntryError {
  const idText = textOf(raw['id']);
  if (API_ERROR_ID_RE.test(idText)) {
    // `…/api/errors#incorrect_id_format_for_1234.12345`: the id arXiv rejected, when it names one.
    const named = /_for_(.+)$/.exec(idText)?.[1];
    return { kind: 'api-error', message: textOf(raw['summary']) || textOf(raw['title']), id: named };
  }
  const ref = parseArxivRef(idText);
  if (!ref) return { kind: 'invalid-entry', index, message: `unrecognised id ${JSON.stringify(idText)}` };
  const ident = formatRef(ref);

  const authors = asArray(raw['author'])
    .map((a) => ({
      name: textOf(isRaw(a) ? a['name'] : undefined),
      affiliations: isRaw(a) ? asArray(a['affiliation']).map(textOf).filter(Boolean) : [],
    }))
    .filter((a) => a.name !== '');
  const categories = [
    ...new Set(asArray(raw['category']).map((c) => attrOf(c, 'term')).filter((t) => CATEGORY_RE.test(t))),
  ];
  const primary = attrOf(raw['primary_category'], 'term');

  const parsed = ArxivEntrySchema.safeParse({
    id: ref.id,
    version: ref.version ?? undefined,
    title: textOf(raw['title']),
    summary: textOf(raw['summary']),
    authors,
    categories,
    primaryCategory: CATEGORY_RE.test(primary) ? primary : undefined,
    published: textOf(raw['published']),
    updated: textOf(raw['updated']),
    comment: optionalText(raw['comment']),
    journalRef: optionalText(raw['journal_ref']),
    doi: optionalText(raw['doi']),
    absUrl: `https://arxiv.org/abs/${ident}`,
    pdfUrl: `https://arxiv.org/pdf/${ident}`,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return {
    kind: 'invalid-entry',
    index,
    id: ref.id,
    message: `entry ${ident}: ${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}`,
  };
}
