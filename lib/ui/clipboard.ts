/**
 * Puts text on the clipboard from an extension page. `navigator.clipboard.writeText` needs a focused
 * document (a popup that just lost focus, or a browser that refuses it, rejects); the old
 * `execCommand('copy')` on a hidden textarea still works from a user gesture there, so it is the
 * fallback. Answers whether the text got there.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the textarea.
  }
  return copyWithTextarea(text, doc);
}

function copyWithTextarea(text: string, doc: Document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const active = doc.activeElement as HTMLElement | null;
  doc.body.append(area);
  area.focus();
  area.select();
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus?.();
  }
}
