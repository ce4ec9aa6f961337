// The two kinds of Firefox tab behind PortablePage: web pages through Puppeteer (WebDriver BiDi), and
// extension pages through the DevTools server (firefox-extension.ts), since BiDi cannot reach those.
import type { Page } from 'puppeteer-core';
import type { ExtensionTargets } from './firefox-extension';
import type { PortablePage, PortableResponse } from './portable';

type AnyFunction = (...args: never[]) => unknown;

/** A web page in a Puppeteer tab. */
export function puppeteerPage(page: Page): PortablePage {
  return {
    url: () => page.url(),
    evaluate: ((fn: AnyFunction, ...args: unknown[]) => page.evaluate(fn as () => unknown, ...args)) as PortablePage['evaluate'],
    $$eval: (selector, fn) => page.$$eval(selector, fn),
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    // BiDi preload scripts run in the page's main world before its own scripts, as Playwright's do.
    addInitScript: (fn) => page.evaluateOnNewDocument(fn),
    close: () => page.close(),
  };
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
