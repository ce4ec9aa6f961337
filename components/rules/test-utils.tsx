/**
 * Helpers for the happy-dom component tests of the rules and alerts UI (imported only by tests): a
 * fake `send` that answers from a table of handlers and records every request, and DOM helpers that
 * act the way a user does (type into a labelled field, click a named button).
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Send } from './send';

type Request = { type: string } & Record<string, unknown>;
type Reply = Record<string, unknown> & { ok: boolean };
export type FakeHandlers = Record<string, (request: Request) => Reply | Promise<Reply>>;

export interface FakeSend {
  send: Send;
  requests: Request[];
  of(type: string): Request[];
}

export function fakeSend(handlers: FakeHandlers): FakeSend {
  const requests: Request[] = [];
  const send = (async (request: Request) => {
    requests.push(request);
    const handler = handlers[request.type];
    return handler ? handler(request) : { ok: false, error: `no fake for ${request.type}` };
  }) as unknown as Send;
  return { send, requests, of: (type) => requests.filter((r) => r.type === type) };
}

/** Lets effects, timers of 0 ms and pending promises run (a few rounds: answers trigger renders). */
export async function flush(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
  await flush();
  return root;
}

export function unmountAll(): void {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
}

/** The form control whose <label> (or aria-label) reads `name`. */
export function field<T extends HTMLElement = HTMLInputElement>(root: ParentNode, name: string | RegExp): T {
  const matches = (text: string | null | undefined) => (typeof name === 'string' ? text?.trim() === name : name.test(text?.trim() ?? ''));
  for (const label of root.querySelectorAll('label')) {
    if (!matches(label.textContent)) continue;
    const target = label.htmlFor ? (root as Element).ownerDocument?.getElementById(label.htmlFor) : label.querySelector('input,select,textarea');
    if (target) return target as unknown as T;
  }
  const byAria = [...root.querySelectorAll('[aria-label]')].find((el) => matches(el.getAttribute('aria-label')));
  if (byAria) return byAria as unknown as T;
  throw new Error(`no field named ${String(name)}`);
}

/** The button whose accessible name (aria-label, else text) reads `name`. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) => {
    const text = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!found) throw new Error(`no button named ${String(name)} among: ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent).join(' | ')}`);
  return found;
}

export async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

export async function change(input: HTMLInputElement | HTMLSelectElement, value?: string | boolean): Promise<void> {
  await act(() => {
    if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
    else if (value !== undefined) input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => el.click());
  await flush();
}

export async function submit(form: HTMLFormElement): Promise<void> {
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush();
}
