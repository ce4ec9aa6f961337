import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Rule } from '../../lib/messaging/types';
import { ruleLabel } from '../../lib/rules';
import { colourName } from './palette';
import { failure, type Send } from './send';

interface Props {
  rules: readonly Rule[];
  send: Send;
  onEdit(rule: Rule): void;
  /** After a change the background made (the section reloads the list). */
  onChanged(): void;
  /** The rule being edited is shown as this editor, in its place. */
  editingId?: string;
  editor?: ComponentChildren;
}

/** The user's rules in creation order (the order of labels on highlighted papers). */
export function RuleList({ rules, send, onEdit, onChanged, editingId, editor }: Props) {
  const [confirming, setConfirming] = useState<string>();
  const [error, setError] = useState<string>();

  const run = async (request: Parameters<Send>[0]) => {
    setError(undefined);
    const answer = await send(request);
    if (!answer.ok) setError(failure(answer));
    onChanged();
  };

  if (rules.length === 0) return <p class="pr-muted">No rules yet. Add one to highlight matching papers and get alerts.</p>;
  return (
    <>
      {error && (
        <p class="pr-error" role="alert">
          {error}
        </p>
      )}
      <ul class="pr-rules" aria-label="Keyword rules">
        {rules.map((rule) => {
          const name = ruleLabel(rule);
          if (rule.id === editingId) return <li key={rule.id}>{editor}</li>;
          return (
            <li key={rule.id} class={rule.enabled ? 'pr-rule' : 'pr-rule pr-rule-off'}>
              <span
                class={rule.color ? 'pr-swatch' : 'pr-swatch pr-swatch-none'}
                style={rule.color ? { background: rule.color } : undefined}
                title={colourName(rule.color)}
                aria-hidden="true"
              />
              <div class="pr-rule-text">
                <strong>{name}</strong>
                {rule.label && <code class="pr-rule-query">{rule.query}</code>}
              </div>
              <label class="pr-switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={rule.enabled}
                  aria-label={`Rule ${name} enabled`}
                  onChange={(e) => void run({ type: 'rules/update', id: rule.id, enabled: e.currentTarget.checked })}
                />
                <span aria-hidden="true">{rule.enabled ? 'On' : 'Off'}</span>
              </label>
              <button type="button" onClick={() => onEdit(rule)} aria-label={`Edit rule ${name}`}>
                Edit
              </button>
              {confirming === rule.id ? (
                <span class="pr-confirm" role="group" aria-label={`Delete rule ${name}?`}>
                  <button type="button" class="pr-danger" onClick={() => void run({ type: 'rules/remove', id: rule.id })}>
                    Delete
                  </button>
                  <button type="button" onClick={() => setConfirming(undefined)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => setConfirming(rule.id)} aria-label={`Delete rule ${name}`}>
                  Delete…
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
