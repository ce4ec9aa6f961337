/**
 * Tags, note and read state of one saved paper, in a modal dialog over the list (the list's rows have
 * one fixed height, so editing happens beside them, not inside). Escape cancels; Ctrl+Enter saves;
 * focus starts in the tag field and returns to where it was when the dialog closes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SavedPaper } from '../../lib/messaging/types';
import { titleOf } from '../../lib/ui/paper-label';
import { TagEditor } from './tag-editor';
import type { TagCount } from './use-tags';

interface Props {
  saved: SavedPaper;
  suggestions: TagCount[];
  onSave(fields: { tags: string[]; note: string; read: boolean }): Promise<boolean>;
  onCancel(): void;
}

export function PaperEditor({ saved, suggestions, onSave, onCancel }: Props) {
  const [tags, setTags] = useState(saved.tags);
  const [note, setNote] = useState(saved.note ?? '');
  const [read, setRead] = useState(saved.readAt !== undefined);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>('input[type="text"]')?.focus();
    return () => before?.isConnected && before.focus();
  }, []);

  const save = async () => {
    // A tag still being typed counts: the field commits it on blur, which a keyboard save skips.
    const pending = dialog.current?.querySelector<HTMLInputElement>('.tag-editor input')?.value.trim();
    const allTags = pending ? [...tags, ...pending.split(',').map((t) => t.trim()).filter((t) => t && !tags.includes(t))] : tags;
    setBusy(true);
    const ok = await onSave({ tags: allTags, note, read });
    if (!ok) setBusy(false);
  };

  const titleId = `edit-${saved.id.replace(/\W/g, '-')}`;
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        ref={dialog}
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          } else if (e.key === 'Tab') {
            trapFocus(e, dialog.current);
          }
        }}
      >
        <h2 id={titleId} class="dialog-title">
          {titleOf(saved.paper)}
        </h2>
        <label class="field-label" for={`${titleId}-tags`}>
          Tags
        </label>
        <TagEditor id={`${titleId}-tags`} tags={tags} suggestions={suggestions} onChange={setTags} />
        <label class="field-label" for={`${titleId}-note`}>
          Note
        </label>
        <textarea id={`${titleId}-note`} rows={4} maxLength={20_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <label class="check">
          <input type="checkbox" checked={read} onChange={(e) => setRead(e.currentTarget.checked)} /> Read
        </label>
        <div class="dialog-buttons">
          <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
            Save
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}

/** Keeps Tab inside the dialog (aria-modal promises it). */
function trapFocus(e: KeyboardEvent, root: HTMLElement | null): void {
  if (!root) return;
  const focusable = [...root.querySelectorAll<HTMLElement>('input, textarea, button, select, a[href]')].filter((el) => !el.hasAttribute('disabled'));
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
