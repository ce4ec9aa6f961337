import type { QueryError, QueryWarning } from '../../lib/rules';

interface Props {
  id: string;
  value: string;
  onInput(value: string): void;
  error?: QueryError;
  warnings?: readonly QueryWarning[];
  label?: string;
  placeholder?: string;
}

/** The parser's message without its trailing "at N" / "at end": the position is shown on its own. */
export const problemText = (message: string) => message.replace(/ at (?:\d+|end)$/, '');

/**
 * Where the problem is, as a person counts: "at character 5", or "at the end" (the parser says so for a
 * dangling operator, whose position is the operator's own, underlined in the echo).
 */
export const whereText = (query: string, error: QueryError) =>
  error.position >= query.length || / at end$/.test(error.message) ? 'at the end' : `at character ${error.position + 1}`;

/**
 * The query input of the rule editor and the quick add. A problem is shown as the parser names it,
 * with the query echoed below and the character at fault underlined; "Show me" puts the caret there.
 */
export function QueryField({ id, value, onInput, error, warnings = [], label = 'Query', placeholder }: Props) {
  const errorId = `${id}-error`;
  const focusProblem = () => {
    const input = document.getElementById(id) as HTMLInputElement | null;
    if (!input || !error) return;
    input.focus();
    input.setSelectionRange(error.position, Math.min(value.length, error.position + 1));
  };
  return (
    <div class="pr-query">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        class="pr-query-input"
        value={value}
        spellcheck={false}
        autocomplete="off"
        placeholder={placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error || warnings.length ? errorId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div id={errorId} aria-live="polite">
        {error && (
          <div class="pr-query-error" data-position={error.position}>
            <span>
              {problemText(error.message)} {whereText(value, error)}
            </span>{' '}
            <button type="button" class="pr-link-button" onClick={focusProblem}>
              Show me
            </button>
            <code class="pr-query-echo" aria-hidden="true">
              {value.slice(0, error.position)}
              <span class="pr-query-at">{value.slice(error.position, error.position + 1) || '\u00a0'}</span>
              {value.slice(error.position + 1)}
            </code>
          </div>
        )}
        {!error &&
          warnings.map((w) => (
            <p key={`${w.position}:${w.message}`} class="pr-query-warning">
              {problemText(w.message)}
            </p>
          ))}
      </div>
    </div>
  );
}
