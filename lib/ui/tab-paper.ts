/**
 * "Save this tab" (DESIGN §1): which paper the active tab shows, from its URL alone, so it works where
 * no content script runs (the browser's PDF viewer). The id parser (lib/arxiv/id.ts) decides what a
 * paper URL is; this only unwraps the browser's own wrappers around a page and says plainly why a tab
 * cannot be saved.
 */
import { parsePaperUrl } from '../arxiv/id';

export type TabPaper = { id: string; version: number | null } | { reason: string };

// Firefox's reader view shows a page at about:reader?url=<the page>; view-source: prefixes the page's URL.
const READER_RE = /^about:reader\?(?:.*&)?url=([^&#]+)/i;

function unwrap(url: string): string {
  const reader = READER_RE.exec(url);
  if (reader) {
    try {
      return decodeURIComponent(reader[1]!);
    } catch {
      return url;
    }
  }
  return url.replace(/^view-source:/i, '');
}

export function paperOfTab(url: string | undefined): TabPaper {
  if (!url) return { reason: 'Paper Radar cannot see this tab’s address.' };
  const ref = parsePaperUrl(unwrap(url));
  if (ref) return { id: ref.id, version: ref.version };
  return { reason: 'This tab is not an arXiv or Hugging Face paper.' };
}
