/**
 * One saved paper in a list: title (a link to its abstract page), first author, year, id, tags, a
 * note marker, read state, and its actions. Remote text (title, names, tags) is rendered as text only.
 * Only the row that is the list's tab stop puts its controls in the tab order, so Tab leaves a list of
 * 10,000 papers in a few presses.
 */
import { absUrl } from '../../lib/export/fields';
import type { SavedPaper } from '../../lib/messaging/types';
import { firstAuthorOf, titleOf, yearOf } from '../../lib/ui/paper-label';

export interface RowActions {
  open(saved: SavedPaper, what?: 'abs' | 'pdf'): void;
  copyBibtex(saved: SavedPaper): void;
  copyCiteKey(saved: SavedPaper): void;
  toggleRead(saved: SavedPaper): void;
  edit(saved: SavedPaper): void;
  remove(ids: string[]): void;
}

interface Props {
  saved: SavedPaper | undefined;
  tabStop: boolean;
  actions: RowActions;
  /** Present on pages with bulk selection. */
  selected?: boolean;
  onSelect?(saved: SavedPaper, selected: boolean): void;
}

export function PaperRow({ saved, tabStop, actions, selected, onSelect }: Props) {
  if (!saved) {
    return (
      <div class="paper-row loading" aria-busy="true">
        <span class="paper-title">Loading…</span>
      </div>
    );
  }
  const p = saved.paper;
  const title = titleOf(p);
  const tab = tabStop ? 0 : -1;
  const read = saved.readAt !== undefined;
  const meta = [firstAuthorOf(p), yearOf(p), saved.id].filter(Boolean).join(' · ');
  // Ctrl/middle click keeps the browser's own link behaviour; a plain click goes through tabs.create.
  const onTitleClick = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    actions.open(saved);
  };
  return (
    <div class={`paper-row${read ? ' read' : ''}${selected ? ' selected' : ''}`}>
      {onSelect && (
        <input
          type="checkbox"
          class="paper-select"
          tabIndex={tab}
          checked={selected}
          aria-label={`Select “${title}”`}
          onChange={(e) => onSelect(saved, e.currentTarget.checked)}
        />
      )}
      <div class="paper-main">
        <a class="paper-title" href={absUrl(saved.id)} target="_blank" rel="noopener noreferrer" tabIndex={tab} title={title} onClick={onTitleClick}>
          {!read && <span class="unread-dot" title="Unread" aria-hidden="true" />}
          {title}
        </a>
        <div class="paper-meta">{meta}</div>
        <div class="paper-foot">
          <ul class="paper-tags" aria-label="Tags">
            {saved.tags.map((t) => (
              <li key={t} class="tag">
                {t}
              </li>
            ))}
            {saved.note && (
              <li class="note-mark" title={saved.note}>
                note
              </li>
            )}
          </ul>
          <div class="paper-actions">
            <button type="button" tabIndex={tab} onClick={() => actions.open(saved, 'pdf')} aria-label={`Open the PDF of “${title}”`} title="Open PDF">
              PDF
            </button>
            <button type="button" tabIndex={tab} onClick={() => actions.copyBibtex(saved)} aria-label={`Copy BibTeX of “${title}”`} title="Copy BibTeX">
              Bib
            </button>
            <button type="button" tabIndex={tab} onClick={() => actions.copyCiteKey(saved)} aria-label={`Copy cite key of “${title}”`} title="Copy cite key">
              Key
            </button>
            <button
              type="button"
              tabIndex={tab}
              aria-pressed={read}
              onClick={() => actions.toggleRead(saved)}
              aria-label={`Read: “${title}”`}
              title={read ? 'Read (click to mark unread)' : 'Mark as read'}
            >
              ✓
            </button>
            <button type="button" tabIndex={tab} onClick={() => actions.edit(saved)} aria-label={`Edit tags and note of “${title}”`} title="Tags and note">
              ✎
            </button>
            <button
              type="button"
              class="danger"
              tabIndex={tab}
              onClick={() => actions.remove([saved.id])}
              aria-label={`Remove “${title}” from the library`}
              title="Remove (Delete)"
            >
              ✕
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
