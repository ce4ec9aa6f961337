// The offline demo (issue #7): the built extension in Chromium on a throw-away profile, the demo
// pages served at their real host names by the end-to-end harness's fixture server, the metadata APIs
// answered from data made from those pages (data.ts), and a seeded profile (seed.ts). `npm start`
// runs it in a window, `npm run screenshots` and tests/e2e/demo.spec.ts headless.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchWithExtension, pageUrl, type ExtensionSession } from '../tests/e2e/harness';
import { DEMO_PAGES, installDemoData } from './data';
import { seedDemoProfile, type SeedResult } from './seed';
import { installSiteStyles } from './site-styles';

export type DemoPageName = keyof typeof DEMO_PAGES;

export interface DemoOptions {
  /** Default true; `npm start` passes false for a visible window. */
  headless?: boolean;
}

export interface Demo {
  readonly session: ExtensionSession;
  /** One tab per demo page, in DEMO_PAGES order. */
  readonly pages: Record<DemoPageName, Page>;
  readonly urls: Record<DemoPageName, string>;
  readonly seed: SeedResult;
  /** Resolves once the browser is gone (closed by the user or by stop()) and the profile deleted. */
  readonly closed: Promise<void>;
  /** The toolbar badge's text, as the extension set it. */
  badge(): Promise<string>;
  stop(): Promise<void>;
}

interface ChromeAction {
  chrome: { action: { getBadgeText(details: object): Promise<string> } };
}

export const HIGHLIGHTED = 'article[data-paper-radar-match]';

export async function startDemo({ headless = true }: DemoOptions = {}): Promise<Demo> {
  const earlier = new Set(childBrowserPids());
  const session = await launchWithExtension({ browser: 'chromium', headless });
  const browserPids = childBrowserPids().filter((pid) => !earlier.has(pid));
  let cleanup: Promise<void> | undefined;
  const stop = () => (cleanup ??= session.close());
  // Closing the window ends Chromium; the harness then stops the server and deletes the profile. Chromium
  // drops its DevTools connection (the 'close' event) early in its shutdown and writes to the profile
  // after that, so the profile is deleted only once the process has gone.
  const closed = new Promise<void>((resolve) =>
    session.context.once('close', () => void exited(browserPids).then(stop).then(resolve, resolve)),
  );
  try {
    installDemoData(session.server);
    installSiteStyles(session.server);
    const seed = await seedDemoProfile(session);
    const urls = Object.fromEntries(Object.entries(DEMO_PAGES).map(([name, file]) => [name, pageUrl(file)])) as Record<DemoPageName, string>;
    const blank = session.context.pages().filter((p) => p.url() === 'about:blank');
    const pages = {} as Record<DemoPageName, Page>;
    for (const name of Object.keys(DEMO_PAGES) as DemoPageName[]) pages[name] = await session.open(urls[name]);
    if (!headless) {
      // A window shows only the demo's tabs: the start page and the harness's quiet driver tab go.
      for (const page of session.context.pages()) {
        if (blank.includes(page) || page.url().endsWith('/manifest.json')) await page.close();
      }
      await pages.hfListing.bringToFront();
      await maximize(pages.hfListing);
    }
    const badge = () => session.serviceWorker.evaluate(() => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}));
    return { session, pages, urls, seed, closed, badge, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Chromium opens a small window for a new profile; the demo wants the screen. Best effort. */
async function maximize(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { windowId } = await cdp.send('Browser.getWindowForTarget');
    // The screen's size first (what works without a window manager, e.g. under Xvfb), then the
    // window manager's own maximised state where there is one.
    const screen = await page.evaluate(() => ({ left: 0, top: 0, width: window.screen.availWidth, height: window.screen.availHeight }));
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: screen });
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'maximized' } });
  } catch {
    // a window manager that refuses is no reason to stop the demo
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Chromium processes this process started (the demo's browser: Playwright runs in this process). */
function childBrowserPids(): number[] {
  try {
    return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((m) => m !== null && Number(m[2]) === process.pid && m[3]!.includes('--load-extension='))
      .map((m) => Number(m![1]));
  } catch {
    return []; // no `ps`: exited() falls back to a pause
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves once these processes have exited (at most 15 s; a second when they are unknown). */
async function exited(pids: number[]): Promise<void> {
  const deadline = Date.now() + (pids.length ? 15_000 : 1_000);
  while (Date.now() < deadline && (pids.length === 0 || pids.some(alive))) await new Promise((r) => setTimeout(r, 100));
}

/** Waits until the page shows highlighted cards (the background answered its marks); their count. */
export async function highlightedCards(page: Page, timeoutMs = 15_000): Promise<number> {
  await page.waitForSelector(HIGHLIGHTED, { timeout: timeoutMs });
  return page.locator(HIGHLIGHTED).count();
}
