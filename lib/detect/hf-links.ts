/** Links to Hugging Face paper pages (`/papers/<id>`), the anchor of every HF card. */
import type { ArxivRef } from '../arxiv/id';
import { linkRef } from './link-ref';
import { isHfHost } from './site';

/** Cheap selector first; the id parser decides. Relative and absolute links both qualify. */
export const HF_PAPER_LINK_SELECTOR = 'a[href*="/papers/"]';

export function hfPaperRef(a: Element): ArxivRef | null {
  const { hostname } = a as HTMLAnchorElement;
  return typeof hostname === 'string' && isHfHost(hostname) ? linkRef(a) : null;
}
