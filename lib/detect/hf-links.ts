/** Links to Hugging Face paper pages (`/papers/<id>`), the anchor of every HF card. */
import { parsePaperUrl, type ArxivRef } from '../arxiv/id';
import { linkHref } from './dom';
import { isHfHost } from './site';

/** Cheap selector first; the id parser decides. Relative and absolute links both qualify. */
export const HF_PAPER_LINK_SELECTOR = 'a[href*="/papers/"]';

export function hfPaperRef(a: Element): ArxivRef | null {
  const href = linkHref(a);
  if (!href) return null;
  const { hostname } = a as HTMLAnchorElement;
  return isHfHost(hostname) ? parsePaperUrl(href) : null;
}
