/**
 * The paper a link points to, for every detector that reads links. Two costs dominate on a page of
 * many paper links, both paid once per link: the resolved `href` (the browser parses and
 * re-serialises the URL) and the id parser, which runs cold on a fresh page. So an absolute http(s)
 * URL is read as written, and each URL string is parsed once per page (a listing repeats the same
 * abs link in several places, and later scans of added content meet the same links again).
 */
import { parsePaperUrl, type ArxivRef } from '../arxiv/id';
import { linkHref } from './dom';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
// Written absolute and already in the form the browser would resolve it to, as far as the id parser
// reads it: no tab or newline (URL parsing drops them), no backslash (read as "/"), no dot segment
// to collapse ("/./", "/../", also percent-encoded). Anything else is resolved by the browser.
const RESOLVED_DIFFERENTLY = /[\t\n\r\\]|\/(?:\.|%2e)/i;
const asWritten = (href: string) =>
  (href.startsWith('https://') || href.startsWith('http://')) && !RESOLVED_DIFFERENTLY.test(href);

const parsed = new Map<string, ArxivRef | null>();
const MAX_CACHED = 10_000;

function parse(url: string): ArxivRef | null {
  let ref = parsed.get(url);
  if (ref === undefined) {
    ref = parsePaperUrl(url);
    // A page that keeps adding links (infinite scroll) must not grow this for ever.
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(url, ref);
  }
  return ref;
}

/** The paper an `<a>` links to, or null. SVG links are not paper links (their href is not a URL string). */
export function linkRef(a: Element): ArxivRef | null {
  const written = a.getAttribute('href');
  if (written === null) return null;
  if (asWritten(written)) {
    return a.namespaceURI === HTML_NS ? parse(written) : null;
  }
  const href = linkHref(a);
  return href ? parse(href) : null;
}
