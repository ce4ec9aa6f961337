/**
 * The saved papers of a library view as a virtualised list, with the row keys: Enter opens the paper,
 * Delete (or Backspace) removes it with undo, Space toggles its selection where there is one.
 */
import type { SavedPaper } from '../../lib/messaging/types';
import { PaperEditor } from './paper-editor';
import { PaperRow } from './paper-row';
import type { LibraryController } from './use-library';
import { VirtualList } from './virtual-list';

interface Props {
  id: string;
  lib: LibraryController;
  rowHeight: number;
  initialHeight?: number;
  selection?: { has(id: string): boolean; set(saved: SavedPaper, selected: boolean): void };
}

export function LibraryList({ id, lib, rowHeight, initialHeight, selection }: Props) {
  const { list } = lib;
  const actions = { ...lib, remove: (ids: string[]) => void lib.remove(ids) };
  const filtered = lib.query !== '' || lib.tag !== undefined;
  const empty =
    list.total === null ? null : (
      <p class="library-empty">
        {filtered
          ? 'No saved paper matches.'
          : 'No saved papers yet. Save one from a paper page, a Hugging Face or arXiv listing, a link’s overlay, or “Save this tab”.'}
      </p>
    );
  return (
    <div id={`${id}-list`} class="library-list">
      {list.error && (
        <p class="status-error" role="alert">
          The library could not be read: {list.error}
        </p>
      )}
      <VirtualList
        total={list.total ?? 0}
        rowHeight={rowHeight}
        initialHeight={initialHeight}
        label="Saved papers"
        resetKey={`${lib.query}\u0000${lib.tag ?? ''}\u0000${lib.sort}`}
        onWindow={list.setWindow}
        empty={empty}
        renderRow={(index, { tabStop }) => {
          const saved = list.item(index);
          return (
            <PaperRow
              saved={saved}
              tabStop={tabStop}
              actions={actions}
              selected={saved && selection?.has(saved.id)}
              onSelect={selection && ((s, on) => selection.set(s, on))}
            />
          );
        }}
        onRowKey={(e, index) => {
          const saved = list.item(index);
          if (!saved) return false;
          if (e.key === 'Enter') lib.open(saved);
          else if (e.key === 'Delete' || e.key === 'Backspace') void lib.remove([saved.id]);
          else if (e.key === ' ' && selection) selection.set(saved, !selection.has(saved.id));
          else return false;
          return true;
        }}
      />
      {lib.editing && <PaperEditorHost lib={lib} />}
    </div>
  );
}

function PaperEditorHost({ lib }: { lib: LibraryController }) {
  const saved = lib.editing!;
  return <PaperEditor key={saved.id} saved={saved} suggestions={lib.tags} onSave={lib.saveEdit} onCancel={() => lib.edit(undefined)} />;
}
