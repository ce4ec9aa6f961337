/**
 * The library at full width on the options page: the shared list and toolbar, with bulk selection
 * (checkboxes, Space on a row, select all), bulk tagging and removal, and export of the library, the
 * current tag or the selection.
 */
import { ExportMenu, type ScopeOption } from '../library/export-menu';
import { LibraryList } from '../library/library-list';
import { LibraryToolbar } from '../library/library-toolbar';
import { StatusLine } from '../library/status-line';
import { useLibrary } from '../library/use-library';
import { LibraryBulkBar } from './library-bulk-bar';
import { useSelection } from './library-selection';

export const PAGE_ROW_HEIGHT = 76;

export function LibrarySection() {
  const selection = useSelection();
  // Bulk tag edits start from the selected records' tags: an edit made here keeps them current.
  const lib = useLibrary({ onEdited: (saved) => selection.refresh([saved]) });
  const scopes: ScopeOption[] = [{ key: 'all', label: 'Whole library', scope: {} }];
  if (lib.tag !== undefined) scopes.push({ key: `tag:${lib.tag}`, label: `Tag “${lib.tag}”`, scope: { tag: lib.tag } });
  if (selection.size > 0) {
    scopes.push({ key: 'selection', label: `Selected papers (${selection.size.toLocaleString('en')})`, scope: { ids: selection.ids() } });
  }
  return (
    <section class="library-section" aria-labelledby="library-title">
      <h2 id="library-title">Library</h2>
      <LibraryToolbar lib={lib} idPrefix="options" />
      <LibraryBulkBar lib={lib} selection={selection} />
      <LibraryList id="options" lib={lib} rowHeight={PAGE_ROW_HEIGHT} initialHeight={560} selection={selection} />
      <div class="library-footer">
        <StatusLine lib={lib} />
        <ExportMenu id="library-export" scopes={scopes} say={lib.say} disabled={lib.list.total === 0} />
      </div>
    </section>
  );
}
