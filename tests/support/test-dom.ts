/** Test helper: a fresh happy-dom page at a URL, with the location the detectors take. */
import { Window } from 'happy-dom';
import type { PageLocation } from '../../lib/detect/types';

export function makePage(url: string, bodyHtml = '') {
  const window = new Window({ url });
  const document = window.document as unknown as Document;
  document.body.innerHTML = bodyHtml;
  const loc = (): PageLocation => {
    const { href, hostname, pathname } = document.location;
    return { href, hostname, pathname };
  };
  return { window, document, loc, setUrl: (u: string) => window.happyDOM.setURL(u) };
}

/** Lets MutationObserver records (delivered as microtasks) arrive. */
export const settle = () => new Promise<void>((r) => setTimeout(r, 0));
