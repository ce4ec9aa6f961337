// What a spec that runs in every browser may use: the few page and session calls both backends give
// (Chromium through Playwright, Firefox through Puppeteer and the DevTools server, see firefox.ts).
// Playwright's Page and Worker already fit these shapes (the compiler checks it where browser.ts
// returns a Chromium session as a PortableSession), so the Chromium backend needs no wrapper.
import type { ExtensionSession } from './browser';
import type { FixtureServer } from './fixture-server';
import type { BrowserName } from './paths';

/** What a navigation answered; null when it did not reach the network (e.g. about:blank). */
export interface PortableResponse {
  status(): number;
}

/**
 * A tab. Functions passed to `evaluate` and `$$eval` run in the page and are sent as source text, so
 * they cannot use anything from the spec's scope; arguments and results are JSON values.
 */
export interface PortablePage {
  url(): string;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** `fn` gets every element matching `selector`, in document order. */
  $$eval<R>(selector: string, fn: (elements: Element[]) => R | Promise<R>): Promise<R>;
  goto(url: string): Promise<PortableResponse | null>;
  reload(): Promise<PortableResponse | null>;
  /** Runs `fn` in the page's own world before its scripts, on every later navigation of this tab. */
  addInitScript(fn: () => void): Promise<unknown>;
  close(): Promise<void>;
}

/** The extension's background: Chrome's service worker, Firefox's event page. */
export interface BackgroundHandle {
  url(): string;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface PortableOpenOptions {
  contentScript?: boolean;
  beforeNavigate?: (page: PortablePage) => Promise<unknown>;
}

/**
 * The extension session as every backend gives it. Member names are those of the Chromium session
 * (ExtensionSession), which is one: `serviceWorker` is the background whatever its kind.
 */
export interface PortableSession {
  readonly browser: BrowserName;
  readonly server: FixtureServer;
  /** The host of the extension's page URLs: Chrome's extension id, Firefox's per-install UUID. */
  readonly extensionId: string;
  readonly serviceWorker: BackgroundHandle;
  /** See ExtensionSession.open: resolves once the page loaded and the content script is running. */
  open(url: string, options?: PortableOpenOptions): Promise<PortablePage>;
  openExtensionPage(pagePath: string): Promise<PortablePage>;
  sendMessage<T = unknown>(message: unknown): Promise<T>;
  /** Stops the background as the browser does when it is idle; the next event starts it again. */
  stopServiceWorker(): Promise<void>;
  isServiceWorkerRunning(): Promise<boolean>;
  close(): Promise<void>;
}

/** The Chromium session behind a portable one, for a check only Chromium can make (see its caller). */
export function chromiumOnly(session: PortableSession): ExtensionSession {
  if (session.browser !== 'chromium') throw new Error(`chromiumOnly: this is a ${session.browser} session`);
  return session as ExtensionSession;
}
