// The Firefox backend of launchWithExtension (DESIGN §7): Debian's firefox-esr, headless, driven by
// puppeteer-core over WebDriver BiDi, with the MV3 build installed as a temporary add-on, every host
// name mapped onto the fixture server, and the add-on's own documents reached through Firefox's
// DevTools server (firefox-rdp.ts), since BiDi does not reach extension documents. The same server
// also reaches the content scripts' sandboxes (firefox-content-scripts.ts) and the browser window's
// menus and shortcuts (firefox-chrome.ts); raw BiDi reads closed shadow roots (firefox-bidi.ts).
//
// Facts verified here (firefox-esr 153, puppeteer-core 24.43):
// - `network.dns.forceResolve` sends every name to 127.0.0.1 (like Chromium's catch-all MAP) and
//   `network.socket.forcePort` maps ports 443 and 80 onto the server's ephemeral ones: no fixed ports,
//   no root, and a name nobody registered is still answered and logged as unexpected.
// - A temporary add-on gets its host permissions (host_permissions and content-script matches) at
//   install, because `extensions.originControls.grantByDefault` is true; false withholds them all, as
//   for a user who declines (LaunchOptions.hostPermissions).
// - The moz-extension UUID is random per install unless `extensions.webextensions.uuids` names it
//   before the install, so the harness picks it.
// - HTTPS-First would try https:// first for a typed http:// URL (an extra request in the log); it is
//   off, so each request goes out with the scheme the spec asked for. Remote settings (firefox.settings.services.mozilla.com) are fetched at start-up
//   unless the server is the dummy one, which Firefox only honours with MOZ_DISABLE_NONLOCAL_CONNECTIONS
//   (harmless here: every name resolves to 127.0.0.1 anyway).
// - DevTools being attached keeps Firefox from stopping an idle event page on its own; stopServiceWorker
//   stops it through the same call Firefox's idle timer makes.
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { LaunchOptions } from './browser';
import { tabsWithUrls } from './firefox-bidi';
import { BrowserChrome } from './firefox-chrome';
import { ContentScriptTargets } from './firefox-content-scripts';
import { ExtensionTargets } from './firefox-extension';
import { ExtensionTabPage, puppeteerPage, puppeteerPageOf } from './firefox-pages';
import { RdpClient } from './firefox-rdp';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { extensionDirs, findFirefox } from './paths';
import type { BackgroundHandle, FirefoxSession, PortablePage, PortableWebPage } from './portable';
import { pageUrl } from './hosts/fixture-index';
import { until } from './wait';

type AnyFunction = (...args: never[]) => unknown;

/** Where Firefox saves the downloads of the session whose add-on has this UUID (ui.ts reads them there). */
export function firefoxDownloadDir(uuid: string): string {
  return path.join(os.tmpdir(), `paper-radar-ff-downloads-${uuid}`);
}

/** Firefox preferences of every test profile (on top of Puppeteer's own test defaults). */
export function firefoxPrefs(
  server: { port: number; httpPort: number },
  extension: { id: string; uuid: string },
  hostPermissions: 'granted' | 'withheld' = 'granted',
): Record<string, unknown> {
  return {
    'network.dns.forceResolve': '127.0.0.1',
    'network.socket.forcePort': `443=${server.port};80=${server.httpPort}`,
    'dom.security.https_first': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.webextensions.uuids': JSON.stringify({ [extension.id]: extension.uuid }),
    'extensions.originControls.grantByDefault': hostPermissions === 'granted',
    // --start-debugger-server listens only with all three (no prompt: nobody is there to click).
    'devtools.debugger.remote-enabled': true,
    'devtools.debugger.prompt-connection': false,
    'devtools.chrome.enabled': true,
    // Downloads go straight into the session's own folder, never the user's, without asking.
    'browser.download.folderList': 2,
    'browser.download.dir': firefoxDownloadDir(extension.uuid),
    'browser.download.useDownloadDir': true,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
  };
}

export async function launchFirefox(options: LaunchOptions): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found ($FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox)');
  const ownServer = options.server === undefined;
  const server: FixtureServer = options.server ?? (await startFixtureServer());
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'paper-radar-ff-'));
  // A snapshot of the build, as for Chromium: a temporary add-on's files are read from disk lazily.
  const extensionDir = path.join(workDir, 'extension');
  const socketPath = path.join(workDir, 'devtools.sock');
  const uuid = randomUUID();
  let browser: Browser | undefined;
  let rdp: RdpClient | undefined;
  const cleanUp = async () => {
    rdp?.close();
    await browser?.close();
    if (ownServer) await server.close();
    await rm(workDir, { recursive: true, force: true });
    await rm(firefoxDownloadDir(uuid), { recursive: true, force: true });
  };

  try {
    await cp(extensionDirs.firefox, extensionDir, { recursive: true });
    const id = await geckoId(extensionDir);
    const origin = `moz-extension://${uuid}/`;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      // Playwright's default viewport, so that pages lay out alike in both browsers (Puppeteer's is 800×600).
      defaultViewport: { width: 1280, height: 720 },
      args: ['--start-debugger-server', socketPath],
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: firefoxPrefs(server, { id, uuid }, options.hostPermissions),
    });
    rdp = await RdpClient.connect(socketPath);
    const installed = await browser.installExtension(extensionDir);
    if (installed !== id) throw new Error(`installed add-on ${installed}, expected ${id}`);
    const targets = await ExtensionTargets.watch(rdp, id, origin);
    const contentScripts = new ContentScriptTargets(rdp, id, targets);
    const browserChrome = await BrowserChrome.connect(rdp);
    const session = await firefoxSession({ browser, server, targets, contentScripts, browserChrome, origin, uuid, close: cleanUp });
    // The first content-script watcher of a Firefox session (open() below) upsets Puppeteer's realms of
    // the tab it watches (seen here: `document.$$eval is not a function` in a spec's first test). A
    // page opened and closed here takes that, so every spec's pages behave alike.
    // (Without host permissions no content script runs, and no spec watches one.)
    if (options.hostPermissions !== 'withheld') await (await session.open(pageUrl('blog/no-papers.html'))).close();
    return session;
  } catch (error) {
    await cleanUp().catch(() => undefined);
    throw error;
  }
}

async function firefoxSession(parts: {
  browser: Browser;
  server: FixtureServer;
  targets: ExtensionTargets;
  contentScripts: ContentScriptTargets;
  browserChrome: BrowserChrome;
  origin: string;
  uuid: string;
  close: () => Promise<void>;
}): Promise<FirefoxSession> {
  const { browser, server, targets, contentScripts, origin } = parts;
  // One quiet extension page drives messages and tabs, as in Chromium: manifest.json (plain JSON text,
  // Puppeteer's profile turns the JSON viewer off), opened once by the background while it surely runs.
  const driverTabId = await targets.call<number>(
    await targets.background(),
    '(url) => browser.tabs.create({ url, active: false }).then((tab) => tab.id)',
    [`${origin}manifest.json`],
  );
  const inDriver = async <R>(fnSource: string, ...args: unknown[]): Promise<R> =>
    targets.call<R>(await targets.inTab(driverTabId), fnSource, args);
  const tabIds = () => inDriver<number[]>('() => browser.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id))');
  const closeTab = (tabId: number) => inDriver('(tabId) => browser.tabs.remove(tabId)', tabId);
  // A new Puppeteer tab and its id for the extension: the one id that was not there before, so new
  // tabs are made one at a time.
  let tabQueue: Promise<unknown> = Promise.resolve();
  const newTab = () => {
    const next = tabQueue.then(async () => {
      const before = new Set(await tabIds());
      const raw = await browser.newPage();
      return { raw, tabId: (await tabIds()).find((candidate) => !before.has(candidate)) };
    });
    tabQueue = next.catch(() => undefined);
    return next;
  };

  const serviceWorker: BackgroundHandle = {
    url: () => targets.backgroundUrl,
    evaluate: (async (fn: AnyFunction, ...args: unknown[]) => targets.call(await targets.background(), String(fn), args)) as BackgroundHandle['evaluate'],
  };

  return {
    browser: 'firefox',
    server,
    extensionId: parts.uuid,
    serviceWorker,
    browserChrome: parts.browserChrome,
    async open(url, { contentScript = true, beforeNavigate } = {}): Promise<PortableWebPage> {
      const { raw, tabId } = await newTab();
      const page = puppeteerPage(raw);
      await beforeNavigate?.(page);
      await raw.goto(url);
      if (!contentScript) return page;
      // tabs.query lists every tab's id (only URLs and titles need a host permission).
      if (tabId === undefined) throw new Error(`open: the extension does not list the new tab for ${url}`);
      // Injected = its sandbox exists (as Chrome's isolated world in browser.ts). Not its listeners:
      // on a page without papers the script never registers any (lib/content/first-paper.ts).
      await contentScripts.forPage(raw, 10_000);
      return page;
    },
    async openExtensionPage(pagePath) {
      const url = origin + pagePath.replace(/^\//, '');
      const tabId = await inDriver<number>('(url) => browser.tabs.create({ url }).then((tab) => tab.id)', url);
      const page = new ExtensionTabPage(targets, tabId, url, closeTab);
      await page.waitForLoad();
      return page;
    },
    async webPages() {
      return (await tabsWithUrls(browser)).filter(({ url }) => !url.startsWith(origin)).map(({ page }) => puppeteerPage(page));
    },
    inContentScript: (async (page: PortablePage, fn: AnyFunction, ...args: unknown[]) => {
      const raw = puppeteerPageOf(page);
      if (!raw) throw new Error('inContentScript: not a web page of this session');
      return targets.call(await contentScripts.forPage(raw), String(fn), args);
    }) as FirefoxSession['inContentScript'],
    sendMessage: <T>(message: unknown) => inDriver<T>('(message) => browser.runtime.sendMessage(message)', message),
    async stopServiceWorker() {
      if (!(await targets.isBackgroundRunning())) throw new Error('stopServiceWorker: the background page is not running');
      await targets.stopBackground();
      await until(async () => !(await targets.isBackgroundRunning()), 5_000, 'background page still running');
    },
    isServiceWorkerRunning: () => targets.isBackgroundRunning(),
    close: parts.close,
  };
}

/** The add-on id Firefox installs the build under (its manifest's gecko id). */
async function geckoId(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json names no gecko id: is it the Firefox build?`);
  return id;
}
