/** Search, tag filter, order and count above a library list. */
import type { LibrarySort } from '../../lib/messaging/types';
import type { LibraryController } from './use-library';

const SORT_LABELS: Record<LibrarySort, string> = {
  saved: 'Newest saved',
  published: 'Newest published',
  title: 'Title A–Z',
};

export function LibraryToolbar({ lib, idPrefix }: { lib: LibraryController; idPrefix: string }) {
  const total = lib.list.total;
  const tagOptions = lib.tags.some((t) => t.tag === lib.tag) || lib.tag === undefined ? lib.tags : [{ tag: lib.tag, count: 0 }, ...lib.tags];
  const filtered = lib.query !== '' || lib.tag !== undefined;
  return (
    <div class="library-toolbar" role="search">
      <input
        type="search"
        class="library-search"
        placeholder="Search title, authors, abstract, tags, notes"
        aria-label="Search saved papers"
        value={lib.input}
        onInput={(e) => lib.setInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Down from the search box goes into the list.
          if (e.key === 'ArrowDown') {
            const row = document.querySelector<HTMLElement>(`#${idPrefix}-list [data-index][tabindex="0"]`);
            if (row) {
              e.preventDefault();
              row.focus();
            }
          }
        }}
      />
      <select aria-label="Filter by tag" value={lib.tag ?? ''} onChange={(e) => lib.setTag(e.currentTarget.value || undefined)}>
        <option value="">All tags</option>
        {tagOptions.map((t) => (
          <option key={t.tag} value={t.tag}>
            {t.tag} ({t.count})
          </option>
        ))}
      </select>
      <select aria-label="Order" value={lib.sort} onChange={(e) => lib.setSort(e.currentTarget.value as LibrarySort)}>
        {(Object.keys(SORT_LABELS) as LibrarySort[]).map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
      <span class="library-count" aria-live="polite">
        {total === null ? '' : filtered ? `${total.toLocaleString('en')} found` : `${total.toLocaleString('en')} saved`}
      </span>
    </div>
  );
}
