// Firefox's own window (browser.xhtml, "the chrome"), reached through the DevTools server's
// parent-process target, whose console evaluates privileged JS there (devtools.chrome.enabled, set in
// firefoxPrefs). It gives the tests the user's paths to the extension that no page protocol reaches:
// the page's context menu and the extension's keyboard shortcut.
//
// Verified here (firefox-esr 153, headless):
// - A real right-click through WebDriver BiDi opens `#contentAreaContextMenu` as for a user (Firefox's
//   nsContextMenu, with the extension's items built for the clicked link or page); the popup's
//   `activateItem(item)` runs the item's command and closes the menu, as a click on it does, and the
//   extension gets `menus.onClicked` with the info and tab the browser made.
// - Key presses through BiDi go to the page's content process and never reach the window's
//   `<keyset>` handlers, so an extension shortcut typed that way does nothing. Pressed in the window
//   itself (nsITextInputProcessor, the way widget key events enter it) while the toolbar holds focus,
//   Alt+Shift+S runs the extension's `<key>` and `commands.onCommand` fires for the selected tab.
import { callExpression } from './firefox-extension';
import type { Packet, RdpClient } from './firefox-rdp';

/** How a menu item of the extension is found: by its label, as a user finds it. */
export interface MenuChoice {
  label: string;
}

export class BrowserChrome {
  readonly #rdp: RdpClient;
  readonly #consoleActor: string;

  private constructor(rdp: RdpClient, consoleActor: string) {
    this.#rdp = rdp;
    this.#consoleActor = consoleActor;
  }

  static async connect(rdp: RdpClient): Promise<BrowserChrome> {
    const { processDescriptor } = await rdp.request<Packet & { processDescriptor: { actor: string } }>('root', 'getProcess', { id: 0 });
    const { process } = await rdp.request<Packet & { process: { consoleActor: string } }>(processDescriptor.actor, 'getTarget');
    return new BrowserChrome(rdp, process.consoleActor);
  }

  /** Runs function source `fnSource` on JSON `args` in the browser window's privileged scope. */
  async evaluate<R>(fnSource: string, args: readonly unknown[] = []): Promise<R> {
    const text = await this.#rdp.evaluateToString(this.#consoleActor, callExpression(fnSource, args), new Promise<never>(() => undefined));
    const outcome = JSON.parse(text) as { value?: R; error?: string };
    if (outcome.error !== undefined) throw new Error(`in the browser window: ${outcome.error}`);
    return outcome.value as R;
  }

  /**
   * After a right-click in a page: waits for the content-area context menu to open, then chooses the
   * one visible item labelled `choice.label`. Throws, closing the menu, with the labels it offered when
   * there is no such item.
   */
  async chooseContextMenuItem(choice: MenuChoice, timeoutMs = 5_000): Promise<void> {
    await this.#until('() => CHROME_WINDOW().document.getElementById("contentAreaContextMenu").state === "open"', timeoutMs, 'the context menu did not open');
    const chosen = await this.evaluate<{ ok: true } | { ok: false; offered: string[] }>(
      withWindow(`(label) => {
        const menu = CHROME_WINDOW().document.getElementById('contentAreaContextMenu');
        const items = [...menu.querySelectorAll('menuitem')].filter((item) => !item.hidden && !item.collapsed);
        const matches = items.filter((item) => item.label === label);
        if (matches.length !== 1) {
          menu.hidePopup();
          return { ok: false, offered: items.map((item) => item.label) };
        }
        menu.activateItem(matches[0]);
        return { ok: true };
      }`),
      [choice.label],
    );
    if (!chosen.ok) throw new Error(`context menu: no single item "${choice.label}" among ${JSON.stringify(chosen.offered)}`);
  }

  /**
   * Presses a shortcut such as `Alt+Shift+S` in the browser window, with the address bar focused (so
   * no page swallows it), as a user's keys arrive there, then gives the selected tab the focus back.
   * It acts on the window's selected tab (PortableWebPage.bringToFront). Resolves once the keys went up.
   */
  async pressShortcut(shortcut: string): Promise<void> {
    const keys = shortcut.split('+');
    const key = keys.pop()!;
    await this.evaluate(
      withWindow(`(modifiers, key) => {
        const win = CHROME_WINDOW();
        win.gURLBar.focus();
        const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
        if (!tip.beginInputTransactionForTests(win)) throw new Error('no input transaction in the browser window');
        const codes = { Alt: ['AltLeft', 18], Shift: ['ShiftLeft', 16], Control: ['ControlLeft', 17], Ctrl: ['ControlLeft', 17], Meta: ['MetaLeft', 91] };
        const event = (name) => {
          if (codes[name]) return new win.KeyboardEvent('', { key: name === 'Ctrl' ? 'Control' : name, code: codes[name][0], keyCode: codes[name][1] });
          return new win.KeyboardEvent('', { key: name, code: /^[A-Z]$/i.test(name) ? 'Key' + name.toUpperCase() : name, keyCode: name.toUpperCase().charCodeAt(0) });
        };
        for (const name of modifiers) tip.keydown(event(name));
        tip.keydown(event(key));
        tip.keyup(event(key));
        for (const name of [...modifiers].reverse()) tip.keyup(event(name));
        win.gBrowser.selectedBrowser.focus(); // the page has the focus again, as before
      }`),
      [keys, key],
    );
  }

  async #until(fnSource: string, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.evaluate<boolean>(withWindow(fnSource)))) {
      if (Date.now() > deadline) throw new Error(`${what} (waited ${timeoutMs} ms)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Wraps a function source so that `CHROME_WINDOW()` in it is the most recent browser window. */
function withWindow(fnSource: string): string {
  return `(...args) => { const CHROME_WINDOW = () => Services.wm.getMostRecentWindow('navigator:browser'); return (${fnSource})(...args); }`;
}
