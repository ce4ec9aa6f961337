/**
 * The paper a link points to, for every detector that reads links. Two costs dominate on a page of
 * many paper links, both paid once per link: the resolved `href` (the browser parses and
 * re-serialises the URL) and the id parser, which runs cold on a fresh page. So an absolute http(s)
 * URL is read as written. Parsed URLs are not cached: on a first pass almost every link is new (a
 * listing's repeated links sit inside the entry that owns them and are never read), and a cache of a
 * thousand URLs cost more in lookups and kept objects than it saved (instrumented phases on the
 * 1,000-link bench page, two rounds: link detection 9.56/12.78 → 7.50/9.58 ms CPU median).
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

/** The paper an `<a>` links to, or null. SVG links are not paper links (their href is not a URL string). */
export function linkRef(a: Element): ArxivRef | null {
  const written = a.getAttribute('href');
  if (written === null) return null;
  if (asWritten(written)) {
    return a.namespaceURI === HTML_NS ? parsePaperUrl(written) : null;
  }
  const href = linkHref(a);
  return href ? parsePaperUrl(href) : null;
}
