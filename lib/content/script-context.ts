/**
 * `wxt/utils/content-script-context` for the content scripts (aliased in wxt.config.ts). WXT's own
 * class reads `browser.runtime.id` when the script loads and announces every start with a DOM event;
 * on a page without papers that is most of what the every-page script would cost. This one does
 * nothing until a listener for invalidation is added, which the content script does only once it
 * starts working on a page. Then, as WXT's does, it announces itself with a DOM event that stops an
 * older copy of the script (one left in the page by an update), and stops when a newer one announces.
 */
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { browser } from './lazy-browser';

type Listener = () => void;
// The extension id keeps the event name apart from other extensions' (and from the page's guesses).
const startedEvent = () => `${browser.runtime?.id ?? 'paper-radar'}:started`;

export class ContentScriptContext implements Pick<WxtContext, 'onInvalidated' | 'isInvalid' | 'isValid' | 'notifyInvalidated'> {
  private readonly id = Math.random().toString(36).slice(2);
  private listeners: Listener[] | undefined;
  private invalid = false;

  constructor(readonly contentScriptName: string) {}

  get isInvalid(): boolean {
    return this.invalid;
  }

  get isValid(): boolean {
    return !this.invalid;
  }

  onInvalidated(cb: Listener): Listener {
    if (!this.listeners) this.announce();
    this.listeners!.push(cb);
    return () => {
      this.listeners = this.listeners?.filter((l) => l !== cb);
    };
  }

  notifyInvalidated(): void {
    if (this.invalid) return;
    this.invalid = true;
    const listeners = this.listeners ?? [];
    this.listeners = [];
    for (const cb of listeners) {
      try {
        cb();
      } catch (e) {
        console.warn('[paper-radar] clean-up failed:', e);
      }
    }
  }

  private announce(): void {
    this.listeners = [];
    const type = startedEvent();
    const detail = { contentScriptName: this.contentScriptName, messageId: this.id };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    const onNewer = (e: Event) => {
      const d = (e as CustomEvent<typeof detail | undefined>).detail;
      if (d?.contentScriptName === this.contentScriptName && d.messageId !== this.id) this.notifyInvalidated();
    };
    document.addEventListener(type, onNewer);
    this.listeners.push(() => document.removeEventListener(type, onNewer));
  }
}
