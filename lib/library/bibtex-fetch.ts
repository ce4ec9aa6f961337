/**
 * arXiv's own BibTeX entry for a paper (DESIGN §5.5): `https://arxiv.org/bibtex/<id>`, plain text, under
 * the same terms of use as the API, so it goes through the one arXiv lane (one request at a time, ≥ 3 s
 * apart, whatever the host). The body is kept byte for byte once it passes a minimal check that it is
 * an entry for that eprint: an HTML error page, a "Rate exceeded." notice or another paper's entry
 * answered with 200 must not become the user's citation.
 */
import { storedEntryKey } from '../export/cite-key';
import type { PoliteQueue } from '../net/polite-queue';

export const BIBTEX_URL = 'https://arxiv.org/bibtex/';
/** arXiv's entries are well under 2 kB; anything near this is not one. */
const MAX_ENTRY_LENGTH = 20_000;

export type BibtexResult =
  | { ok: true; bibtex: string }
  /** `retryAt`: when the lane opens again, if the lane itself says so (throttling). */
  | { ok: false; reason: string; retryAt?: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Whether `text` reads as one BibTeX entry whose `eprint` is `id` (any version, `arXiv:` allowed). */
export function isBibtexFor(text: string, id: string): boolean {
  if (text.length > MAX_ENTRY_LENGTH || storedEntryKey(text) === null) return false;
  if (!text.trimEnd().endsWith('}') || !balanced(text)) return false;
  const eprint = new RegExp(`[\\s,]eprint\\s*=\\s*[{"]\\s*(?:arXiv:)?${escape(id)}(?:v\\d+)?\\s*[}"]`, 'i');
  return eprint.test(text);
}

/** Braces (other than TeX-escaped ones) close what they open: a cut-off answer is not an entry. */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

export async function fetchArxivBibtex(queue: PoliteQueue, id: string): Promise<BibtexResult> {
  // Old ids keep their slash (arxiv.org/bibtex/math/0309136), as arXiv's own links write them.
  const result = await queue.request(BIBTEX_URL + id);
  if (!result.ok) return { ok: false, reason: `${result.failure.kind}: ${result.failure.message}`, retryAt: result.failure.retryAt };
  const { status, body } = result.response;
  if (status !== 200) return { ok: false, reason: `HTTP ${status}` };
  if (!isBibtexFor(body, id)) return { ok: false, reason: `the answer is not a BibTeX entry for ${id}: ${JSON.stringify(body.slice(0, 80))}` };
  return { ok: true, bibtex: body };
}
