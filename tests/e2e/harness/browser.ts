// Starts a real browser with the built extension loaded unmodified, every fixture host name mapped onto
// the local fixture server, and hands specs what they need to drive it (DESIGN §7).
//
// Launch facts verified here (Debian chromium 156, playwright-core 1.65):
// - `headless: true` is the new headless mode (`--headless`), and it loads unpacked MV3 extensions and
//   runs their service worker and content scripts; no `--headless=new` workaround is needed.
// - Playwright adds `--disable-extensions` by default; `--disable-extensions-except` overrides it, but we
//   drop it via ignoreDefaultArgs rather than rely on switch precedence.
// - Stopping the worker with Target.closeTarget keeps its target id: when Chrome starts the worker again
//   it reappears under the same id, and Playwright's Worker handle talks to the new instance.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { inChromiumContentScript } from './chromium-content-script';
import { launchFirefox } from './firefox';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import type { RequestFilter } from './server';
import { extensionDirs, findChromium, type BrowserName } from './paths';
import type { PortableSession } from './portable';
import { until } from './wait';

interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

export interface LaunchOptions {
  browser: BrowserName;
  /** Reuse a running server (several sessions against one log); by default each session starts its own. */
  server?: FixtureServer;
  /**
   * Firefox only: 'withheld' installs the add-on without its host permissions, as for a user who
   * declines them (Chrome grants them at install and offers no way to start without).
   */
  hostPermissions?: 'granted' | 'withheld';
  /**
   * Chromium only: `false` opens a visible window (the offline demo, `npm start`), whose pages then
   * take the window's size instead of a fixed viewport. Default true. A headed session leaves Ctrl-C
   * and friends to its caller: Playwright's own handlers would exit before `close()` deletes the profile.
   */
  headless?: boolean;
}

export interface OpenOptions {
  contentScript?: boolean;
  beforeNavigate?: (page: Page) => Promise<unknown>;
}

export interface ExtensionSession {
  readonly browser: BrowserName;
  readonly context: BrowserContext;
  readonly server: FixtureServer;
  /** Derived by Chrome from the unpacked extension's path, so it differs from run to run. */
  readonly extensionId: string;
  /** The extension's service worker. The handle survives stop/start: it reaches whichever instance runs. */
  readonly serviceWorker: Worker;
  /**
   * A new tab at `url`, once its load event fired and the extension's content script was injected
   * (its isolated world exists), so a spec fails with "content script did not run" rather than with
   * missing marks. Pass `{ contentScript: false }` for pages the content script does not match, and
   * `beforeNavigate` to prepare the tab first (e.g. `page.addInitScript`).
   */
  open(url: string, options?: OpenOptions): Promise<Page>;
  /** A new tab showing an extension page, e.g. `popup.html`. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Every open tab but the extension's own pages (PortableSession.webPages). */
  webPages(): Promise<Page[]>;
  /** Runs `fn` in the content script's isolated world of `page` (PortableSession.inContentScript). */
  inContentScript<R>(page: Page, fn: () => R | Promise<R>): Promise<R>;
  inContentScript<R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * `runtime.sendMessage(msg)` from an extension page, as tests outside the code drive the extension
   * (DESIGN §4). Resolves with the answer; rejects with the browser's error (e.g. no receiver).
   */
  sendMessage<T = unknown>(message: unknown): Promise<T>;
  /** Stops the service worker as Chrome does when it is idle; resolves once its target is gone. */
  stopServiceWorker(): Promise<void>;
  /** Whether the worker currently runs (its DevTools target exists). */
  isServiceWorkerRunning(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Chromium gives the Playwright-typed session; a spec written for every browser (browser typed as
 * BrowserName) gets the portable one (portable.ts), which the Chromium session also is.
 */
export function launchWithExtension(options: LaunchOptions & { browser: 'chromium' }): Promise<ExtensionSession>;
export function launchWithExtension(options: LaunchOptions): Promise<PortableSession>;
export async function launchWithExtension(options: LaunchOptions): Promise<PortableSession> {
  switch (options.browser) {
    case 'chromium':
      if (options.hostPermissions === 'withheld') throw new Error('launchWithExtension: Chromium cannot withhold host permissions');
      return launchChromium(options);
    case 'firefox':
      return launchFirefox(options);
  }
}

/**
 * Chromium's own requests, made the same with no extension loaded (checked with a control run), that
 * no usable switch turns off here: signin or autofill prefs in Preferences and dropping the Debian
 * wrapper's API keys did not help, and our own --disable-features would replace Playwright's list
 * (Chromium keeps the last one; doing so brought back clients2.google.com time queries). They are
 * logged like everything else but are not the extension's stray traffic. Should a new one appear,
 * confirm it without the extension before adding it here.
 */
export const chromiumBackgroundTraffic: RequestFilter[] = [
  { host: 'accounts.google.com', method: 'POST', pathPrefix: '/ListAccounts' }, // account reconcilor
  { host: 'update.googleapis.com', method: 'POST', pathPrefix: '/service/update2/' }, // on-demand component
  { host: 'content-autofill.googleapis.com', method: 'GET', pathPrefix: '/v1/pages/' }, // autofill, pages with forms
];

/**
 * `--host-resolver-rules` sending every name to the local server: port 80 to its plain-HTTP twin, any
 * other port to its HTTPS port. Catch-alls rather than one MAP per fixture host, so a name nobody
 * registered also lands there, is logged as unexpected and answered 404: nothing leaves the machine,
 * and nothing goes unseen.
 */
export function hostResolverRules(ports: { https: number; http: number }): string {
  return [`MAP *:80 127.0.0.1:${ports.http}`, `MAP * 127.0.0.1:${ports.https}`, 'EXCLUDE localhost'].join(', ');
}

/**
 * The switches of every Chromium the harness starts; `extensionDir` loads one unpacked extension, and
 * without it the same browser runs with none (a baseline, see plain-browser.ts).
 */
export function chromiumArgs(server: { port: number; httpPort: number }, extensionDir?: string): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic', // the fixture server speaks TCP only; QUIC attempts would be stray traffic
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${hostResolverRules({ https: server.port, http: server.httpPort })}`,
  ];
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found ($CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser)');
  const ownServer = options.server === undefined;
  const server = options.server ?? (await startFixtureServer());
  server.tolerate(...chromiumBackgroundTraffic);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'paper-radar-e2e-'));
  const userDataDir = path.join(workDir, 'profile');
  // A byte-for-byte snapshot of the build: Chrome reads extension files lazily (pages, manifest), and a
  // `npm run build` elsewhere during the run (it deletes and rewrites .output) must not pull them away.
  const extensionDir = path.join(workDir, 'extension');
  const cleanUp = async (context?: BrowserContext) => {
    await context?.close();
    if (ownServer) await server.close();
    await rm(workDir, { recursive: true, force: true });
  };

  let context: BrowserContext;
  try {
    await cp(extensionDirs.chromium, extensionDir, { recursive: true });
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      ...(options.headless === false ? { viewport: null, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(server, extensionDir),
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }

  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  let serviceWorker: Worker;
  try {
    serviceWorker =
      context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  } catch (error) {
    await cleanUp(context);
    throw new Error(`the extension's service worker did not start (is ${extensionDirs.chromium} a good build?)`, { cause: error });
  }
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}/`;

  // One quiet extension page drives messages and the DevTools protocol. It shows manifest.json, not the
  // popup: the popup's own start-up would send messages of its own and muddle what a spec observes.
  let driver: Promise<{ page: Page; cdp: CDPSession }> | undefined;
  const getDriver = () =>
    (driver ??= (async () => {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}manifest.json`);
      return { page, cdp: await context.newCDPSession(page) };
    })());

  const workerTargetIds = async (): Promise<string[]> => {
    const { cdp } = await getDriver();
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin)).map((t) => t.targetId);
  };

  const session: ExtensionSession = {
    browser: 'chromium',
    context,
    server,
    extensionId,
    serviceWorker,
    async open(url, { contentScript = true, beforeNavigate } = {}) {
      const page = await context.newPage();
      await beforeNavigate?.(page);
      if (!contentScript) {
        await page.goto(url);
        return page;
      }
      // Chrome announces each content-script world as an isolated execution context whose origin is
      // the extension's; Runtime.enable must be on before navigating to see it created.
      const cdp = await context.newCDPSession(page);
      const injected = new Promise<void>((resolve) => {
        cdp.on('Runtime.executionContextCreated', ({ context: ctx }) => {
          const aux = ctx.auxData as { type?: string } | undefined;
          if (aux?.type === 'isolated' && ctx.origin === extensionOrigin.slice(0, -1)) resolve();
        });
      });
      await cdp.send('Runtime.enable');
      await page.goto(url);
      await withTimeout(injected, 10_000, `content script did not run on ${url}`);
      await cdp.detach();
      return page;
    },
    async openExtensionPage(pagePath) {
      const page = await context.newPage();
      await page.goto(extensionOrigin + pagePath.replace(/^\//, ''));
      return page;
    },
    async webPages() {
      return context.pages().filter((page) => !page.url().startsWith(extensionOrigin));
    },
    inContentScript: ((page: Page, fn: (...args: never[]) => unknown, ...args: unknown[]) =>
      inChromiumContentScript(context, extensionOrigin, page, String(fn), args)) as ExtensionSession['inContentScript'],
    async sendMessage<T>(message: unknown): Promise<T> {
      const { page } = await getDriver();
      // `chrome` is typed loosely here: the project has no @types/chrome, and the page side is plain JS.
      return page.evaluate(
        (m) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(m),
        message as object,
      ) as Promise<T>;
    },
    async stopServiceWorker() {
      const { cdp } = await getDriver();
      const ids = await workerTargetIds();
      if (ids.length === 0) throw new Error('stopServiceWorker: the service worker is not running');
      for (const targetId of ids) await cdp.send('Target.closeTarget', { targetId });
      await until(async () => (await workerTargetIds()).length === 0, 5_000, 'service worker target still present');
    },
    async isServiceWorkerRunning() {
      return (await workerTargetIds()).length > 0;
    },
    close: () => cleanUp(context),
  };
  return session;
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
