// A Chromium started exactly like launchWithExtension's (same binary, switches and fixture server) but
// without Paper Radar: with no extension at all, the baseline of DESIGN §8's "same page with and
// without the extension", or with another unpacked extension to compare against. It has none of the
// extension session's service-worker plumbing, since the extension here may have no worker at all.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumBackgroundTraffic } from './browser';
import type { FixtureServer } from './fixture-server';
import { findChromium } from './paths';

export interface PlainBrowserOptions {
  /** The fixture server to browse (shared with an extension session, so both see the same pages). */
  server: FixtureServer;
  /** An unpacked extension to load instead of none; copied first, as launchWithExtension does. */
  extensionDir?: string;
}

export interface PlainBrowser {
  readonly context: BrowserContext;
  readonly server: FixtureServer;
  /** Closes the browser and deletes its profile; the server is the caller's. */
  close(): Promise<void>;
}

export async function launchPlainChromium(options: PlainBrowserOptions): Promise<PlainBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found ($CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser)');
  const { server } = options;
  server.tolerate(...chromiumBackgroundTraffic);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'paper-radar-plain-'));
  let extensionDir: string | undefined;
  let context: BrowserContext;
  try {
    if (options.extensionDir) {
      extensionDir = path.join(workDir, 'extension');
      await cp(options.extensionDir, extensionDir, { recursive: true });
    }
    context = await chromium.launchPersistentContext(path.join(workDir, 'profile'), {
      executablePath,
      headless: true,
      // Same as the extension session: Playwright's --disable-extensions would also drop the browser's
      // component extensions, and the two browsers must differ only in the extension under test.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(server, extensionDir),
    });
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    server,
    async close() {
      await context.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
