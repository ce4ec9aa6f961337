// Fails the whole e2e run, loudly, when what it needs is missing: browser tests must never skip.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BROWSERS } from './harness/browsers';
import { extensionDirs, findChromium, findFirefox } from './harness/paths';

export default function setup(): void {
  const manifest = path.join(extensionDirs.chromium, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`e2e: ${manifest} is missing: run npm run build first`);
  }
  if (!findChromium()) {
    throw new Error(
      'e2e: no Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser); ' +
        'install it (Debian: apt-get install chromium) or set CHROMIUM_PATH',
    );
  }
  if (BROWSERS.includes('firefox')) {
    const firefoxManifest = path.join(extensionDirs.firefox, 'manifest.json');
    if (!existsSync(firefoxManifest)) {
      throw new Error(`e2e: ${firefoxManifest} is missing: run npm run build first (it builds both browsers)`);
    }
    if (!findFirefox()) {
      throw new Error(
        'e2e: no Firefox found (looked at $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox); ' +
          'install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH, or run Chromium only with E2E_BROWSERS=chromium',
      );
    }
  }
}
