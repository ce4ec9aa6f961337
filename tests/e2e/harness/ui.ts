// Driving an extension page (popup.html, options.html) the same way in every browser. Firefox's
// extension tabs offer only `evaluate` (firefox-pages.ts: DevTools evaluates there, WebDriver BiDi does
// not reach them), so everything here is one function run in the page, in both browsers alike.
//
// Elements are found as a user finds them, by role and accessible name, by label or by visible text,
// or else by CSS selector; a target must match exactly one element to be acted on (as a Playwright
// locator must). Actions are the DOM events a user's action yields: `element.click()` (a click's
// activation behaviour: checkboxes toggle and fire input/change, submit buttons submit their form), a
// value set through the element's own setter followed by input and change (typing, then leaving the
// field), KeyboardEvents dispatched on the focused element. These events are synthetic: they run the
// page's handlers but not the browser's default actions (a synthetic Tab moves no focus, a synthetic
// Enter submits nothing), so a check about focus reads document.activeElement rather than trusting a key.
//
// Two things a page cannot do for itself differ per browser and are wrapped here: the system's colour
// scheme (useColorScheme) and the file a download saved (download).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { firefoxDownloadDir } from './firefox';
import { firefoxOnly, type PortablePage, type PortableSession } from './portable';
import { inPage, wire, type ElementState, type Op, type PageFile, type Request, type Target } from './ui-in-page';

export type { ElementState, Name, PageFile, Target } from './ui-in-page';

const DEFAULT_TIMEOUT = 10_000;

export interface PageUi {
  /** How many elements match (none is an answer, not an error). */
  count(target: Target): Promise<number>;
  /** The text content of every match, in document order. */
  texts(target: Target): Promise<string[]>;
  /** Waits until exactly one element matches. */
  waitFor(target: Target): Promise<void>;
  text(target: Target): Promise<string>;
  attr(target: Target, name: string): Promise<string | null>;
  state(target: Target): Promise<ElementState>;
  click(target: Target): Promise<void>;
  focus(target: Target): Promise<void>;
  /** Types `value` into a text field (replacing its value) and leaves it: input, then change. */
  fill(target: Target, value: string): Promise<void>;
  /** Chooses the option with this value (or else this text) of a select. */
  select(target: Target, value: string): Promise<void>;
  /** Clicks a checkbox, switch or radio unless it already is in that state; fails unless it then is. */
  check(target: Target, checked?: boolean): Promise<void>;
  /** What choosing files in the file dialog does to a file input: its `files`, then input and change. */
  setFiles(target: Target, files: PageFile[]): Promise<void>;
  /**
   * A key pressed on the focused element (on `target`, focused first, when given): keydown and keyup.
   * Resolves with whether the page handled it (prevented the keydown's default).
   */
  press(key: string, target?: Target): Promise<boolean>;
}

/** The page's ui: each action waits (up to `timeout` ms) until its target is there, single, visible and enabled. */
export function ui(page: PortablePage, { timeout = DEFAULT_TIMEOUT } = {}): PageUi {
  const once = (request: Request) => page.evaluate(inPage, request);
  const value = async <T>(request: Request): Promise<T> => {
    const result = await once(request);
    if (!result.ok) throw new Error(result.why);
    return result.value as T;
  };
  // Polls until the page could do it; each attempt that could not do it changed nothing.
  const whenPossible = async <T>(request: Request): Promise<T> => {
    let answer: unknown;
    // The poll's failure shows the last reason it could not, e.g. "2 elements, not 1: tab".
    const attempt = async () => {
      const result = await once(request);
      if (!result.ok) return result.why;
      answer = result.value;
      return 'done';
    };
    await expect.poll(attempt, { timeout, interval: 50 }).toBe('done');
    return answer as T;
  };
  const on = (op: Op, target: Target, arg?: unknown): Request => ({ op, target: wire(target), arg });
  return {
    count: (target) => value(on('count', target)),
    texts: (target) => value(on('texts', target)),
    waitFor: (target) => whenPossible(on('state', target)),
    text: (target) => whenPossible(on('text', target)),
    attr: (target, name) => whenPossible(on('attr', target, name)),
    state: (target) => whenPossible(on('state', target)),
    click: (target) => whenPossible(on('click', target)),
    focus: (target) => whenPossible(on('focus', target)),
    fill: (target, text) => whenPossible(on('fill', target, text)),
    select: (target, option) => whenPossible(on('select', target, option)),
    check: (target, checked = true) => whenPossible(on('check', target, checked)),
    setFiles: (target, files) => whenPossible(on('files', target, files)),
    press: (key, target) => (target === undefined ? value({ op: 'press', arg: key }) : whenPossible(on('press', target, key))),
  };
}

/**
 * Starts recording the page's uncaught errors and unhandled rejections; the returned function reads
 * them. Listening starts when this is called (there is no way into a Firefox extension page before
 * its scripts run), which is also when Playwright's `pageerror` listener of the Chromium-only specs did.
 */
export async function watchErrors(page: PortablePage): Promise<() => Promise<string[]>> {
  const run = async (op: Op) => {
    const result = await page.evaluate(inPage, { op });
    if (!result.ok) throw new Error(result.why);
    return result.value as string[];
  };
  await run('watch-errors');
  return () => run('errors');
}

/** The Playwright page behind a Chromium session's portable one (Chromium's pages are Playwright's). */
function playwrightPage(session: PortableSession, page: PortablePage): Page {
  if (session.browser !== 'chromium' || typeof (page as Partial<Page>).waitForEvent !== 'function') {
    throw new Error(`${session.browser}: not a Playwright page`);
  }
  return page as Page;
}

/**
 * Makes the system's colour scheme, as pages see it (prefers-color-scheme), `scheme` for `page`:
 * Chromium emulates it for the page (Playwright's emulateMedia); Firefox takes it from its "website
 * appearance" preference, the one its settings page changes, which applies to every page at once.
 */
export async function useColorScheme(session: PortableSession, page: PortablePage, scheme: 'light' | 'dark'): Promise<void> {
  if (session.browser === 'chromium') return playwrightPage(session, page).emulateMedia({ colorScheme: scheme });
  await firefoxOnly(session).browserChrome.evaluate('(value) => Services.prefs.setIntPref("layout.css.prefers-color-scheme.content-override", value)', [
    scheme === 'dark' ? 0 : 1,
  ]);
}

/**
 * The file (not empty) a page action makes the browser download: its name as saved and its text.
 * Chromium through Playwright's download event; Firefox saves into the session's download folder
 * (firefoxPrefs): it first makes an empty placeholder under the final name and writes `<name>.part`,
 * then renames that over the placeholder, so the file is complete once it has content and no `.part`.
 */
export async function download(session: PortableSession, page: PortablePage, act: () => Promise<unknown>): Promise<{ filename: string; text: string }> {
  if (session.browser === 'chromium') {
    const [event] = await Promise.all([playwrightPage(session, page).waitForEvent('download'), act()]);
    const saved = await event.path();
    return { filename: event.suggestedFilename(), text: await readFile(saved, 'utf8') };
  }
  const dir = firefoxDownloadDir(session.extensionId);
  const list = () => readdir(dir).catch(() => [] as string[]);
  const before = new Set(await list());
  await act();
  const complete = async () => {
    const names = await list();
    for (const name of names.filter((n) => !before.has(n) && !n.endsWith('.part') && !names.includes(`${n}.part`))) {
      const text = await readFile(path.join(dir, name), 'utf8').catch(() => '');
      if (text) return { filename: name, text };
    }
    return undefined;
  };
  let file: { filename: string; text: string } | undefined;
  await expect.poll(async () => (file = await complete()), { timeout: DEFAULT_TIMEOUT, interval: 100 }).toBeDefined();
  return file!;
}
