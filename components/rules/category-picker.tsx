import { useState } from 'preact/hooks';
import { arxivCategory } from '../../lib/arxiv/category-names';
import { CATEGORY_ALIASES } from '../../lib/rules';
import { searchCategories } from './category-search';

const ALIAS_OF: Record<string, string> = { ...CATEGORY_ALIASES, ...Object.fromEntries(Object.entries(CATEGORY_ALIASES).map(([a, c]) => [c, a])) };

interface PickerProps {
  /** Picked codes, in the order they were picked. */
  selected: readonly string[];
  onChange(codes: string[]): void;
  /** Id prefix (several pickers may share a page). */
  id: string;
  label?: string;
}

/** Search box over arXiv's real categories, a checkbox per match, and the picked ones as removable chips. */
export function CategoryPicker({ selected, onChange, id, label = 'arXiv categories' }: PickerProps) {
  const [query, setQuery] = useState('');
  const results = searchCategories(query);
  const picked = new Set(selected);
  const toggle = (code: string) => onChange(picked.has(code) ? selected.filter((c) => c !== code) : [...selected, code]);
  return (
    <div class="pr-categories">
      <ul class="pr-chips" aria-label={`Picked ${label}`}>
        {selected.map((code) => (
          <li key={code} class="pr-chip">
            <span title={arxivCategory(code)?.name}>{code}</span>
            <button type="button" class="pr-chip-remove" aria-label={`Remove ${code}`} onClick={() => toggle(code)}>
              ×
            </button>
          </li>
        ))}
        {selected.length === 0 && <li class="pr-muted">None picked.</li>}
      </ul>
      <label for={`${id}-search`}>Search {label}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        placeholder="e.g. machine learning, hep-th, cs."
        onInput={(e) => setQuery(e.currentTarget.value)}
        aria-controls={`${id}-list`}
      />
      <p class="pr-muted" aria-live="polite">
        {results.length === 0 ? 'No category matches.' : `${results.length} ${results.length === 1 ? 'category' : 'categories'}`}
      </p>
      <ul id={`${id}-list`} class="pr-category-list" aria-label={label}>
        {results.map((c) => (
          <li key={c.code}>
            <label>
              <input type="checkbox" checked={picked.has(c.code)} onChange={() => toggle(c.code)} />
              <code>{c.code}</code> {c.name}
              {ALIAS_OF[c.code] && <span class="pr-muted"> (same as {ALIAS_OF[c.code]})</span>}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface InsertProps {
  onInsert(code: string): void;
  id: string;
}

/** "Insert cat:…" for the rule editor: search, then one button per category. */
export function CategoryInsert({ onInsert, id }: InsertProps) {
  const [query, setQuery] = useState('');
  const results = query.trim() ? searchCategories(query).slice(0, 12) : [];
  return (
    <details class="pr-category-insert">
      <summary>Insert a category (cat:…)</summary>
      <label for={`${id}-cat-search`}>Find a category</label>
      <input id={`${id}-cat-search`} type="search" value={query} placeholder="e.g. computer vision" onInput={(e) => setQuery(e.currentTarget.value)} />
      <ul class="pr-category-list">
        {results.map((c) => (
          <li key={c.code}>
            <button type="button" onClick={() => onInsert(c.code)} aria-label={`Insert cat:${c.code} (${c.name})`}>
              <code>cat:{c.code}</code> {c.name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
