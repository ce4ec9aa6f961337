/**
 * A list that renders only the rows in view (plus a few either side), at one fixed row height, so
 * 10,000 saved papers cost what 20 do. The rows' arithmetic is lib/ui/virtual-window.ts.
 *
 * Keyboard: one row is the tab stop (roving tabindex); arrows, Page Up/Down, Home and End move it, and
 * the parent handles the other keys (Enter opens, Delete removes) through `onRowKey`. Rows are
 * `listitem`s with their position in the whole list (aria-posinset/setsize), since only some exist.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { moveIndex, rowWindow, scrollToShow, type RowWindow } from '../../lib/ui/virtual-window';

export interface RowContext {
  /** This row is the list's tab stop: its controls are in the tab order, the others' are not. */
  tabStop: boolean;
}

interface Props {
  total: number;
  rowHeight: number;
  label: string;
  /** Height of the viewport before it is measured (and in environments without layout). */
  initialHeight?: number;
  renderRow(index: number, context: RowContext): ComponentChildren;
  onWindow(window: RowWindow): void;
  /** Keys other than navigation on a focused row; return true when handled. */
  onRowKey?(event: KeyboardEvent, index: number): boolean;
  empty?: ComponentChildren;
  /** When this changes (another search, tag or order), the list goes back to its top. */
  resetKey?: unknown;
  class?: string;
}

export function VirtualList({ total, rowHeight, label, initialHeight = 400, renderRow, onWindow, onRowKey, empty, resetKey, class: cls }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(initialHeight);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => el.clientHeight > 0 && setHeight(el.clientHeight);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const firstReset = useRef(true);
  useLayoutEffect(() => {
    if (firstReset.current) return void (firstReset.current = false);
    if (viewport.current) viewport.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [resetKey]);

  const win = rowWindow(scrollTop, height, rowHeight, total);
  useEffect(() => onWindow(win), [win.start, win.end]);
  // A shorter list (a search, a removal) may leave the active row and the scroll position past its end.
  useEffect(() => {
    if (active >= total && total > 0) setActive(total - 1);
    const el = viewport.current;
    if (el && scrollTop > Math.max(0, total * rowHeight - height)) setScrollTop(el.scrollTop);
  }, [total]);

  const tabStop = active >= win.start && active < win.end ? active : win.start;

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    viewport.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus({ preventScroll: true });
  });

  const goTo = (index: number) => {
    const el = viewport.current;
    if (el) {
      const top = scrollToShow(index, el.scrollTop, height, rowHeight);
      if (top !== el.scrollTop) {
        el.scrollTop = top;
        setScrollTop(top);
      }
    }
    focusPending.current = true;
    setActive(index);
  };

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest?.('[data-index]') as HTMLElement | null;
    if (!row) return;
    const index = Number(row.dataset.index);
    // Keys typed into a control inside a row (the selection checkbox aside) are the control's.
    const onRow = e.target === row;
    const next = onRow || (e.target as HTMLInputElement).type === 'checkbox' ? moveIndex(index, e.key, total, Math.floor(height / rowHeight) - 1) : undefined;
    if (next !== undefined) {
      e.preventDefault();
      goTo(next);
      return;
    }
    if (onRow && onRowKey?.(e as unknown as KeyboardEvent, index)) e.preventDefault();
  };

  const onFocusIn = (e: FocusEvent) => {
    const row = (e.target as HTMLElement).closest?.('[data-index]') as HTMLElement | null;
    if (row) setActive(Number(row.dataset.index));
  };
  useEffect(() => {
    const el = viewport.current;
    el?.addEventListener('focusin', onFocusIn);
    return () => el?.removeEventListener('focusin', onFocusIn);
  }, []);

  const rows = [];
  for (let i = win.start; i < win.end; i++) {
    rows.push(
      <div
        key={i}
        role="listitem"
        class="vrow"
        data-index={i}
        tabIndex={i === tabStop ? 0 : -1}
        aria-posinset={i + 1}
        aria-setsize={total}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(i, { tabStop: i === tabStop })}
      </div>,
    );
  }

  return (
    <div ref={viewport} class={`vlist ${cls ?? ''}`} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      {total === 0 ? (
        empty
      ) : (
        <div role="list" aria-label={label} class="vlist-rows" style={{ height: `${total * rowHeight}px` }}>
          {rows}
        </div>
      )}
    </div>
  );
}
