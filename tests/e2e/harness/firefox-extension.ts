// The add-on's documents as Firefox's DevTools server sees them (firefox-rdp.ts): one target per
// document (the event page, each extension page open in a tab, and DevTools' own fallback document),
// kept current from the watcher's events, and a way to run a function in any of them.
//
// Verified here (firefox-esr 153): after `terminateBackgroundScript` the background page's target is
// destroyed and the descriptor reports STOPPED; the next runtime message or alarm starts a new page,
// which arrives as a new target. A reload or navigation of an extension tab replaces its target too.
import type { Packet, RdpClient } from './firefox-rdp';

export interface TargetForm {
  actor: string;
  consoleActor: string;
  url: string;
}

interface AddonForm extends Packet {
  actor: string;
  id: string;
  backgroundScriptStatus?: 'RUNNING' | 'STOPPED';
}

/** Builds the expression that runs `fnSource` on JSON `args` and yields `{value}` or `{error}` as JSON. */
export function callExpression(fnSource: string, args: readonly unknown[]): string {
  const argsJson = JSON.stringify(JSON.stringify(args));
  return `(async () => {
    try {
      const value = await (${fnSource})(...JSON.parse(${argsJson}));
      return JSON.stringify(value === undefined ? {} : { value });
    } catch (error) {
      return JSON.stringify({ error: String((error && error.message) || error) });
    }
  })()`;
}

export class ExtensionTargets {
  readonly #rdp: RdpClient;
  readonly #addonActor: string;
  readonly #addonId: string;
  readonly #origin: string;
  readonly #live = new Map<string, TargetForm>();
  /** Per target actor, the evaluations waiting on it, failed when it goes away. */
  readonly #waiting = new Map<string, Set<(error: Error) => void>>();
  readonly #tabIds = new Map<string, number | undefined>();
  #watcher: string | undefined;

  private constructor(rdp: RdpClient, addon: AddonForm, origin: string) {
    this.#rdp = rdp;
    this.#addonActor = addon.actor;
    this.#addonId = addon.id;
    this.#origin = origin;
    rdp.on((p) => {
      const target = p.target as TargetForm | undefined;
      // Other watchers (firefox-content-scripts.ts) announce targets of their own; an evaluation in
      // any target that goes away fails here, whoever announced it.
      if (p.type === 'target-available-form' && target && p.from === this.#watcher) this.#live.set(target.actor, target);
      if (p.type === 'target-destroyed-form' && target) {
        this.#live.delete(target.actor);
        for (const fail of this.#waiting.get(target.actor) ?? []) fail(new Error(`${target.url} went away during the evaluation`));
      }
    });
  }

  /** Starts watching the add-on `addonId`, whose pages live under `origin` (moz-extension://uuid/). */
  static async watch(rdp: RdpClient, addonId: string, origin: string): Promise<ExtensionTargets> {
    const addon = await findAddon(rdp, addonId);
    const targets = new ExtensionTargets(rdp, addon, origin);
    const { actor: watcher } = await rdp.request<Packet & { actor: string }>(addon.actor, 'getWatcher', {
      isServerTargetSwitchingEnabled: true,
    });
    targets.#watcher = watcher;
    // Existing documents are announced before this request returns.
    await rdp.request(watcher, 'watchTargets', { targetType: 'frame' });
    return targets;
  }

  /** The event page's URL: Firefox generates a page around MV3 `background.scripts`. */
  get backgroundUrl(): string {
    return `${this.#origin}_generated_background_page.html`;
  }

  /** The running background page's target, waiting up to `timeoutMs` for one to appear. */
  async background(timeoutMs = 10_000): Promise<TargetForm> {
    return this.#waitFor(() => this.#newest((t) => t.url === this.backgroundUrl), timeoutMs, 'the background page is not running');
  }

  /** The document now shown in extension tab `tabId`, waiting for it to appear. */
  async inTab(tabId: number, timeoutMs = 10_000): Promise<TargetForm> {
    const find = async () => {
      const candidates = [...this.#live.values()].filter((t) => t.url.startsWith(this.#origin) && t.url !== this.backgroundUrl);
      for (const target of candidates.reverse()) {
        if (!this.#tabIds.has(target.actor)) {
          // A document still starting up may not answer yet: ask again on the next round.
          const asked = this.call<number | undefined>(target, '() => browser.tabs.getCurrent().then((tab) => tab && tab.id)', []);
          await asked.then((id) => this.#tabIds.set(target.actor, id), () => undefined);
        }
        if (this.#tabIds.get(target.actor) === tabId && this.#live.has(target.actor)) return target;
      }
      return undefined;
    };
    return this.#waitFor(find, timeoutMs, `no extension page in tab ${tabId}`);
  }

  /**
   * Runs function source `fnSource` on `args` in the target's global (its document, or a content
   * script's sandbox) and returns its JSON result.
   */
  async call<R>(target: TargetForm, fnSource: string, args: readonly unknown[], timeoutMs = 30_000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    let fail!: (error: Error) => void;
    const abandoned = new Promise<never>((_, reject) => {
      fail = reject;
      timer = setTimeout(() => reject(new Error(`no result from ${target.url} within ${timeoutMs} ms`)), timeoutMs);
    });
    abandoned.catch(() => undefined); // raced below; it may also fail after the result came
    const waiting = this.#waiting.get(target.actor) ?? new Set();
    this.#waiting.set(target.actor, waiting.add(fail));
    try {
      const text = await this.#rdp.evaluateToString(target.consoleActor, callExpression(fnSource, args), abandoned);
      const outcome = JSON.parse(text) as { value?: R; error?: string };
      if (outcome.error !== undefined) throw new Error(outcome.error);
      return outcome.value as R;
    } finally {
      clearTimeout(timer);
      waiting.delete(fail);
      if (waiting.size === 0) this.#waiting.delete(target.actor);
    }
  }

  /** Firefox's own idle shutdown of the event page (about:debugging's "Terminate background script"). */
  async stopBackground(): Promise<void> {
    await this.#rdp.request(this.#addonActor, 'terminateBackgroundScript');
  }

  async isBackgroundRunning(): Promise<boolean> {
    return (await findAddon(this.#rdp, this.#addonId)).backgroundScriptStatus === 'RUNNING';
  }

  #newest(match: (t: TargetForm) => boolean): TargetForm | undefined {
    return [...this.#live.values()].filter(match).at(-1);
  }

  async #waitFor<T>(find: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`${what} (waited ${timeoutMs} ms)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function findAddon(rdp: RdpClient, addonId: string): Promise<AddonForm> {
  const { addons } = await rdp.request<Packet & { addons: AddonForm[] }>('root', 'listAddons');
  const addon = addons.find((a) => a.id === addonId);
  if (!addon) throw new Error(`Firefox DevTools does not list the add-on ${addonId}`);
  return addon;
}
