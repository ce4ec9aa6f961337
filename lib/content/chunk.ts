/**
 * The page script's later parts. The every-page script (entrypoints/page.content) holds only what a
 * page without papers needs: on most pages it is all that is ever parsed. The rest are web-accessible
 * files; `import()` of one runs it in the content script's isolated world, where it hands its export
 * over on that world's global. Touches `browser` (the runtime) only when called.
 */
import { browser } from 'wxt/browser';

export async function loadChunk<T>(file: '/page-main.js' | '/paper-ui.js', name: string): Promise<T> {
  await import(/* @vite-ignore */ browser.runtime.getURL(file));
  const value = (globalThis as Record<string, unknown>)[name];
  if (!value) throw new Error(`${file} did not register`);
  return value as T;
}
