import { absUrl } from '../../lib/export/fields';
import type { Paper } from '../../lib/messaging/types';
import { markRanges } from './mark-ranges';
import { MarkedText } from './marked-text';

type TextField = 'title' | 'abstract' | 'aiSummary' | 'aiKeywords';
/** The words to mark in each field (lib/rules TermMatch.words of that field). */
export type FieldTerms = Partial<Record<TextField, readonly string[]>>;

/** The same words for every field: what an alert carries (AlertView.terms). */
export const everyField = (terms: readonly string[]): FieldTerms => ({ title: terms, abstract: terms, aiSummary: terms, aiKeywords: terms });

interface Props {
  paper: Pick<Paper, 'id' | 'title' | 'authors' | 'abstract' | 'aiSummary' | 'aiKeywords'>;
  terms: FieldTerms;
  /** Characters of snippet to show. */
  snippet?: number;
}


/**
 * The snippet: the AI summary or the abstract, whichever shows a matched word (the summary first: it
 * is short); when neither does, the summary if there is one.
 */
function snippetOf(paper: Props['paper'], terms: FieldTerms): { text: string; terms: readonly string[] } {
  const candidates = (['aiSummary', 'abstract'] as const)
    .map((field) => ({ text: paper[field] ?? '', terms: terms[field] ?? [] }))
    .filter((c) => c.text.trim() !== '');
  return candidates.find((c) => markRanges(c.text, c.terms).length > 0) ?? candidates[0] ?? { text: '', terms: [] };
}

/** Title (a link to the abstract page), first author, a snippet and matched keywords, matched words marked. */
export function PaperSummary({ paper, terms, snippet = 260 }: Props) {
  const text = snippetOf(paper, terms);
  const first = paper.authors[0];
  const keywordTerms = terms.aiKeywords ?? [];
  const keywords = keywordTerms.length ? (paper.aiKeywords ?? []).filter((k) => markRanges(k, keywordTerms).length > 0) : [];
  return (
    <div class="pr-paper">
      <a class="pr-paper-title" href={absUrl(paper.id)} target="_blank" rel="noreferrer">
        <MarkedText text={paper.title || paper.id} terms={terms.title ?? []} />
      </a>
      <div class="pr-paper-meta">
        {first ? `${first}${paper.authors.length > 1 ? ' et al.' : ''} · ` : ''}
        {paper.id}
      </div>
      {text.text && (
        <p class="pr-snippet">
          <MarkedText text={text.text} terms={text.terms} max={snippet} />
        </p>
      )}
      {keywords.length > 0 && (
        <p class="pr-paper-keywords">
          Keywords:{' '}
          {keywords.map((k, i) => (
            <span key={k}>
              {i > 0 && ', '}
              <MarkedText text={k} terms={keywordTerms} />
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
