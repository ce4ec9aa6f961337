/**
 * The popup's Saved section: the library newest first, searchable, filterable by tag, sortable, each
 * paper with its actions; remove with undo; export of the library or the current tag.
 */
import { useState } from 'preact/hooks';
import { ExportMenu } from '../library/export-menu';
import { LibraryList } from '../library/library-list';
import { LibraryToolbar } from '../library/library-toolbar';
import { StatusLine } from '../library/status-line';
import { useFirstRowsMark } from '../library/use-first-rows-mark';
import { useLibrary } from '../library/use-library';

export const POPUP_ROW_HEIGHT = 84;

export function SavedSection() {
  // Tags are asked for once the first rows are up: see use-tags.ts.
  const [painted, setPainted] = useState(false);
  const lib = useLibrary({ tagsEnabled: painted });
  const { total } = lib.list;
  useFirstRowsMark(total !== null && (total === 0 || lib.list.item(0) !== undefined), () => setPainted(true));
  const [exporting, setExporting] = useState(false);

  const scopes = [{ key: 'all', label: 'Whole library', scope: {} }];
  if (lib.tag !== undefined) scopes.unshift({ key: `tag:${lib.tag}`, label: `Tag “${lib.tag}”`, scope: { tag: lib.tag } });

  return (
    <section class="saved-section" aria-labelledby="saved-title">
      <h2 id="saved-title" class="visually-hidden">
        Saved papers
      </h2>
      <LibraryToolbar lib={lib} idPrefix="popup" />
      <LibraryList id="popup" lib={lib} rowHeight={POPUP_ROW_HEIGHT} initialHeight={360} />
      <footer class="popup-footer">
        <StatusLine lib={lib} />
        <button type="button" class="link-button" aria-expanded={exporting} onClick={() => setExporting(!exporting)}>
          Export…
        </button>
      </footer>
      {exporting && <ExportMenu key={scopes[0]!.key} id="popup-export" scopes={scopes} say={lib.say} disabled={total === 0} />}
    </section>
  );
}
