// The two kinds of Firefox tab behind PortablePage: web pages through Puppeteer (WebDriver BiDi), and
// extension pages through the DevTools server (firefox-extension.ts), since BiDi cannot reach those.
import type { Page } from 'puppeteer-core';
import type { ExtensionTargets } from './firefox-extension';
import type { PortablePage, PortableResponse, PortableWebPage } from './portable';

type AnyFunction = (...args: never[]) => unknown;

/** The Puppeteer page behind each web page handed out, for the harness's own BiDi and DevTools calls. */
const rawPages = new WeakMap<PortablePage, Page>();

/** The Puppeteer page behind a Firefox web page; undefined for any other page (Chromium's, extension tabs). */
export function puppeteerPageOf(page: PortablePage): Page | undefined {
  return rawPages.get(page);
}

/** A web page in a Puppeteer tab. Input is real: BiDi `input.performActions`, as a user's. */
export function puppeteerPage(page: Page): PortableWebPage {
  const portable: PortableWebPage = {
    url: () => page.url(),
    evaluate: ((fn: AnyFunction, ...args: unknown[]) => page.evaluate(fn as () => unknown, ...args)) as PortablePage['evaluate'],
    $$eval: (selector, fn) => page.$$eval(selector, fn),
    // As Playwright's: waits for a match (Puppeteer's default timeout, 30 s), then reads the first one.
    getAttribute: async (selector, name) => {
      await page.waitForSelector(selector);
      return page.$eval(selector, (el, attribute) => el.getAttribute(attribute), name);
    },
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    // BiDi preload scripts run in the page's main world before its own scripts, as Playwright's do.
    addInitScript: (fn) => page.evaluateOnNewDocument(fn),
    close: () => page.close(),
    mouse: {
      move: (x, y) => page.mouse.move(x, y),
      click: (x, y, options) => page.mouse.click(x, y, options),
    },
    keyboard: {
      press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
      type: (text) => page.keyboard.type(text),
    },
    hover: (selector) => page.hover(selector),
    focus: (selector) => page.focus(selector),
    setViewportSize: ({ width, height }) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
  };
  rawPages.set(portable, page);
  return portable;
}

/**
 * An extension page (popup.html, options.html, …) open in tab `tabId`. Evaluations go to whichever
 * document the tab shows now, so the handle survives reloads. Navigations answer null: DevTools does
 * not report the response of an extension document.
 */
export class ExtensionTabPage implements PortablePage {
  readonly #targets: ExtensionTargets;
  readonly #closeTab: (tabId: number) => Promise<unknown>;
  #url: string;

  constructor(
    targets: ExtensionTargets,
    readonly tabId: number,
    url: string,
    closeTab: (tabId: number) => Promise<unknown>,
  ) {
    this.#targets = targets;
    this.#url = url;
    this.#closeTab = closeTab;
  }

  url(): string {
    return this.#url;
  }

  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  async evaluate(fn: AnyFunction, ...args: unknown[]): Promise<unknown> {
    return this.#call(String(fn), args);
  }

  $$eval<R>(selector: string, fn: (elements: Element[]) => R | Promise<R>): Promise<R> {
    return this.#call(`(selector) => (${String(fn)})([...document.querySelectorAll(selector)])`, [selector]);
  }

  async getAttribute(selector: string, name: string): Promise<string | null> {
    const read = '(selector, name) => { const el = document.querySelector(selector); return el ? { value: el.getAttribute(name) } : null; }';
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = await this.#call<{ value: string | null } | null>(read, [selector, name]);
      if (found) return found.value;
      if (Date.now() > deadline) throw new Error(`getAttribute: no ${selector} in ${this.#url}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  goto(url: string): Promise<PortableResponse | null> {
    return this.#navigate('(url) => { location.assign(url); }', [url]);
  }

  reload(): Promise<PortableResponse | null> {
    return this.#navigate('() => { location.reload(); }', []);
  }

  addInitScript(): Promise<unknown> {
    return Promise.reject(new Error('addInitScript: Firefox extension pages have no preload scripts (DevTools only evaluates)'));
  }

  async close(): Promise<void> {
    await this.#closeTab(this.tabId);
  }

  /** Resolves once the tab's current document has fired its load event. */
  async waitForLoad(previousActor?: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const target = await this.#targets.inTab(this.tabId);
      if (target.actor !== previousActor) {
        this.#url = target.url;
        const loaded = '() => document.readyState === "complete" || new Promise((resolve) => addEventListener("load", () => resolve(true), { once: true }))';
        await this.#targets.call(target, loaded, []);
        return;
      }
      if (Date.now() > deadline) throw new Error(`tab ${this.tabId} did not load a new document`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async #call<R>(fnSource: string, args: readonly unknown[]): Promise<R> {
    const target = await this.#targets.inTab(this.tabId);
    this.#url = target.url;
    return this.#targets.call<R>(target, fnSource, args);
  }

  async #navigate(fnSource: string, args: readonly unknown[]): Promise<null> {
    const before = await this.#targets.inTab(this.tabId);
    // The old document may go away before it answers; the new one is what counts.
    await this.#targets.call(before, fnSource, args).catch(() => undefined);
    await this.waitForLoad(before.actor);
    return null;
  }
}
