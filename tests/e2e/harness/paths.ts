// Where the harness finds the built extension, the fixture pages and a Chromium binary.
// Resolved from this file, not from the cwd, so specs work whatever directory vitest was started in.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Fixture pages, laid out by site: hf/, arxiv/, blog/. */
export const pagesDir = path.join(repoRoot, 'tests/fixtures/pages');

export type BrowserName = 'chromium' | 'firefox';

/** Where `npm run build` writes: `.output`, or $PAPER_RADAR_OUT_DIR as wxt.config.ts reads it. */
const outDir = path.resolve(repoRoot, process.env.PAPER_RADAR_OUT_DIR || '.output');

/** The unmodified build output of `npm run build`, per browser. */
export const extensionDirs: Record<BrowserName, string> = {
  chromium: path.join(outDir, 'chrome-mv3'),
  firefox: path.join(outDir, 'firefox-mv3'),
};

/** Git-ignored (`/tmp` in .gitignore) place for run artefacts such as the JSON report. */
export const artefactsDir = path.join(repoRoot, 'tmp/e2e');

// Debian names the binary `chromium`, Ubuntu's old package `chromium-browser`; Playwright's own browser
// download does not work on these machines (DESIGN §7), so we never fall back to it.
const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium to drive: $CHROMIUM_PATH when set (and then it must exist), else the distro binary. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return chromiumCandidates.find((candidate) => existsSync(candidate));
}

// Debian's `firefox-esr` (DESIGN §7), or a plain `firefox` where that is the distro's package.
const firefoxCandidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to drive: $FIREFOX_PATH when set (and then it must exist), else the distro binary. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return firefoxCandidates.find((candidate) => existsSync(candidate));
}
