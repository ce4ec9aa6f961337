/**
 * Saves text as a file from an extension page, without the `downloads` permission: a Blob behind an
 * object URL, clicked through an `<a download>` (DESIGN §8: the service worker has no object URLs, so
 * files are made here, in the page).
 *
 * The object URL is revoked a little later, not at once: Chrome starts reading the blob after the
 * click returns, and Firefox cancels a download whose URL is already gone.
 */
export interface TextFile {
  filename: string;
  mimeType: string;
  text: string;
}

export const REVOKE_AFTER_MS = 60_000;

export function downloadText(file: TextFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
