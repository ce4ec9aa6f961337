/**
 * arXiv identifiers: the one place in the product that decides what an id is (DESIGN §5.1, §5.4).
 *
 * Pure and dependency-free because the every-page content script ships it; every regex is built once
 * and none nests quantifiers, so a hostile page cannot make the scanner backtrack for long.
 *
 * Decisions on rules the references leave open:
 * - New ids have no upper bound on YYMM. A bound read from the clock would make the result depend on
 *   the day, and a fixed one would silently expire; an id from the future merely comes back "unknown"
 *   from arXiv and is cached as such, which costs one batched lookup.
 * - The sequence number is never all zeros (arXiv numbers each month from 1), and versions are at most
 *   nine digits so they stay exact integers.
 * - Archives are matched as arXiv writes them, in lower case (hyphen optional); the subject class of old
 *   ids is accepted in any case and dropped. Outside DOIs (case-insensitive by definition) an upper-case
 *   archive is not an id.
 * - Old-scheme archives are not checked against the months in which each one actually existed.
 * - URLs: only the path forms of §5.1 count (so not /ps/, /src/, /list/, /a/); the file suffixes are
 *   accepted after any of them, since arXiv serves the same paper either way; paths are case-sensitive
 *   as on arXiv, hosts are not.
 * - A mention followed by a letter, a digit or a "."+digit is another token, not a mention, rather
 *   than a truncated id ("arXiv:2401.123456" finds nothing).
 */

export interface ArxivRef {
  /** Canonical: no version; old ids with the hyphenated archive and no subject class. */
  id: string;
  version: number | null;
}

export interface Mention {
  /** Offset of the `arXiv:` prefix; `length` spans prefix, id and version. */
  index: number;
  length: number;
  id: string;
  version: number | null;
}

// arXiv resolves hyphenated archives with the hyphen dropped too (hepth/9901001), so both spellings
// map to the canonical name. A Map, so that ids like "constructor/9901001" cannot reach the prototype.
const ARCHIVES = new Map<string, string>();
for (const a of (
  'acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas ' +
  'cond-mat cs dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph mtrl-th nlin nucl-ex ' +
  'nucl-th patt-sol physics plasm-ph q-alg q-bio quant-ph solv-int supr-con'
).split(' ')) {
  ARCHIVES.set(a, a).set(a.replace('-', ''), a);
}

// Groups: 1 new YYMM, 2 new number, 3 archive, 4 old YYMMNNN, 5 version. The subject class is bounded
// (the longest real one is "physics.atm-clus"-sized) to keep the scanner's work per position constant.
const ID =
  '(?:(\\d{4})\\.(\\d{4,5})|([a-z]+(?:-[a-z]+)?)(?:\\.[A-Za-z][A-Za-z-]{0,15})?\\/(\\d{7}))(?:v([1-9]\\d{0,8}))?';
const ID_RE = new RegExp('^' + ID + '$');
// A mention must stand alone: not glued to a preceding word, and not running on into more letters or
// digits (or a decimal part), which would make it some other token that merely starts like an id.
// The pattern finds candidates and their neighbours are checked by hand: written as lookarounds with
// Unicode classes (\p{L}, \p{N}) it cost each page with a mention ~1.3 ms to build and compile, more
// than finding all 83 mentions of the bench page. The class is built only for a non-ASCII neighbour.
const MENTION_RE = /* @__PURE__ */ new RegExp('[aA][rR][xX][iI][vV]: ?' + ID, 'g');
let letterOrNumberRe: RegExp | undefined;

function isLetterOrNumber(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return (letterOrNumberRe ??= /[\p{L}\p{N}]/u).test(String.fromCodePoint(cp));
}

/** The code point that ends just before `i` (a whole surrogate pair when there is one). */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const unit = text.charCodeAt(i - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return unit;
}

/** Whether the candidate `m` stands alone: the lookarounds `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}]|\.\d)`. */
function standsAlone(text: string, m: RegExpExecArray): boolean {
  if (isLetterOrNumber(codePointBefore(text, m.index))) return false;
  const end = m.index + m[0].length;
  const next = text.codePointAt(end);
  if (isLetterOrNumber(next)) return false;
  const digit = text.charCodeAt(end + 1);
  return !(next === 46 && digit >= 48 && digit <= 57);
}
const PREFIX_RE = /^arxiv: ?/i;

// Authority first, on its own: most links on a page are to other hosts and stop there. Then, from
// where the authority ended, the path and anything after "?" or "#", which never identifies the paper.
const HOST_RE = /^(?:(?:https?:)?\/\/)?([^/?#\s\\]+)/i;
const REST_RE = /(\/[^?#\s]*)(?:[?#][^]*)?$/y;
const PATH_RE = /^\/([^/]+)\/(.+?)\/?$/;
const FTP_RE = /^([a-z-]+)\/papers\/(\d{4})\/((\d{4})[^/]*)$/;
const DOI_RE = /^arxiv\.(.+)$/i;
// Files arXiv serves under an id: the PDF, and PostScript / source archives (§5.4).
const SUFFIX_RE = /\.(?:pdf|ps\.gz|ps|tar\.gz|gz)$/;
const PATH_PREFIX_RE = /^arxiv(?::|%3a)/i;

// Host → the first path segments under which a paper id follows. Exact hosts only, so look-alikes
// ("arxiv.org.evil.com", "notarxiv.org") never match.
const ARXIV_PATHS = ' abs pdf html format ftp ';
const ALPHAXIV_PATHS = ' abs pdf overview ';
const HF_PATHS = ' papers ';
const DOI_PATHS = ' 10.48550 ';
const SCIRATE_PATHS = ' arxiv ';
const HOSTS = new Map<string, string>([
  ['arxiv.org', ARXIV_PATHS],
  ['www.arxiv.org', ARXIV_PATHS],
  ['export.arxiv.org', ARXIV_PATHS],
  ['browse.arxiv.org', ARXIV_PATHS],
  ['ar5iv.labs.arxiv.org', ' html '],
  ['ar5iv.org', ' abs html '],
  ['alphaxiv.org', ALPHAXIV_PATHS],
  ['www.alphaxiv.org', ALPHAXIV_PATHS],
  ['huggingface.co', HF_PATHS],
  ['www.huggingface.co', HF_PATHS],
  ['hf.co', HF_PATHS],
  ['www.hf.co', HF_PATHS],
  ['doi.org', DOI_PATHS],
  ['dx.doi.org', DOI_PATHS],
  ['www.doi.org', DOI_PATHS],
  ['scirate.com', SCIRATE_PATHS],
  ['www.scirate.com', SCIRATE_PATHS],
]);

/** A new-scheme id from its parts, or null when arXiv never issued it. */
function newId(newYymm: string, newNum: string, ver: string | undefined): ArxivRef | null {
  const yymm = +newYymm;
  const mm = yymm % 100;
  // Four-digit numbers until the end of 2014, five from 1501 on; the scheme itself began in 0704.
  if (mm < 1 || mm > 12 || yymm < 704 || newNum.length !== (yymm < 1501 ? 4 : 5) || !+newNum) return null;
  return { id: newYymm + '.' + newNum, version: ver ? +ver : null };
}

function fromMatch(m: RegExpExecArray): ArxivRef | null {
  const [, newYymm, newNum, archive, oldNum, ver] = m;
  if (newYymm !== undefined && newNum !== undefined) return newId(newYymm, newNum, ver);
  const canon = ARCHIVES.get(archive ?? '');
  if (!canon || oldNum === undefined) return null;
  const yymm = +oldNum.slice(0, 4);
  const mm = yymm % 100;
  // Old ids run from 9108 to 0703; the two-digit year wraps at 2000.
  if (mm < 1 || mm > 12 || (yymm > 703 && yymm < 9108) || !+oldNum.slice(4)) return null;
  return { id: canon + '/' + oldNum, version: ver ? +ver : null };
}

function parseCore(s: string): ArxivRef | null {
  const m = ID_RE.exec(s);
  return m && fromMatch(m);
}

export function parseArxivId(text: string): ArxivRef | null {
  return typeof text === 'string' ? parseCore(text.trim().replace(PREFIX_RE, '')) : null;
}

function fromPathRest(rest: string): ArxivRef | null {
  rest = rest.replace(SUFFIX_RE, '').replace(PATH_PREFIX_RE, '');
  // Only old ids contain a slash, which some links (DOIs of old ids above all) percent-encode.
  return parseCore(rest.includes('%') ? rest.replace(/%2f/gi, '/') : rest);
}

// The forms most links take, in one expression: a link to a new-scheme id on any host of HOSTS under
// its usual path (an abs, PDF or HTML page on arXiv, a Hugging Face paper page, a DOI…), then
// nothing, "/", "?" or "#". A page parses its links once each, mostly before the engine has compiled
// this code, and one expression instead of the long way's several is most of what a page of paper
// links costs. Whatever it matches, the long way reads the same (id.property.test.ts); anything else
// (old ids, ports, other casings, FTP paths…) takes the long way.
const COMMON_FORMS = [
  '(?:www\\.|export\\.|browse\\.)?arxiv\\.org\\/(?:abs|pdf|html)\\/',
  '(?:www\\.)?(?:huggingface|hf)\\.co\\/papers\\/',
  '(?:ar5iv\\.labs\\.arxiv\\.org\\/html|ar5iv\\.org\\/(?:abs|html))\\/',
  '(?:www\\.)?alphaxiv\\.org\\/(?:abs|pdf|overview)\\/',
  '(?:www\\.)?scirate\\.com\\/arxiv\\/',
  '(?:dx\\.|www\\.)?doi\\.org\\/10\\.48550\\/ar[Xx]iv\\.',
];
const COMMON_RE = new RegExp(
  `^https?:\\/\\/(?:${COMMON_FORMS.join('|')})(?:arXiv:)?(\\d{4})\\.(\\d{4,5})(?:v([1-9]\\d{0,8}))?(?:\\.pdf)?\\/?(?=[?#]|$)`,
);

export function parsePaperUrl(url: string): ArxivRef | null {
  if (typeof url !== 'string') return null;
  const m = COMMON_RE.exec(url);
  return m ? newId(m[1]!, m[2]!, m[3]) : parseUrlLongWay(url);
}

/** @internal The general URL reader (exported for the test that holds the short way to it). */
export function parseUrlLongWay(url: string): ArxivRef | null {
  const s = url.trim();
  const h = HOST_RE.exec(s);
  if (!h) return null;
  let host = h[1]!.toLowerCase();
  // Userinfo, port and the root's trailing dot do not change which host a link goes to.
  if (/[@:]|\.$/.test(host)) {
    host = host.slice(host.lastIndexOf('@') + 1).replace(/:\d*$/, '').replace(/\.$/, '');
  }
  const paths = HOSTS.get(host);
  if (!paths) return null;
  REST_RE.lastIndex = h[0].length;
  const path = REST_RE.exec(s)?.[1];
  const p = path && PATH_RE.exec(path);
  if (!p) return null;
  const [, seg, rest] = p;
  if (!seg || !rest || !paths.includes(' ' + seg + ' ')) return null;
  if (seg === 'ftp') {
    // /ftp/arxiv/papers/YYMM/<new id>.pdf and /ftp/<archive>/papers/YYMM/<YYMMNNN>.pdf: the folder
    // must agree with the id it holds.
    const f = FTP_RE.exec(rest);
    if (!f || f[2] !== f[4]) return null;
    return fromPathRest(f[1] === 'arxiv' ? f[3]! : f[1] + '/' + f[3]);
  }
  if (seg === '10.48550') {
    const d = DOI_RE.exec(rest);
    // DOIs are case-insensitive, and arXiv's canonical ids are all lower case apart from the
    // subject class, which is dropped anyway.
    return d ? fromPathRest(d[1]!.toLowerCase()) : null;
  }
  return fromPathRest(rest);
}

/**
 * Whether papers can live on this host at all: a cheap pre-filter for callers that already hold a
 * parsed `hostname` (an `<a>` element's), so that pages full of other links skip the URL parser.
 */
export function isPaperHost(hostname: string): boolean {
  return typeof hostname === 'string' && HOSTS.has(hostname.toLowerCase().replace(/\.$/, ''));
}

export function parseArxivRef(input: string): ArxivRef | null {
  return parseArxivId(input) ?? parsePaperUrl(input);
}

export function findArxivMentions(text: string): Mention[] {
  const out: Mention[] = [];
  if (typeof text !== 'string') return out;
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(text); m; m = MENTION_RE.exec(text)) {
    // A candidate glued to its neighbours: no shorter match at this start stands alone either (what
    // follows it is a digit, a letter or ".digit"), so the search goes on from the next character.
    if (!standsAlone(text, m)) {
      MENTION_RE.lastIndex = m.index + 1;
      continue;
    }
    const ref = fromMatch(m);
    if (ref) out.push({ index: m.index, length: m[0].length, id: ref.id, version: ref.version });
  }
  return out;
}

export function isValidArxivId(id: string): boolean {
  const ref = typeof id === 'string' ? parseCore(id) : null;
  return !!ref && ref.version === null && ref.id === id;
}

export function formatRef(ref: ArxivRef): string {
  // Versions start at 1, so a 0 (or null) means "no particular version".
  return ref.version ? ref.id + 'v' + ref.version : ref.id;
}
