/**
 * Hears the background's `library/changed` notices (lib/background/broadcast.ts) in an extension page.
 *
 * An extension page's `runtime.onMessage` also hears the requests other pages send to the background:
 * the listener acts on notices only and NEVER answers (it returns undefined, and is not async: a
 * returned promise would race the background's answer to another page's request). Notices come in
 * bursts (a bulk edit sends one per paper), so `fn` runs once per quiet `delayMs`.
 */
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LibraryChanged } from '../../lib/messaging/types';

export function isLibraryChanged(message: unknown): message is LibraryChanged {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'library/changed';
}

export function useLibraryChanged(fn: () => void, delayMs = 60): void {
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (message: unknown): undefined => {
      if (isLibraryChanged(message)) {
        clearTimeout(timer);
        timer = setTimeout(() => latest.current(), delayMs);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [delayMs]);
}
