/**
 * The state and actions of a library view, shared by the popup's Saved section and the options page's
 * library: the filter (search debounced, tag, sort), the paged listing, tags, the status line, remove
 * with undo, and the paper being edited. The two pages lay the pieces out differently.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/send';
import type { LibrarySort, SavedPaper } from '../../lib/messaging/types';
import { createUndoOffer, UNDO_MS } from '../../lib/ui/undo';
import { copyBibtex, copyCiteKey, openPaper, type Outcome, setRead } from './paper-actions';
import { type LibraryList, useLibraryList } from './use-library-list';
import { type TagCount, useTags } from './use-tags';

/** Long enough to read a short sentence; errors stay until the next message. */
const STATUS_MS = 5_000;
/** Typing pauses shorter than this do not each ask the background. */
export const SEARCH_DEBOUNCE_MS = 120;

export interface Status {
  text: string;
  error: boolean;
}

export interface LibraryController {
  input: string;
  setInput(value: string): void;
  tag: string | undefined;
  setTag(tag: string | undefined): void;
  sort: LibrarySort;
  setSort(sort: LibrarySort): void;
  /** The debounced search actually listed. */
  query: string;
  list: LibraryList;
  tags: TagCount[];
  status: Status | undefined;
  say(outcome: Outcome | Status): void;
  /** Papers removed last, while their undo is on offer. */
  undoable: SavedPaper[] | undefined;
  undoMs: number;
  remove(ids: string[]): Promise<void>;
  undo(): Promise<void>;
  dismissUndo(): void;
  open(saved: SavedPaper, what?: 'abs' | 'pdf'): void;
  copyBibtex(saved: SavedPaper): void;
  copyCiteKey(saved: SavedPaper): void;
  toggleRead(saved: SavedPaper): void;
  editing: SavedPaper | undefined;
  edit(saved: SavedPaper | undefined): void;
  saveEdit(fields: { tags: string[]; note: string; read: boolean }): Promise<boolean>;
}

export interface LibraryOptions {
  /** False until the page wants the tag list (see use-tags.ts). */
  tagsEnabled?: boolean;
  /** A paper was edited here (the options page keeps its selection's records current). */
  onEdited?(saved: SavedPaper): void;
}

export function useLibrary({ tagsEnabled = true, onEdited }: LibraryOptions = {}): LibraryController {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | undefined>();
  const [sort, setSort] = useState<LibrarySort>('saved');
  const [status, setStatus] = useState<Status | undefined>();
  const [undoable, setUndoable] = useState<SavedPaper[] | undefined>();
  const [editing, setEditing] = useState<SavedPaper | undefined>();
  const list = useLibraryList({ query, tag, sort });
  const tags = useTags(tagsEnabled);
  const undoOffer = useMemo(() => createUndoOffer<SavedPaper[]>(setUndoable), []);
  const statusTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    const trimmed = input.trim();
    if (trimmed === query) return;
    // Clearing the box lists everything at once; typing waits for a pause.
    if (trimmed === '') return setQuery('');
    const timer = setTimeout(() => setQuery(trimmed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  useEffect(() => () => (clearTimeout(statusTimer.current), undoOffer.dismiss()), []);

  const say = (s: Outcome | Status) => {
    const next = 'error' in s ? s : { text: s.text, error: !s.ok };
    setStatus(next);
    clearTimeout(statusTimer.current);
    if (!next.error) statusTimer.current = setTimeout(() => setStatus(undefined), STATUS_MS);
  };
  const run = (p: Promise<Outcome>) => void p.then(say, (e) => say({ text: String(e), error: true }));

  return {
    input,
    setInput,
    tag,
    setTag,
    sort,
    setSort,
    query,
    list,
    tags,
    status,
    say,
    undoable,
    undoMs: UNDO_MS,
    async remove(ids) {
      if (ids.length === 0) return;
      const answer = await sendMessage({ type: 'library/remove', ids });
      if (!answer.ok) return say({ text: `Nothing was removed: ${answer.error}`, error: true });
      list.refresh();
      if (answer.removed.length === 0) return;
      // Two removals in a row are undone together: the first one's undo must not be lost.
      undoOffer.offer([...(undoOffer.current ?? []), ...answer.removed]);
      setStatus(undefined);
    },
    async undo() {
      const saved = undoOffer.take();
      if (!saved) return;
      const answer = await sendMessage({ type: 'library/restore', saved });
      if (!answer.ok) return say({ text: `Could not put the papers back: ${answer.error}`, error: true });
      list.refresh();
      say({ text: saved.length === 1 ? 'Restored 1 paper.' : `Restored ${saved.length} papers.`, error: false });
    },
    dismissUndo: () => undoOffer.dismiss(),
    open: (saved, what) => void openPaper(saved, what),
    copyBibtex: (saved) => run(copyBibtex(saved)),
    copyCiteKey: (saved) => run(copyCiteKey(saved)),
    toggleRead: (saved) =>
      run(
        setRead(saved, saved.readAt === undefined).then((outcome) => {
          if (outcome.ok) list.refresh();
          return outcome;
        }),
      ),
    editing,
    edit: setEditing,
    async saveEdit({ tags: newTags, note, read }) {
      if (!editing) return false;
      const answer = await sendMessage({ type: 'library/update', id: editing.id, tags: newTags, note, read });
      if (!answer.ok) {
        say({ text: `Not saved: ${answer.error}`, error: true });
        return false;
      }
      setEditing(undefined);
      onEdited?.(answer.saved);
      list.refresh();
      say({ text: 'Saved the changes.', error: false });
      return true;
    },
  };
}
