/**
 * Who sent a message. `runtime.onMessage` only hears this extension's own contexts, but those include
 * content scripts, whose renderer is shared with the page they run in: a compromised page process can
 * send what our content script could. So the privileged messages check that the sender is one of our
 * own pages.
 *
 * An extension page is a sender with our id whose URL lies under our base URL (`runtime.getURL('/')`):
 * `chrome-extension://<id>/` in Chrome, `moz-extension://<uuid>/` in Firefox (whose `sender.id` is the
 * add-on id, not that uuid, hence comparing URLs and ids separately). The options page opened in a tab
 * has a `sender.tab` and is still an extension page; a content script's URL is the web page's. The
 * comparison is a prefix match on the full base URL, trailing slash included, because URL.origin is
 * "null" for these schemes in some engines.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export interface ExtensionIdentity {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/') */
  baseUrl: string;
}

export type SenderKind =
  | { kind: 'extension-page' }
  /** `origin` of the page the content script runs in, e.g. `https://huggingface.co`. */
  | { kind: 'content-script'; origin: string }
  | { kind: 'unknown' };

export function classifySender(sender: SenderLike | undefined, self: ExtensionIdentity): SenderKind {
  if (!sender || sender.id !== self.id) return { kind: 'unknown' };
  const url = sender.url ?? sender.origin;
  if (typeof url !== 'string') return { kind: 'unknown' };
  const base = self.baseUrl.endsWith('/') ? self.baseUrl : self.baseUrl + '/';
  if (url.startsWith(base) || url + '/' === base) return { kind: 'extension-page' };
  try {
    const parsed = new URL(url);
    if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && sender.tab !== undefined) {
      return { kind: 'content-script', origin: parsed.origin };
    }
  } catch {
    // Not a URL at all.
  }
  return { kind: 'unknown' };
}
