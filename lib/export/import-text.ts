/**
 * Pasted text (and our Markdown export): every arXiv id, in any mix of bare ids, `arXiv:` mentions and
 * paper URLs, in order of first appearance, each once.
 *
 * The text is cut into tokens at white space and at the characters that surround links in prose,
 * Markdown and HTML (`<>()[]"'` and a few more); a token ending in sentence punctuation is tried
 * without it. Each token is read with `parseArxivRef` (bare ids and URLs), and `findArxivMentions` finds
 * `arXiv: 1234.5678`-style mentions whose space splits them across tokens.
 */
import { findArxivMentions, parseArxivRef } from '../arxiv/id';
import type { ImportOutcome } from './import-types';

const SEPARATORS = /[\s<>()[\]{}"'`|,;*]+/;

export function findIdsInText(text: string): string[] {
  const found: { at: number; id: string }[] = [];
  let offset = 0;
  for (const token of text.split(SEPARATORS)) {
    const at = text.indexOf(token, offset);
    offset = at + token.length;
    const ref = parseArxivRef(token) ?? parseArxivRef(token.replace(/[.:!?]+$/, ''));
    if (ref) found.push({ at, id: ref.id });
  }
  for (const m of findArxivMentions(text)) found.push({ at: m.index, id: m.id });
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}

export function importText(text: string, format: 'text' | 'markdown' = 'text'): ImportOutcome {
  const ids = findIdsInText(text);
  if (ids.length === 0) return { ok: false, format, error: 'no arXiv id or arXiv paper link was found in the text' };
  return { ok: true, format, papers: ids.map((id) => ({ id, needsLookup: true })), errors: [] };
}
