/**
 * Markdown export: a list, one line per paper,
 * `- [Title](https://arxiv.org/abs/<id>) — First Author et al. (year)`.
 *
 * Decisions:
 * - One author: the name alone; none: no author part; no known year: no "(year)".
 * - Titles and names are text, not Markdown: the ASCII punctuation CommonMark lets a backslash escape
 *   and that could start markup inside a list item (`\ ` `` ` `` `* _ [ ] < > ( ) # ! | ~ $ &`) is
 *   escaped, so a title cannot end the link, open a tag, start math or spell an entity. TeX in a title
 *   therefore shows as its source ("$O(n^2)$"), which is what the title is.
 * - LF line ends and a final newline, as Markdown files usually have.
 */
import type { SavedPaper } from '../papers/schema';
import { absUrl, citedYear, collapse } from './fields';

export function toMarkdown(items: readonly SavedPaper[]): string {
  return items.map((s) => markdownLine(s) + '\n').join('');
}

export function markdownLine(saved: SavedPaper): string {
  const p = saved.paper;
  const title = escapeMarkdown(collapse(p.title)) || escapeMarkdown(p.id);
  let line = `- [${title}](${absUrl(p.id)})`;
  const first = p.authors[0];
  if (first !== undefined && collapse(first)) {
    line += ' — ' + escapeMarkdown(collapse(first)) + (p.authors.length > 1 ? ' et al.' : '');
  }
  const year = citedYear(p);
  if (year) line += ` (${year})`;
  return line;
}

const SPECIALS = /[\\`*_[\]<>()#!|~$&]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIALS, (c) => '\\' + c);
}
