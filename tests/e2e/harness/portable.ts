// What a spec that runs in every browser may use: the few page and session calls both backends give
// (Chromium through Playwright, Firefox through Puppeteer and the DevTools server, see firefox.ts).
// Playwright's Page and Worker already fit these shapes (the compiler checks it where browser.ts
// returns a Chromium session as a PortableSession), so the Chromium backend needs no wrapper.
import type { ExtensionSession } from './browser';
import type { BrowserChrome } from './firefox-chrome';
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
  /** The attribute of the first element matching `selector`, once there is one (null: no such attribute). */
  getAttribute(selector: string, name: string): Promise<string | null>;
  goto(url: string): Promise<PortableResponse | null>;
  reload(): Promise<PortableResponse | null>;
  /** Runs `fn` in the page's own world before its scripts, on every later navigation of this tab. */
  addInitScript(fn: () => void): Promise<unknown>;
  close(): Promise<void>;
}

/** Real pointer input, in CSS pixels of the viewport (WebDriver BiDi input actions in Firefox). */
export interface PortableMouse {
  move(x: number, y: number): Promise<void>;
  click(x: number, y: number, options?: { button?: 'left' | 'right' | 'middle' }): Promise<void>;
}

/** Real key input to the focused element. Key names as both tools spell them: 'Escape', 'Enter', 'Tab', 'a'. */
export interface PortableKeyboard {
  press(key: string): Promise<void>;
  /** One key press per character. */
  type(text: string): Promise<void>;
}

/**
 * A web page (what `open` gives): a PortablePage that also takes real input, as a user's. Firefox's
 * extension pages have none of this (WebDriver BiDi does not reach them; ui.ts drives those).
 */
export interface PortableWebPage extends PortablePage {
  readonly mouse: PortableMouse;
  readonly keyboard: PortableKeyboard;
  /** Scrolls the first match into view and moves the pointer to its centre. */
  hover(selector: string): Promise<void>;
  /** Focuses the first match (`element.focus()`, in both tools). */
  focus(selector: string): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** Makes this the window's selected tab (what keyboard shortcuts and the toolbar act on). */
  bringToFront(): Promise<void>;
}

/** The extension's background: Chrome's service worker, Firefox's event page. */
export interface BackgroundHandle {
  url(): string;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface PortableOpenOptions {
  contentScript?: boolean;
  beforeNavigate?: (page: PortableWebPage) => Promise<unknown>;
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
  open(url: string, options?: PortableOpenOptions): Promise<PortableWebPage>;
  openExtensionPage(pagePath: string): Promise<PortablePage>;
  /** Every open tab that does not show one of the extension's own pages (what afterEach hooks close). */
  webPages(): Promise<PortableWebPage[]>;
  /**
   * Runs `fn` in the world of the extension's content script on `page` (Chrome's isolated world,
   * Firefox's content-script sandbox), as a content script: `chrome.runtime.sendMessage` there is a
   * message from a content script, with the page's tab and URL as its sender, and globals it sets stay
   * for later calls on the same document. Nothing of it reaches the page's own scripts. As for
   * `evaluate`, `fn` is sent as source text (no closures), its argument and result are JSON; a throw
   * or rejection in it rejects with its message. Rejects when the content script does not run there.
   */
  inContentScript<R>(page: PortablePage, fn: () => R | Promise<R>): Promise<R>;
  inContentScript<R, A>(page: PortablePage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
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

/** A Firefox session: also reaches the browser window itself (menus, shortcuts), see firefox-chrome.ts. */
export interface FirefoxSession extends PortableSession {
  readonly browser: 'firefox';
  readonly browserChrome: BrowserChrome;
}

/** The Firefox session behind a portable one, for what only Firefox lets a test do (see its caller). */
export function firefoxOnly(session: PortableSession): FirefoxSession {
  if (session.browser !== 'firefox') throw new Error(`firefoxOnly: this is a ${session.browser} session`);
  return session as FirefoxSession;
}
