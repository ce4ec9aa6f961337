/**
 * "Clear data" with a confirmation that names what goes (`data/clear`): the saved papers with their
 * tags and notes, the keyword rules, the alerts and the cached paper details. Nothing can undo it, so
 * the confirmation offers the backup first.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/send';
import { exportFile } from '../library/export-file';

interface Counts {
  saved: number;
  rules: number;
}

export function LibraryClear() {
  const [counts, setCounts] = useState<Counts | undefined>();
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | undefined>();
  const [busy, setBusy] = useState(false);

  const ask = async () => {
    setOutcome(undefined);
    const [list, rules] = await Promise.all([sendMessage({ type: 'library/list', limit: 1 }), sendMessage({ type: 'rules/list' })]);
    setCounts({ saved: list.ok ? list.total : 0, rules: rules.ok ? rules.rules.length : 0 });
  };
  const clear = async () => {
    setBusy(true);
    const answer = await sendMessage({ type: 'data/clear' });
    setBusy(false);
    setCounts(undefined);
    setOutcome(answer.ok ? { text: 'All Paper Radar data was deleted.', error: false } : { text: `Nothing was deleted: ${answer.error}`, error: true });
  };
  const backup = async () => {
    const result = await exportFile('json', {});
    if (!result.ok) setOutcome({ text: `Backup failed: ${result.error}`, error: true });
  };

  return (
    <div class="clear-data">
      <h3>Clear data</h3>
      {!counts ? (
        <button type="button" class="danger" onClick={() => void ask()}>
          Clear all data…
        </button>
      ) : (
        <div class="confirm" role="alertdialog" aria-labelledby="clear-title" aria-describedby="clear-what">
          <p id="clear-title">
            <strong>Delete everything Paper Radar keeps in this browser?</strong>
          </p>
          <ul id="clear-what">
            <li>
              {counts.saved.toLocaleString('en')} saved paper{counts.saved === 1 ? '' : 's'}, with their tags, notes and read marks
            </li>
            <li>
              {counts.rules.toLocaleString('en')} keyword rule{counts.rules === 1 ? '' : 's'}
            </li>
            <li>all alerts, and the cached paper details</li>
          </ul>
          <p>This cannot be undone. Download a backup first if you may want them back.</p>
          <div class="dialog-buttons">
            <button type="button" onClick={() => void backup()} disabled={counts.saved === 0 && counts.rules === 0}>
              Download a backup first
            </button>
            <button type="button" class="danger-solid" disabled={busy} onClick={() => void clear()}>
              Delete everything
            </button>
            <button type="button" autoFocus onClick={() => setCounts(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {outcome && (
        <p class={outcome.error ? 'status-error' : 'status-ok'} role="status">
          {outcome.text}
        </p>
      )}
    </div>
  );
}
