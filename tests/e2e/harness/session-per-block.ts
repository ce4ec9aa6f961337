// The session a describe block's tests share: launched before the first, closed after the last. The
// handle stands in for the session from the start (a spec names it once, at the top of its block) and
// forwards to the launched one, so a test that runs before the launch finished fails loudly.
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type LaunchOptions } from './browser';
import type { PortableSession } from './portable';

export function sessionPerBlock(options: LaunchOptions): PortableSession {
  let current: PortableSession | undefined;
  beforeAll(async () => {
    current = await launchWithExtension(options);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return new Proxy({} as PortableSession, {
    get(_, key) {
      if (!current) throw new Error(`the ${options.browser} session is not running (used outside its describe block's tests?)`);
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}
