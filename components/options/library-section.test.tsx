// @vitest-environment happy-dom
// The options page's library and data sections against the real background (fake-indexeddb).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generatedLibrary } from '../../lib/export/__fixtures__/library';
import { readSettings } from '../../lib/settings/store';
import { button, choose, connectBackground, press, rowTitles, typeInto, waitFor, type ConnectedBackground } from '../library/test-support';
import { DataSection } from './data-section';
import { LibrarySection } from './library-section';

let c: ConnectedBackground;
let downloads: { filename: string; text: Promise<string>; type: string }[];
beforeEach(() => {
  c = connectBackground();
  downloads = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:test'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ filename: this.download, text: blob!.text(), type: blob!.type });
  });
});
afterEach(() => act(() => render(null, document.body)));

const LIB = generatedLibrary(30);
const count = () => document.querySelector('.library-count')?.textContent;
const checkbox = (i: number) => document.querySelector<HTMLInputElement>(`.vrow[data-index="${i}"] input[type="checkbox"]`)!;

describe('options: library', () => {
  it('bulk select (checkbox, Space), bulk tag, export the selection, bulk remove with one undo', async () => {
    await c.put(LIB);
    await act(() => render(<LibrarySection />, document.body));
    await waitFor(() => rowTitles()[2] !== 'Loading…' && rowTitles()[2]);
    await act(() => checkbox(0).click());
    const row1 = document.querySelector<HTMLElement>('.vrow[data-index="1"]')!;
    await act(() => press(row1, ' '));
    expect(document.querySelector('.bulk-count')!.textContent).toBe('2 selected');

    const tagInput = document.querySelector<HTMLInputElement>('#bulk-tags')!;
    await act(() => typeInto(tagInput, 'reading-group'));
    await act(() => press(tagInput, 'Enter'));
    await act(() => button('Add tag').click());
    await waitFor(() => (document.querySelector('[role="status"]')?.textContent ?? '').includes('2 papers changed') || undefined);
    const tagged = (await c.saved()).filter((s) => s.tags.includes('reading-group')).map((s) => s.id);
    expect(tagged.sort()).toEqual([LIB[29]!.id, LIB[28]!.id].sort());

    // Export: the selection is offered as a scope.
    const exportBox = document.querySelector('.library-footer .export-menu')!;
    await act(() => choose(exportBox.querySelector<HTMLSelectElement>('select[aria-label="Export format"]')!, 'csv'));
    await act(() => choose(exportBox.querySelector<HTMLSelectElement>('select[aria-label="What to export"]')!, 'selection'));
    await act(() => button('Export', exportBox).click());
    await waitFor(() => downloads.length === 1 || undefined);
    expect(downloads[0]!.filename).toMatch(/^paper-radar-\d{4}-\d\d-\d\d\.csv$/);
    const csvRows = (await downloads[0]!.text).split('\r\n').filter(Boolean);
    expect(csvRows).toHaveLength(3); // header + the two selected

    await act(() => button('Remove selected').click());
    await waitFor(() => count() === '28 saved' || undefined);
    expect(document.querySelector('.bulk-count')!.textContent).toBe('None selected');
    expect(document.querySelector('[role="status"]')!.textContent).toContain('Removed 2 papers.');
    await act(() => button('Undo').click());
    await waitFor(() => count() === '30 saved' || undefined);
    expect((await c.saved()).filter((s) => s.tags.includes('reading-group'))).toHaveLength(2);
  });

  it('select all of a search selects every match, not only the rows in view', async () => {
    await c.put(LIB);
    await act(() => render(<LibrarySection />, document.body));
    await waitFor(() => count() === '30 saved' || undefined);
    await act(() => typeInto(document.querySelector<HTMLInputElement>('input[type="search"]')!, 'even'));
    await waitFor(() => count() === '15 found' || undefined);
    await act(() => button(/^Select all/).click());
    await waitFor(() => document.querySelector('.bulk-count')!.textContent === '15 selected' || undefined);
  });
});

describe('options: data', () => {
  it('backup: the reminder says uninstalling deletes everything; a backup download records lastBackupAt and quiets it', async () => {
    await c.put(LIB.slice(0, 3));
    await act(() => render(<DataSection />, document.body));
    const reminder = await waitFor(() => document.querySelector('.backup-reminder.due'));
    expect(reminder.textContent).toMatch(/uninstalling Paper Radar deletes them/);
    expect(reminder.textContent).toMatch(/Last backup: never/);
    await act(() => button('Download a backup (.json)').click());
    await waitFor(() => downloads.length === 1 || undefined);
    const backup = JSON.parse(await downloads[0]!.text);
    expect(backup).toMatchObject({ format: 'paper-radar-backup', version: 1 });
    expect(backup.saved).toHaveLength(3);
    expect((await readSettings(fakeBrowser.storage.local)).lastBackupAt).toBeTypeOf('number');
    await waitFor(() => !document.querySelector('.backup-reminder.due') || undefined);
    expect(document.querySelector('.backup-reminder')!.textContent).toMatch(/Last backup: today/);
  });

  it('import: a backup file merges (added, updated, skipped); a corrupt one changes nothing and says why', async () => {
    await c.put(LIB.slice(0, 2));
    const text = (await c.send<{ text: string }>({ type: 'library/export', format: 'json' })).text;
    await c.send({ type: 'data/clear' });
    await c.put(LIB.slice(0, 1));
    await act(() => render(<DataSection />, document.body));
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const pick = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await act(() => pick(new File([text], 'backup.json', { type: 'application/json' })));
    const done = await waitFor(() => document.querySelector('.import-done'));
    expect(done.textContent).toContain('Imported backup.json: 1 paper added, 0 updated, 1 already saved.');
    expect((await c.saved()).map((s) => s.id).sort()).toEqual([LIB[0]!.id, LIB[1]!.id]);

    const before = await c.saved();
    await act(() => pick(new File([text.slice(0, text.length / 2)], 'broken.json')));
    const error = await waitFor(() => document.querySelector('.import-result [role="alert"]'));
    expect(error.textContent).toMatch(/^Nothing was imported from broken\.json: .+/);
    expect(await c.saved()).toEqual(before);
  });

  it('import by drag and drop and by pasted text', async () => {
    await act(() => render(<DataSection />, document.body));
    const zone = document.querySelector<HTMLElement>('.import-zone')!;
    const bib = '@misc{a,\n  title={Attention},\n  eprint={1706.03762},\n  archivePrefix={arXiv}\n}';
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as Event & { dataTransfer: unknown };
    drop.dataTransfer = { types: ['Files'], files: [new File([''], 'empty.bib')] };
    await act(() => void zone.dispatchEvent(drop));
    await waitFor(() => document.querySelector('.import-result [role="alert"]'));
    expect(document.querySelector('.import-result')!.textContent).toBe('Nothing was imported from empty.bib: it is empty');

    await act(() => typeInto(document.querySelector<HTMLTextAreaElement>('#import-text')!, bib));
    await act(() => button('Import the pasted text').click());
    // The network is down in these tests: arXiv cannot describe the paper, so it is named, not added.
    const result = await waitFor(() => document.querySelector('.import-done'), 20_000);
    expect(result.querySelector('p')!.textContent).toBe('Imported the pasted text: 0 papers added, 0 updated, 0 already saved.');
    expect(result.querySelector('summary')!.textContent).toBe('1 entry could not be imported');
    expect(result.querySelector('li')!.textContent).toMatch(/^1706\.03762: /);
  });

  it('clear data: the confirmation names what goes; cancel keeps it, confirm deletes it', async () => {
    await c.put(LIB.slice(0, 4));
    await c.send({ type: 'rules/add', query: 'ti:diffusion' });
    await act(() => render(<DataSection />, document.body));
    await act(() => button('Clear all data…').click());
    const confirm = await waitFor(() => document.querySelector('[role="alertdialog"]'));
    expect(confirm.textContent).toContain('4 saved papers, with their tags, notes and read marks');
    expect(confirm.textContent).toContain('1 keyword rule');
    await act(() => button('Cancel', confirm).click());
    expect(await c.saved()).toHaveLength(4);
    await act(() => button('Clear all data…').click());
    const confirmAgain = await waitFor(() => document.querySelector('[role="alertdialog"]'));
    await act(() => button('Delete everything', confirmAgain).click());
    await waitFor(() => (document.querySelector('.clear-data')!.textContent ?? '').includes('All Paper Radar data was deleted.') || undefined);
    expect(await c.saved()).toEqual([]);
  });
});
