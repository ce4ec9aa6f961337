/**
 * Marks the moment the library's first rows (or its empty state) are on screen, as
 * `performance.mark('paper-radar:first-rows')`: bench/popup-first-paint.ts reads it. The mark is set in
 * the animation frame that follows the commit of the rows, just before the browser paints them.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

export const FIRST_ROWS_MARK = 'paper-radar:first-rows';

export function useFirstRowsMark(ready: boolean, onMarked?: () => void): void {
  const done = useRef(false);
  // A layout effect runs right after the commit; the animation frame after it is the rows' paint.
  useLayoutEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const mark = () => {
      performance.mark(FIRST_ROWS_MARK);
      onMarked?.();
    };
    // Hidden documents get no animation frames.
    if (typeof requestAnimationFrame === 'function' && !document.hidden) requestAnimationFrame(mark);
    else mark();
  }, [ready]);
}
