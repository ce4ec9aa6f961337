/** Which site a page belongs to, and which paper the page itself is about. */
import { parsePaperUrl } from '../arxiv/id';
import type { PageLocation } from './types';

// arXiv's own page hosts (listings, search, abstracts); ar5iv and the rss host serve other pages.
const ARXIV_PAGE_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'browse.arxiv.org']);
const HF_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co', 'www.hf.co']);

export function isArxivPageHost(hostname: string): boolean {
  return ARXIV_PAGE_HOSTS.has(hostname);
}

export function isHfHost(hostname: string): boolean {
  return HF_HOSTS.has(hostname);
}

/**
 * Hosts whose own pages link to papers with relative URLs (`/abs/…`, `/papers/…`), so their links
 * cannot be prefiltered by the host names in the href.
 */
export function linksRelativeToPapers(hostname: string): boolean {
  return (
    hostname === 'arxiv.org' ||
    hostname.endsWith('.arxiv.org') ||
    isHfHost(hostname) ||
    /(?:^|\.)(?:ar5iv|alphaxiv|scirate)\.(?:org|com)$/.test(hostname)
  );
}

/**
 * The paper a page is about (an abs page, an HF paper page, an alphaXiv overview…). Its own links and
 * mentions of it are not marked: the page's heading already stands for it, and an overlay about the
 * page you are reading is noise.
 */
export function pagePaperId(loc: PageLocation): string | null {
  return parsePaperUrl(loc.href)?.id ?? null;
}
