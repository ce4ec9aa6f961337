/**
 * Import (options page only: a Firefox popup closes when a file dialog opens): a file from the picker
 * or dropped on the page, or pasted text, in any format Paper Radar exports (detected, or chosen). The
 * background imports all or nothing (DESIGN §8), so a failure here changes nothing, and says why.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/send';
import { type ExportFormat, FORMAT_LABELS } from '../library/export-file';

/** The protocol's limit on `library/import` text. */
export const MAX_IMPORT_CHARS = 50_000_000;

type Result =
  | { ok: true; source: string; added: number; updated: number; skipped: number; rulesAdded: number; errors: string[] }
  | { ok: false; source: string; error: string };

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function LibraryImport() {
  const [format, setFormat] = useState<ExportFormat | ''>('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState<Result | undefined>();

  const importText = async (content: string, source: string) => {
    if (content.length > MAX_IMPORT_CHARS) {
      setResult({ ok: false, source, error: `the file is larger than ${MAX_IMPORT_CHARS / 1e6} MB; split it and import the parts` });
      return;
    }
    if (!content.trim()) {
      setResult({ ok: false, source, error: 'it is empty' });
      return;
    }
    setBusy(true);
    setResult(undefined);
    const answer = await sendMessage({ type: 'library/import', text: content, format: format || undefined });
    setBusy(false);
    setResult(answer.ok ? { source, ...answer } : { ok: false, source, error: answer.error });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setResult({ ok: false, source: file.name, error: `the file is larger than ${MAX_IMPORT_CHARS / 1e6} MB` });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch (e) {
      setResult({ ok: false, source: file.name, error: `the file could not be read (${String(e)})` });
      return;
    }
    await importText(content, file.name);
  };

  // Listeners added directly: drag events are not all known to every DOM as `on…` properties.
  const zone = useRef<HTMLDivElement>(null);
  const latestImport = useRef(importFile);
  latestImport.current = importFile;
  useEffect(() => {
    const el = zone.current!;
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void latestImport.current(e.dataTransfer?.files[0]);
    };
    el.addEventListener('dragover', over);
    el.addEventListener('dragleave', leave);
    el.addEventListener('drop', drop);
    // A file dropped beside the zone would make the browser open it in place of this page.
    const beside = (e: DragEvent) => e.dataTransfer?.types.includes('Files') && e.preventDefault();
    window.addEventListener('dragover', beside);
    window.addEventListener('drop', beside);
    return () => {
      window.removeEventListener('dragover', beside);
      window.removeEventListener('drop', beside);
      el.removeEventListener('dragover', over);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div ref={zone} class={`import-zone${dragging ? ' dragging' : ''}`}>
      <h3>Import</h3>
      <p class="hint">
        A Paper Radar backup, or a BibTeX, RIS, CSV or CSL-JSON file. Papers already saved are merged, never duplicated; if anything in
        the file cannot be used, nothing is imported. Drop a file here, choose one, or paste its text.
      </p>
      <div class="import-row">
        <label>
          Format{' '}
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat | '')}>
            <option value="">Detect from the content</option>
            {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <label class="file-label">
          Choose a file…{' '}
          <input
            type="file"
            accept=".json,.bib,.ris,.csv,.txt,application/json,text/csv,application/x-bibtex"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      <label class="field-label" for="import-text">
        Or paste the text
      </label>
      <textarea id="import-text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" disabled={busy || !text.trim()} onClick={() => void importText(text, 'the pasted text')}>
        {busy ? 'Importing…' : 'Import the pasted text'}
      </button>
      <div class="import-result" role="status" aria-live="polite">
        {busy && <p>Importing…</p>}
        {result && !result.ok && (
          <p class="status-error" role="alert">
            Nothing was imported from {result.source}: {result.error.replace(/^nothing was imported: /, '')}
          </p>
        )}
        {result?.ok && (
          <div class="import-done">
            <p>
              Imported {result.source}: {plural(result.added, 'paper')} added, {result.updated.toLocaleString('en')} updated,{' '}
              {result.skipped.toLocaleString('en')} already saved
              {result.rulesAdded > 0 && `, ${plural(result.rulesAdded, 'keyword rule')} added`}.
            </p>
            {result.errors.length > 0 && (
              <details open={result.errors.length <= 5}>
                <summary>{result.errors.length === 1 ? '1 entry' : `${result.errors.length.toLocaleString('en')} entries`} could not be imported</summary>
                <ul>
                  {result.errors.slice(0, 200).map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
