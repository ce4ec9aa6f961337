import { useMemo, useState } from 'preact/hooks';
import { parseQuery } from '../../lib/rules';
import { problemText, whereText } from './query-field';
import { failure, type Send } from './send';

/** The popup's one-line "add a keyword rule": checked as typed, saved with `rules/add`. */
export function QuickAdd({ send }: { send: Send }) {
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const parsed = useMemo(() => (query.trim() ? parseQuery(query) : undefined), [query]);
  const problem = parsed && !parsed.ok ? `${problemText(parsed.error.message)} ${whereText(query, parsed.error)}` : undefined;

  const add = async (e: Event) => {
    e.preventDefault();
    if (!parsed?.ok || busy) return;
    setBusy(true);
    const answer = await send({ type: 'rules/add', query: query.trim() });
    setBusy(false);
    if (answer.ok) {
      setResult({ ok: true, text: `Added rule “${answer.rule.query}”.` });
      setQuery('');
    } else setResult({ ok: false, text: failure(answer) ?? '' });
  };

  const message = problem ?? result?.text;
  return (
    <form class="pr-quick-add" onSubmit={add}>
      <label for="pr-quick-add">Add a keyword rule</label>
      <div class="pr-inline-form">
        <input
          id="pr-quick-add"
          type="text"
          value={query}
          spellcheck={false}
          autocomplete="off"
          placeholder='e.g. "diffusion model" OR ti:hessian'
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby="pr-quick-add-message"
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setResult(undefined);
          }}
        />
        <button type="submit" disabled={!parsed?.ok || busy}>
          Add
        </button>
      </div>
      <p id="pr-quick-add-message" class={problem || result?.ok === false ? 'pr-error' : 'pr-status'} aria-live="polite">
        {message}
      </p>
    </form>
  );
}
