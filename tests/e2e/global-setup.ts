// Fails the whole e2e run, loudly, when what it needs is missing: browser tests must never skip.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { extensionDirs, findChromium } from './harness/paths';

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
}
