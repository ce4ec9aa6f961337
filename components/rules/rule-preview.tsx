import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Paper, RulePreview } from '../../lib/messaging/types';
import { compileRules, matchPaper, type Matcher, type PaperField } from '../../lib/rules';
import { PaperSummary } from './paper-summary';
import { type Send } from './send';

interface Props {
  /** A query that parses (the editor shows the error otherwise and passes ''). */
  query: string;
  send: Send;
  /** Wait this long after the last keystroke before asking (ms). */
  delayMs?: number;
  limit?: number;
}

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'done'; answer: RulePreview };

/** The words a paper's fields matched, per field: the same matcher as the background's, run here for marks. */
function fieldTerms(matcher: Matcher, paper: Paper): Partial<Record<PaperField, string[]>> {
  const out: Partial<Record<PaperField, string[]>> = {};
  for (const m of matchPaper(matcher, paper).matches) for (const t of m.terms) (out[t.field] ??= []).push(...t.words);
  return out;
}

/** Live preview of a query: how many cached papers it matches, and the newest of them with marks. */
export function RulePreviewList({ query, send, delayMs = 300, limit = 10 }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const matcher = useMemo(() => (query ? compileRules([{ id: 'preview', query }]) : undefined), [query]);

  useEffect(() => {
    if (!query) return setState({ kind: 'idle' });
    let live = true;
    setState((s) => (s.kind === 'done' ? s : { kind: 'loading' }));
    const timer = setTimeout(async () => {
      const answer = await send({ type: 'rules/preview', query, limit });
      if (!live) return;
      setState(answer.ok ? { kind: 'done', answer } : { kind: 'failed', error: answer.error });
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, send, delayMs, limit]);

  if (state.kind === 'idle') return null;
  return (
    <section class="pr-preview" aria-label="Preview">
      <h4>Preview</h4>
      {state.kind === 'loading' && <p class="pr-muted">Looking through cached papers…</p>}
      {state.kind === 'failed' && <p class="pr-error">The preview is not available: {state.error}</p>}
      {state.kind === 'done' && <PreviewResult answer={state.answer} matcher={matcher} />}
    </section>
  );
}

function PreviewResult({ answer, matcher }: { answer: RulePreview; matcher: Matcher | undefined }) {
  if (answer.error) return null;
  const { papers, matched, scanned } = answer;
  if (scanned === 0) {
    return <p class="pr-muted pr-preview-count">No papers cached yet. Papers you meet on arXiv and Hugging Face pages are kept here and previewed.</p>;
  }
  return (
    <>
      <p class="pr-preview-count" aria-live="polite">
        {matched === 0
          ? `No match among ${scanned} cached papers.`
          : `Matches ${matched} of ${scanned} cached papers${matched > papers.length ? `; the ${papers.length} most recent:` : ':'}`}
      </p>
      <ol class="pr-preview-list">
        {papers.map((p) => {
          const terms = matcher ? fieldTerms(matcher, p) : {};
          return (
            <li key={p.id}>
              <PaperSummary paper={p} terms={terms} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
