/**
 * Refresh on the background's change notices (`rules/changed`, `library/changed`, `alerts/changed`).
 * An extension page's `runtime.onMessage` also hears other pages' *requests* to the background, so
 * the listener acts only on the notice types it was given and never answers (returns undefined):
 * an answer would race the background's own.
 */
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';

export type NoticeType = 'rules/changed' | 'library/changed' | 'alerts/changed';
export type Notice = { type: NoticeType; ids?: string[]; saved?: boolean };

export interface MessageEventsLike {
  addListener(fn: (message: unknown) => undefined): void;
  removeListener(fn: (message: unknown) => undefined): void;
}

export const browserMessages = (): MessageEventsLike => browser.runtime.onMessage as unknown as MessageEventsLike;

export function useNotices(types: readonly NoticeType[], onNotice: (notice: Notice) => void, events?: MessageEventsLike): void {
  const handler = useRef(onNotice);
  handler.current = onNotice;
  const key = types.join(' ');
  useEffect(() => {
    const source = events ?? browserMessages();
    const wanted = new Set<string>(key.split(' '));
    const listener = (message: unknown): undefined => {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && wanted.has(type)) handler.current(message as Notice);
      return undefined;
    };
    source.addListener(listener);
    return () => source.removeListener(listener);
  }, [key, events]);
}
