/**
 * arXiv's daily RSS feeds (`rss.arxiv.org/rss/<cat>`, DESIGN §5.2) → announced papers. Pure and
 * DOM-free (the service worker has no DOMParser); never throws.
 *
 * What an item gives: the id and version from `guid` (`oai:arXiv.org:<id>v<N>`, falling back to the
 * description's `arXiv:<id>v<N>` and then the link), `arxiv:announce_type` (falling back to the
 * description's "Announce Type:"), the title, the abstract (the description after "Abstract:"), the
 * authors (`dc:creator`, one comma-separated string) and the categories.
 * An item we cannot identify is skipped and counted; the rest of the feed still counts. An empty
 * channel (weekends, holidays) is a valid feed with no items.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseArxivId, parseArxivRef } from '../arxiv/id';
import { asArray, CATEGORY_RE, isRaw, type Raw, textOf } from '../arxiv/xml-values';
import { ANNOUNCE_TYPES, type AnnounceType } from '../settings/settings';

export interface RssItem {
  /** Canonical id. */
  id: string;
  version?: number;
  /** Undefined when the feed names a type we do not know (it then counts as no type at all). */
  announceType?: AnnounceType;
  title: string;
  abstract: string;
  authors: string[];
  categories: string[];
}

export type RssFeed = { ok: true; items: RssItem[]; skipped: number } | { ok: false; error: string };

const parser = new XMLParser({
  ignoreAttributes: true,
  // `arxiv:announce_type` → `announce_type`, `dc:creator` → `creator`: the names do not collide in an item.
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
});
const ARRAYS = new Set(['rss.channel.item', 'rss.channel.item.category']);

const HTML_RE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html)/i;
const GUID_PREFIX_RE = /^oai:arXiv\.org:/i;
const DESCRIPTION_ID_RE = /^\s*arXiv:(\S+)/i;
const DESCRIPTION_TYPE_RE = /Announce Type:\s*([\w-]+)/i;
const ABSTRACT_RE = /(?:^|\s)Abstract:\s*/i;
// Name parts that follow a comma but belong to the name before it ("John Smith, Jr.").
const NAME_SUFFIX_RE = /^(?:jr|sr|[ivx]{2,4})\.?$/i;


export function parseArxivRss(xml: string): RssFeed {
  if (typeof xml !== 'string' || xml.trim() === '') return { ok: false, error: 'the feed is empty' };
  const head = JSON.stringify(xml.trim().slice(0, 60));
  if (HTML_RE.test(xml)) return { ok: false, error: `an HTML page came back instead of a feed: ${head}` };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, error: `not well-formed XML (line ${valid.err.line}: ${valid.err.msg}); starts ${head}` };
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    return { ok: false, error: `unparsable XML: ${String(e)}` };
  }
  const channel = isRaw(doc) && isRaw(doc['rss']) ? doc['rss']['channel'] : undefined;
  if (!isRaw(channel)) {
    const root = isRaw(doc) ? Object.keys(doc).find((k) => k !== '?xml') : undefined;
    return { ok: false, error: `root element is <${root ?? '?'}>, not an RSS <rss><channel>` };
  }
  const items: RssItem[] = [];
  let skipped = 0;
  for (const raw of asArray(channel['item'])) {
    const item = isRaw(raw) ? readItem(raw) : undefined;
    if (item) items.push(item);
    else skipped++;
  }
  return { ok: true, items, skipped };
}

function readItem(raw: Raw): RssItem | undefined {
  const description = textOf(raw['description']);
  const ref =
    parseArxivId(textOf(raw['guid']).replace(GUID_PREFIX_RE, '')) ??
    parseArxivId(DESCRIPTION_ID_RE.exec(description)?.[1] ?? '') ??
    parseArxivRef(textOf(raw['link']));
  if (!ref) return undefined;
  const type = (textOf(raw['announce_type']) || DESCRIPTION_TYPE_RE.exec(description)?.[1] || '').toLowerCase();
  const abstractAt = ABSTRACT_RE.exec(description);
  return {
    id: ref.id,
    version: ref.version ?? undefined,
    announceType: (ANNOUNCE_TYPES as readonly string[]).includes(type) ? (type as AnnounceType) : undefined,
    title: textOf(raw['title']),
    abstract: abstractAt ? description.slice(abstractAt.index + abstractAt[0].length).trim() : '',
    authors: splitAuthors(textOf(raw['creator'])),
    categories: [...new Set(asArray(raw['category']).map(textOf).filter((c) => CATEGORY_RE.test(c)))],
  };
}

/** `dc:creator` is one string, "A. One, B. Two, C. Three"; suffixes such as "Jr." stay with their name. */
export function splitAuthors(creator: string): string[] {
  const names: string[] = [];
  for (const part of creator.split(',')) {
    const name = part.trim().replace(/^and\s+/i, '');
    if (!name) continue;
    if (NAME_SUFFIX_RE.test(name) && names.length > 0) names[names.length - 1] += `, ${name}`;
    else names.push(name);
  }
  return names;
}
