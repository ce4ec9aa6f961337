/**
 * Tags as removable chips, plus a field that adds one on Enter or comma, suggesting the library's
 * existing tags (a datalist, so the browser's own completion UI does the work). Backspace in the empty
 * field takes the last tag off.
 */
import { useState } from 'preact/hooks';
import type { TagCount } from './use-tags';

interface Props {
  id: string;
  tags: string[];
  suggestions: TagCount[];
  onChange(tags: string[]): void;
  label?: string;
}

export function clean(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, 100);
}

export function TagEditor({ id, tags, suggestions, onChange, label = 'Add a tag' }: Props) {
  const [draft, setDraft] = useState('');
  const add = (raw: string) => {
    const parts = raw.split(',').map(clean).filter(Boolean);
    const next = [...tags];
    for (const t of parts) if (!next.includes(t)) next.push(t);
    if (next.length !== tags.length) onChange(next);
    setDraft('');
  };
  return (
    <div class="tag-editor">
      <ul class="paper-tags" aria-label="Tags">
        {tags.map((t) => (
          <li key={t} class="tag">
            {t}
            <button type="button" class="tag-remove" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        type="text"
        list={`${id}-suggestions`}
        aria-label={label}
        placeholder={label}
        value={draft}
        onInput={(e) => {
          const v = e.currentTarget.value;
          if (v.includes(',')) add(v);
          else setDraft(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft.trim()) {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={() => draft.trim() && add(draft)}
      />
      <datalist id={`${id}-suggestions`}>
        {suggestions
          .filter((s) => !tags.includes(s.tag))
          .map((s) => (
            <option key={s.tag} value={s.tag} />
          ))}
      </datalist>
    </div>
  );
}
