/**
 * What the options page does to many papers at once: add or remove a tag, export, remove (with undo).
 * Tag edits go paper by paper through `library/update` (the protocol has no bulk edit), a few at a
 * time, with progress; removal is one `library/remove` per 10,000 papers, undone together.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/send';
import type { SavedPaper } from '../../lib/messaging/types';
import { TagEditor } from '../library/tag-editor';
import type { LibraryController } from '../library/use-library';
import type { Selection } from './library-selection';

const PARALLEL = 8;
const REMOVE_CHUNK = 10_000;

async function eachLimited<T>(items: T[], fn: (item: T) => Promise<void>, onProgress: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await fn(item);
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

export function LibraryBulkBar({ lib, selection }: { lib: LibraryController; selection: Selection }) {
  const [tags, setTags] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | undefined>();
  const count = selection.size;
  const total = lib.list.total ?? 0;

  const retag = async (change: (tags: string[]) => string[], verb: string) => {
    const records = selection.records().filter((s) => {
      const next = change(s.tags);
      return next.length !== s.tags.length || next.some((t, i) => t !== s.tags[i]);
    });
    const updated: SavedPaper[] = [];
    const failures: string[] = [];
    setBusy(`${verb} 0 of ${records.length}…`);
    await eachLimited(
      records,
      async (s) => {
        const answer = await sendMessage({ type: 'library/update', id: s.id, tags: change(s.tags) });
        if (answer.ok) updated.push(answer.saved);
        else failures.push(`${s.id}: ${answer.error}`);
      },
      (done) => setBusy(`${verb} ${done} of ${records.length}…`),
    );
    selection.refresh(updated);
    setBusy(undefined);
    lib.list.refresh();
    lib.say(
      failures.length
        ? { text: `${updated.length} changed; ${failures.length} not: ${failures.slice(0, 3).join('; ')}`, error: true }
        : { text: `${verb} done: ${updated.length} paper${updated.length === 1 ? '' : 's'} changed.`, error: false },
    );
  };

  const addTags = () => tags.length && void retag((t) => [...t, ...tags.filter((x) => !t.includes(x))], 'Tagging');
  const removeTags = () => tags.length && void retag((t) => t.filter((x) => !tags.includes(x)), 'Untagging');
  const remove = async () => {
    const ids = selection.ids();
    setBusy(`Removing ${ids.length}…`);
    for (let i = 0; i < ids.length; i += REMOVE_CHUNK) await lib.remove(ids.slice(i, i + REMOVE_CHUNK));
    selection.drop(ids);
    setBusy(undefined);
  };
  const selectAll = async () => {
    setBusy('Selecting…');
    const error = await selection.selectAll(lib);
    setBusy(undefined);
    if (error) lib.say({ text: `Could not select: ${error}`, error: true });
  };

  return (
    <div class="bulk-bar" role="toolbar" aria-label="Selected papers">
      <span class="bulk-count" aria-live="polite">
        {count === 0 ? 'None selected' : `${count.toLocaleString('en')} selected`}
      </span>
      <button type="button" disabled={!!busy || total === 0} onClick={() => void selectAll()}>
        Select all {lib.query || lib.tag ? 'found' : ''} ({total.toLocaleString('en')})
      </button>
      <button type="button" disabled={!!busy || count === 0} onClick={selection.clear}>
        Clear selection
      </button>
      <span class="bulk-tags">
        <TagEditor id="bulk-tags" tags={tags} suggestions={lib.tags} onChange={setTags} label="Tag for the selected" />
        <button type="button" disabled={!!busy || count === 0 || tags.length === 0} onClick={addTags}>
          Add tag
        </button>
        <button type="button" disabled={!!busy || count === 0 || tags.length === 0} onClick={removeTags}>
          Remove tag
        </button>
      </span>
      <button type="button" class="danger" disabled={!!busy || count === 0} onClick={() => void remove()}>
        Remove selected
      </button>
      {busy && <span class="bulk-busy">{busy}</span>}
    </div>
  );
}
