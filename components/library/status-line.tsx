/**
 * The page's feedback line and the undo offer after a removal. A live region, so screen readers hear
 * "Copied…", "Removed 3 papers" and errors; the Undo button stays until the offer lapses.
 */
import type { LibraryController } from './use-library';

export function StatusLine({ lib }: { lib: LibraryController }) {
  const removed = lib.undoable;
  return (
    <div class="status-line" role="status" aria-live="polite">
      {removed ? (
        <span class="undo">
          {removed.length === 1 ? 'Removed 1 paper.' : `Removed ${removed.length.toLocaleString('en')} papers.`}{' '}
          <button type="button" class="undo-button" onClick={() => void lib.undo()}>
            Undo
          </button>
          <button type="button" class="link-button" aria-label="Dismiss" onClick={lib.dismissUndo}>
            ✕
          </button>
        </span>
      ) : (
        lib.status && <span class={lib.status.error ? 'status-error' : 'status-ok'}>{lib.status.text}</span>
      )}
    </div>
  );
}
