import { useMemo, useState } from 'preact/hooks';
import type { Rule } from '../../lib/messaging/types';
import { parseQuery, validateLabel } from '../../lib/rules';
import { CategoryInsert } from './category-picker';
import { ColourChoice } from './colour-choice';
import { QueryField } from './query-field';
import { RulePreviewList } from './rule-preview';
import { failure, type Send } from './send';

/** The examples of DESIGN §5.6, offered as starting points. */
export const EXAMPLES = ['"second-order" OR hessian', 'ti:diffusion -cat:cs.CV', 'au:"de vries" cat:hep-th', '(zeroth-order OR "derivative-free") optim*', 'kw:"gaussian splatting"'];

interface Props {
  /** The rule being edited; a new rule when absent. */
  rule?: Rule;
  send: Send;
  onSaved(rule: Rule): void;
  onCancel(): void;
  previewDelayMs?: number;
}

/**
 * Label, query, colour and on/off of one rule. The query is parsed here on every keystroke (the same
 * parser the background uses, so what passes here passes there) and previewed against the cached papers
 * once the user pauses. The background checks everything again on save.
 */
export function RuleEditor({ rule, send, onSaved, onCancel, previewDelayMs }: Props) {
  const id = rule ? `rule-${rule.id}` : 'rule-new';
  const [label, setLabel] = useState(rule?.label ?? '');
  const [query, setQuery] = useState(rule?.query ?? '');
  const [color, setColor] = useState(rule?.color ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();

  const parsed = useMemo(() => (query.trim() ? parseQuery(query) : undefined), [query]);
  const labelCheck = label.trim() ? validateLabel(label) : undefined;
  const labelError = labelCheck && !labelCheck.ok ? labelCheck.error : undefined;
  const canSave = parsed?.ok === true && !labelError && !saving;

  const insert = (text: string) => setQuery((q) => (q.trim() ? `${q.trimEnd()} ${text}` : text));

  const save = async (e: Event) => {
    e.preventDefault();
    if (!canSave) return;
    setSaving(true);
    setSaveError(undefined);
    const fields = { query: query.trim(), label: label.trim(), color, enabled };
    const answer = rule
      ? await send({ type: 'rules/update', id: rule.id, ...fields })
      : await send({ type: 'rules/add', ...fields, label: fields.label || undefined, color: color || undefined });
    setSaving(false);
    if (answer.ok) onSaved(answer.rule);
    else setSaveError(failure(answer));
  };

  return (
    <form class="pr-editor" onSubmit={save} aria-label={rule ? 'Edit rule' : 'New rule'}>
      <QueryField
        id={`${id}-query`}
        value={query}
        onInput={setQuery}
        error={parsed && !parsed.ok ? parsed.error : undefined}
        warnings={parsed?.ok ? parsed.warnings : []}
        placeholder='e.g. "second-order" OR hessian'
      />
      <div class="pr-examples">
        <span class="pr-muted">Examples:</span>
        {EXAMPLES.map((x) => (
          <button key={x} type="button" class="pr-example" onClick={() => setQuery(x)} aria-label={`Use example ${x}`}>
            <code>{x}</code>
          </button>
        ))}
      </div>
      <p class="pr-muted pr-help">
        Words match anywhere in title, abstract, AI summary and keywords; <code>ti:</code> <code>abs:</code> <code>au:</code>{' '}
        <code>cat:</code> <code>kw:</code> <code>all:</code> narrow to one field. <code>"…"</code> is a phrase, <code>optim*</code> a prefix,{' '}
        <code>-word</code> or <code>ANDNOT</code> excludes, <code>OR</code> (in capitals) is either.
      </p>
      <CategoryInsert id={id} onInsert={(code) => insert(`cat:${code}`)} />

      <div class="pr-field">
        <label for={`${id}-label`}>Label (optional)</label>
        <input
          id={`${id}-label`}
          type="text"
          value={label}
          maxLength={100}
          aria-invalid={labelError ? 'true' : undefined}
          aria-describedby={`${id}-label-help`}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <p id={`${id}-label-help`} class={labelError ? 'pr-error' : 'pr-muted'}>
          {labelError ?? 'Shown on highlighted papers; the query when empty. No commas.'}
        </p>
      </div>
      <ColourChoice name={id} value={color} onChange={setColor} />
      <label class="pr-switch">
        <input type="checkbox" role="switch" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} /> Enabled
      </label>

      {saveError && (
        <p class="pr-error" role="alert">
          {saveError}
        </p>
      )}
      <div class="pr-actions">
        <button type="submit" disabled={!canSave}>
          {rule ? 'Save rule' : 'Add rule'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <RulePreviewList query={parsed?.ok ? query.trim() : ''} send={send} delayMs={previewDelayMs} />
    </form>
  );
}
