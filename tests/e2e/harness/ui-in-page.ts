// The page half of ui.ts: what to find and what to do, as JSON, and the one self-contained function
// that does it inside the page (both backends send it as source text).

/** A name as it must read, whitespace collapsed: a string matches exactly, a RegExp as it tests. */
export type Name = string | RegExp;

/** What to find, inside the element `within` (a CSS selector) when given. */
export type Target = string | (({ role: string; name?: Name } | { label: Name } | { text: Name } | { css: string }) & { within?: string });

type WireName = { exact: string } | { source: string; flags: string };
interface WireTarget {
  css?: string;
  role?: string;
  name?: WireName;
  label?: WireName;
  text?: WireName;
  within?: string;
}
export type Op = 'count' | 'texts' | 'text' | 'attr' | 'state' | 'click' | 'focus' | 'fill' | 'select' | 'check' | 'files' | 'press' | 'watch-errors' | 'errors';
export interface Request {
  op: Op;
  target?: WireTarget;
  arg?: unknown;
}
type Result = { ok: true; value?: unknown } | { ok: false; why: string };

export interface ElementState {
  disabled: boolean;
  checked: boolean | null;
  value: string | null;
  focused: boolean;
}

/** A file for a file input, made in the page (a DataTransfer's File). */
export interface PageFile {
  name: string;
  text: string;
  type?: string;
}

const wireName = (name: Name): WireName => (typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags });

export function wire(target: Target): WireTarget {
  if (typeof target === 'string') return { css: target };
  const out: WireTarget = { within: target.within };
  if ('css' in target) out.css = target.css;
  if ('role' in target) Object.assign(out, { role: target.role, name: target.name === undefined ? undefined : wireName(target.name) });
  if ('label' in target) out.label = wireName(target.label);
  if ('text' in target) out.text = wireName(target.text);
  return out;
}

/**
 * The page side: finds the target and performs `op` on it. Sent as source text (both backends
 * stringify it), so it is self-contained and its argument and result are JSON.
 */
export function inPage(request: Request): Result {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const fits = (want: WireName | undefined, got: string) =>
    want === undefined || ('exact' in want ? norm(got) === want.exact : new RegExp(want.source, want.flags).test(norm(got)));
  // Why it could not, first (vitest shortens long messages), then what was looked for.
  const shown = (n: WireName) => ('exact' in n ? JSON.stringify(n.exact) : `/${n.source}/${n.flags}`);
  const said = (t: WireTarget) =>
    [t.role, t.name && shown(t.name), t.label && `labelled ${shown(t.label)}`, t.text && `text ${shown(t.text)}`, t.css, t.within && `in ${t.within}`].filter(Boolean).join(' ');
  const say = (t: WireTarget, problem: string) => `${problem}: ${said(t)}`;

  // Hidden as the accessibility tree has it: not rendered (display:none, `hidden`, visibility) or aria-hidden.
  const hidden = (el: Element): boolean => {
    if (el.closest('[aria-hidden="true"]')) return true;
    if (el instanceof HTMLOptionElement) return el.closest('select') ? hidden(el.closest('select')!) : true;
    return !el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true } as CheckVisibilityOptions);
  };
  // Text a subtree contributes to a name (accname's "name from content", simplified): aria-hidden and
  // unrendered parts left out, embedded controls by their value, `skip` (the control being named) not at all.
  const textFrom = (node: Node, skip?: Element): string => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
      if (!(child instanceof Element) || child === skip || hidden(child)) continue;
      if (child.getAttribute('aria-label')?.trim()) out += ` ${child.getAttribute('aria-label')} `;
      else if (child instanceof HTMLSelectElement) out += ` ${child.selectedOptions[0]?.textContent ?? ''} `;
      else if (child instanceof HTMLInputElement || child instanceof HTMLTextAreaElement) out += ` ${child.value} `;
      else out += ` ${textFrom(child, skip)} `;
    }
    return out;
  };
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = el.localName;
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (el instanceof HTMLInputElement) {
      const type = el.type;
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'range') return 'slider';
      if (type === 'number') return 'spinbutton';
      if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
      if (['text', 'email', 'tel', 'url'].includes(type)) return el.hasAttribute('list') ? 'combobox' : 'textbox';
      return '';
    }
    if (el instanceof HTMLSelectElement) return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    const implicit: Record<string, string> = {
      button: 'button', textarea: 'textbox', option: 'option', li: 'listitem', ul: 'list', ol: 'list', nav: 'navigation',
      main: 'main', fieldset: 'group', dialog: 'dialog', img: 'img', table: 'table', summary: 'button',
    };
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) return 'link';
    return implicit[tag] ?? '';
  };
  const NAME_FROM_CONTENT = ['button', 'link', 'tab', 'heading', 'option', 'checkbox', 'radio', 'switch', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'cell', 'gridcell', 'columnheader', 'rowheader', 'tooltip'];
  const labelledBy = (el: Element) =>
    norm(
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? document.getElementById(id) : null))
        .map((ref) => (ref ? textFrom(ref) : ''))
        .join(' '),
    );
  const labelsOf = (el: Element) => [...((el as HTMLInputElement).labels ?? [])].map((label) => norm(textFrom(label, el)));
  const accessibleName = (el: Element): string => {
    const byRef = labelledBy(el);
    if (byRef) return byRef;
    const aria = norm(el.getAttribute('aria-label'));
    if (aria) return aria;
    const labels = labelsOf(el).filter(Boolean);
    if (labels.length) return labels.join(' ');
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return norm(el.value);
    if (NAME_FROM_CONTENT.includes(roleOf(el))) {
      const content = norm(textFrom(el));
      if (content) return content;
    }
    return norm(el.getAttribute('title') ?? el.getAttribute('placeholder'));
  };

  const find = (t: WireTarget): Element[] => {
    const scope = t.within ? document.querySelector(t.within) : document;
    if (!scope) return [];
    let found = [...scope.querySelectorAll(t.css ?? '*')];
    if (t.role) found = found.filter((el) => roleOf(el) === t.role && !hidden(el) && fits(t.name, accessibleName(el)));
    if (t.label) {
      found = found.filter((el) => {
        const names = [labelledBy(el), norm(el.getAttribute('aria-label')), ...labelsOf(el)].filter(Boolean);
        return names.some((n) => fits(t.label, n)) && !hidden(el);
      });
    }
    if (t.text) {
      found = found.filter((el) => !['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD', 'HTML', 'BODY'].includes(el.tagName) && fits(t.text, el.textContent ?? '') && !hidden(el));
      // The innermost: a paragraph, not the section around it.
      found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
    }
    return found;
  };

  const errorsKey = '__paperRadarUiErrors';
  const store = globalThis as unknown as Record<string, string[] | undefined>;
  if (request.op === 'watch-errors') {
    if (!store[errorsKey]) {
      const log: string[] = (store[errorsKey] = []);
      addEventListener('error', (e) => log.push(String(e.error ?? e.message)));
      addEventListener('unhandledrejection', (e) => log.push(`unhandled rejection: ${String(e.reason)}`));
    }
    return { ok: true };
  }
  if (request.op === 'errors') return store[errorsKey] ? { ok: true, value: store[errorsKey] } : { ok: false, why: 'watchErrors was not called on this document' };

  const key = (type: string, target: Element, name: string) =>
    target.dispatchEvent(
      new KeyboardEvent(type, {
        key: name,
        code: name.length === 1 ? (/\d/.test(name) ? `Digit${name}` : /[a-z]/i.test(name) ? `Key${name.toUpperCase()}` : '') : name,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  if (request.op === 'press' && !request.target) {
    const focused = document.activeElement ?? document.body;
    const handled = !key('keydown', focused, String(request.arg));
    key('keyup', focused, String(request.arg));
    return { ok: true, value: handled };
  }

  const t = request.target!;
  const found = find(t);
  if (request.op === 'count') return { ok: true, value: found.length };
  if (request.op === 'texts') return { ok: true, value: found.map((el) => el.textContent ?? '') };
  if (found.length !== 1) return { ok: false, why: say(t, `${found.length} elements, not 1`) };
  const el = found[0] as HTMLElement;
  const input = el as HTMLInputElement;
  const disabled = el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true';
  switch (request.op) {
    case 'text':
      return { ok: true, value: el.textContent ?? '' };
    case 'attr':
      return { ok: true, value: el.getAttribute(String(request.arg)) };
    case 'state': {
      const checked = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.checked : el.hasAttribute('aria-checked') ? el.getAttribute('aria-checked') === 'true' : null;
      const state: ElementState = { disabled, checked, value: 'value' in el ? String(input.value) : null, focused: document.activeElement === el };
      return { ok: true, value: state };
    }
  }
  // Acting needs what a user needs: the element on screen and enabled.
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') return { ok: false, why: say(t, 'not visible') };
  if (disabled) return { ok: false, why: say(t, 'disabled') };
  const changed = () => {
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  switch (request.op) {
    case 'click':
      // A pointer press focuses what it lands on before the click.
      el.focus({ preventScroll: true });
      el.click();
      return { ok: true };
    case 'focus':
      el.focus();
      return document.activeElement === el ? { ok: true } : { ok: false, why: say(t, 'does not take focus') };
    case 'press': {
      el.focus();
      const handled = !key('keydown', el, String(request.arg));
      key('keyup', el, String(request.arg));
      return { ok: true, value: handled };
    }
    case 'fill': {
      if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || ['checkbox', 'radio', 'file'].includes(input.type)) {
        return { ok: false, why: say(t, 'not a text field') };
      }
      el.focus();
      // The prototype's setter, as the browser's own editing sets the value.
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!.call(el, String(request.arg));
      changed();
      return { ok: true };
    }
    case 'select': {
      if (!(el instanceof HTMLSelectElement)) return { ok: false, why: say(t, 'not a select') };
      const option = [...el.options].find((o) => o.value === request.arg) ?? [...el.options].find((o) => norm(o.textContent) === request.arg);
      if (!option) return { ok: false, why: say(t, `no option ${JSON.stringify(request.arg)}`) };
      el.focus();
      el.value = option.value;
      changed();
      return { ok: true };
    }
    case 'check':
      if (input.checked !== request.arg) el.click();
      return input.checked === request.arg ? { ok: true } : { ok: false, why: say(t, `still ${input.checked ? 'checked' : 'unchecked'} after a click`) };
    case 'files': {
      if (!(el instanceof HTMLInputElement) || el.type !== 'file') return { ok: false, why: say(t, 'not a file input') };
      const transfer = new DataTransfer();
      for (const f of request.arg as PageFile[]) transfer.items.add(new File([f.text], f.name, { type: f.type ?? '' }));
      el.files = transfer.files;
      changed();
      return { ok: true };
    }
  }
  return { ok: false, why: `unknown op ${request.op}` };
}
