/**
 * Export the whole library, one tag, or a selection, in any format of the protocol. The scopes offered
 * are the page's (the popup: library or current tag; the options page: also the selection).
 */
import { useState } from 'preact/hooks';
import { type ExportFormat, type ExportScope, exportFile, FORMAT_LABELS } from './export-file';

export interface ScopeOption {
  key: string;
  label: string;
  scope: ExportScope;
}

interface Props {
  id: string;
  scopes: ScopeOption[];
  say(status: { text: string; error: boolean }): void;
  disabled?: boolean;
}

export function ExportMenu({ id, scopes, say, disabled }: Props) {
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const [scopeKey, setScopeKey] = useState(scopes[0]?.key ?? '');
  const [busy, setBusy] = useState(false);
  const chosen = scopes.find((s) => s.key === scopeKey) ?? scopes[0];

  const run = async () => {
    if (!chosen) return;
    setBusy(true);
    const result = await exportFile(format, chosen.scope);
    setBusy(false);
    say(result.ok ? { text: `Exported ${result.filename}.`, error: false } : { text: `Export failed: ${result.error}`, error: true });
  };

  return (
    <div class="export-menu" role="group" aria-label="Export">
      <select id={`${id}-format`} aria-label="Export format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
        {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((f) => (
          <option key={f} value={f}>
            {FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
      {scopes.length > 1 && (
        <select aria-label="What to export" value={chosen?.key} onChange={(e) => setScopeKey(e.currentTarget.value)}>
          {scopes.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      )}
      <button type="button" disabled={disabled || busy || !chosen} onClick={() => void run()}>
        {busy ? 'Exporting…' : 'Export'}
      </button>
    </div>
  );
}
