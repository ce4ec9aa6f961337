/**
 * For component tests (happy-dom): the real background (tests/support/background.ts, real router, real
 * library on fake-indexeddb) behind WXT's fake `browser.runtime`, so components talk to it exactly as
 * in the extension: `sendMessage` reaches the background as if from the popup, and the background's
 * change notices reach the page's `runtime.onMessage` listeners. Not shipped: only tests import it.
 */
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundApp, type BackgroundApp } from '../../lib/background/app';
import { createDbProvider, type DbProvider } from '../../lib/db/connection';
import type { BackgroundNotice } from '../../lib/messaging/types';
import type { SavedPaper } from '../../lib/papers/schema';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { isLibraryChanged } from './use-library-changed';

const EXTENSION_ID = 'component-tests';
const BASE = `chrome-extension://${EXTENSION_ID}/`;
const FROM_POPUP = { id: EXTENSION_ID, url: `${BASE}popup.html` };
let n = 0;

export interface ConnectedBackground {
  app: BackgroundApp;
  db: DbProvider;
  /** Every request the page sent, in order. */
  requests: { type: string }[];
  /** A request as another extension page would send it (its notices reach this page). */
  send<T = Record<string, unknown>>(message: object): Promise<T & { ok: boolean; error?: string }>;
  put(records: SavedPaper[]): Promise<void>;
  saved(): Promise<SavedPaper[]>;
}

/**
 * A fresh background on its own database. The network is down (every fetch fails): the component tests
 * set their library up directly and need no arXiv.
 */
export function connectBackground(): ConnectedBackground {
  fakeBrowser.reset();
  const clock = new VirtualClock();
  const db = createDbProvider({ name: `ui-${++n}`, storage: {}, log: () => undefined });
  const deliver = (notice: BackgroundNotice) => void setTimeout(() => void fakeBrowser.runtime.onMessage.trigger(notice, {}), 0);
  const app = createBackgroundApp({
    runtime: { id: EXTENSION_ID, getURL: (path) => BASE + path.replace(/^\//, ''), sendMessage: async (notice) => deliver(notice) },
    tabs: { query: async () => [], sendMessage: async () => undefined },
    alarms: { create: () => undefined, clear: () => undefined },
    fetch: async () => {
      throw new TypeError('no network in component tests');
    },
    clock,
    random: () => 0.5,
    db,
    log: () => undefined,
  });
  const send = (message: object) => clock.run(app.handleMessage(message, FROM_POPUP)) as never;
  const requests: { type: string }[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string }) => {
    if (isLibraryChanged(message) || message.type === 'rules/changed') return undefined;
    requests.push(message);
    return send(message);
  }) as never);
  return {
    app,
    db,
    requests,
    send,
    async put(records) {
      const tx = (await db.get()).transaction('saved', 'readwrite');
      for (const r of records) void tx.store.put(r);
      await tx.done;
    },
    async saved() {
      return (await db.get()).getAll('saved');
    },
  };
}

/** Runs timers and promises until `check` passes (or fails after `ms` of real time). */
export async function waitFor<T>(check: () => T, ms = 3_000): Promise<NonNullable<Exclude<T, false>>> {
  const deadline = Date.now() + ms;
  for (;;) {
    let error: unknown;
    try {
      const value = check();
      if (value !== false && value !== undefined && value !== null) return value as NonNullable<Exclude<T, false>>;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) throw error ?? new Error(`waitFor: still ${String(check())}`);
    await act(() => new Promise<void>((r) => setTimeout(r, 10)));
  }
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function press(target: Element, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

export const rowTitles = (root: ParentNode = document) => [...root.querySelectorAll('.vrow .paper-title')].map((a) => a.textContent);
export const button = (name: string | RegExp, root: ParentNode = document): HTMLButtonElement => {
  const found = [...root.querySelectorAll('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
};
