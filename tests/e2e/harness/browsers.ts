// The browsers every portable spec runs in (`describe.each(BROWSERS)`), from one place. All of them
// by default, which is what `npm test` and CI run; E2E_BROWSERS=chromium (comma-separated) narrows a
// local run.
import type { BrowserName } from './paths';

const ALL: readonly BrowserName[] = ['chromium', 'firefox'];

export function browsersFrom(env: string | undefined): BrowserName[] {
  if (!env?.trim()) return [...ALL];
  const names = env.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !ALL.includes(name as BrowserName));
  if (unknown.length) throw new Error(`E2E_BROWSERS: unknown browser ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
  return [...new Set(names as BrowserName[])];
}

export const BROWSERS: readonly BrowserName[] = browsersFrom(process.env.E2E_BROWSERS);
