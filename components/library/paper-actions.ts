/**
 * What the buttons of a saved paper do, apart from any component: open it, copy its BibTeX or cite key,
 * mark it read. Each answers a sentence for the page's status line.
 *
 * BibTeX: arXiv's own entry when it has arrived (kept with the saved paper, DESIGN §5.5), else the
 * entry an export of this paper writes (`library/export` with its id), so what is copied is what a
 * `.bib` export holds, key included.
 */
import { browser } from 'wxt/browser';
import { storedEntryKey } from '../../lib/export/cite-key';
import { absUrl, pdfUrl } from '../../lib/export/fields';
import { sendMessage } from '../../lib/messaging/send';
import type { SavedPaper } from '../../lib/messaging/types';
import { copyText } from '../../lib/ui/clipboard';

export type Outcome = { ok: true; text: string } | { ok: false; text: string };

export async function openPaper(saved: SavedPaper, what: 'abs' | 'pdf' = 'abs'): Promise<void> {
  const url = what === 'pdf' ? pdfUrl(saved.id) : absUrl(saved.id);
  try {
    await browser.tabs.create({ url });
  } catch {
    window.open(url, '_blank', 'noopener');
  }
}

async function bibtexOf(saved: SavedPaper): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (saved.bibtex) return { ok: true, text: saved.bibtex.trimEnd() };
  const answer = await sendMessage({ type: 'library/export', format: 'bibtex', ids: [saved.id] });
  if (!answer.ok) return { ok: false, error: answer.error };
  if (!answer.text.trim()) return { ok: false, error: `${saved.id} is no longer in the library` };
  return { ok: true, text: answer.text.trimEnd() };
}

export async function copyBibtex(saved: SavedPaper): Promise<Outcome> {
  const entry = await bibtexOf(saved);
  if (!entry.ok) return { ok: false, text: `BibTeX not copied: ${entry.error}` };
  return (await copyText(entry.text))
    ? { ok: true, text: `Copied the BibTeX entry of ${saved.id}.` }
    : { ok: false, text: 'The browser did not let Paper Radar use the clipboard.' };
}

export async function copyCiteKey(saved: SavedPaper): Promise<Outcome> {
  const entry = await bibtexOf(saved);
  if (!entry.ok) return { ok: false, text: `Cite key not copied: ${entry.error}` };
  const key = storedEntryKey(entry.text);
  if (!key) return { ok: false, text: `The BibTeX entry of ${saved.id} has no readable key.` };
  return (await copyText(key))
    ? { ok: true, text: `Copied the cite key ${key}.` }
    : { ok: false, text: 'The browser did not let Paper Radar use the clipboard.' };
}

export async function setRead(saved: SavedPaper, read: boolean): Promise<Outcome> {
  const answer = await sendMessage({ type: 'library/update', id: saved.id, read });
  return answer.ok ? { ok: true, text: read ? 'Marked as read.' : 'Marked as unread.' } : { ok: false, text: answer.error };
}
