import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Rule } from '../../lib/messaging/types';
import { RuleEditor } from '../rules/rule-editor';
import { RuleList } from '../rules/rule-list';
import { defaultSend, type Send } from '../rules/send';
import { type MessageEventsLike, useNotices } from '../rules/use-notices';
import '../rules/rules.css';

interface Props {
  send?: Send;
  /** For tests: the notice source and the preview's debounce. */
  messages?: MessageEventsLike;
  previewDelayMs?: number;
}

/** Options page: the keyword rules, each editable with a live preview against the cached papers. */
export function RulesSection({ send = defaultSend, messages, previewDelayMs }: Props) {
  const [rules, setRules] = useState<Rule[]>();
  const [loadError, setLoadError] = useState<string>();
  const [editing, setEditing] = useState<Rule | 'new'>();
  const [status, setStatus] = useState<string>();

  const load = useCallback(async () => {
    const answer = await send({ type: 'rules/list' });
    if (answer.ok) {
      setRules(answer.rules);
      setLoadError(undefined);
    } else setLoadError(answer.error);
  }, [send]);
  useEffect(() => void load(), [load]);
  useNotices(['rules/changed'], () => void load(), messages);

  const saved = (rule: Rule) => {
    setStatus(editing === 'new' ? `Added rule “${rule.label ?? rule.query}”.` : `Saved rule “${rule.label ?? rule.query}”.`);
    setEditing(undefined);
    void load();
  };
  const editor = (rule?: Rule) => (
    <RuleEditor key={rule?.id ?? 'new'} rule={rule} send={send} onSaved={saved} onCancel={() => setEditing(undefined)} previewDelayMs={previewDelayMs} />
  );

  return (
    <section class="pr-section" aria-labelledby="pr-rules-heading">
      <h2 id="pr-rules-heading">Keyword rules</h2>
      <p class="pr-muted">
        Papers matching an enabled rule are highlighted on arXiv and Hugging Face pages and raise alerts. The preview shows which of
        the papers you have met recently each rule matches.
      </p>
      {loadError && <p class="pr-error">The rules could not be read: {loadError}</p>}
      {rules && (
        <RuleList
          rules={rules}
          send={send}
          editingId={editing && editing !== 'new' ? editing.id : undefined}
          editor={editing && editing !== 'new' ? editor(editing) : undefined}
          onEdit={(r) => {
            setStatus(undefined);
            setEditing(r);
          }}
          onChanged={() => void load()}
        />
      )}
      {editing === 'new' && editor()}
      {!editing && (
        <button
          type="button"
          class="pr-primary"
          onClick={() => {
            setStatus(undefined);
            setEditing('new');
          }}
        >
          Add a rule
        </button>
      )}
      <p class="pr-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
