/**
 * The page script's later parts. The every-page script (entrypoints/page.content) holds only what a
 * page without papers needs: on most pages it is all that is ever parsed. The rest are web-accessible
 * files; `import()` of one runs it in the content script's isolated world, where it hands its export
 * over on that world's global, under the one name this file gives it. Touches `browser` (the
 * runtime) only when a part is loaded.
 */
import { browser } from 'wxt/browser';

export type Chunk = '/page-main.js' | '/paper-ui.js';
const GLOBAL_NAME: Record<Chunk, string> = { '/page-main.js': 'paperRadarPage', '/paper-ui.js': 'paperRadarUi' };

/** Called by a part's entrypoint when it runs: hands `value` over to whoever imported it. */
export function provideChunk(file: Chunk, value: unknown): void {
  (globalThis as Record<string, unknown>)[GLOBAL_NAME[file]] = value;
}

/** What a part that has run handed over. */
export function takeChunk<T>(file: Chunk): T {
  const value = (globalThis as Record<string, unknown>)[GLOBAL_NAME[file]];
  if (!value) throw new Error(`${file.slice(1)} did not register`);
  return value as T;
}

export async function loadChunk<T>(file: Chunk): Promise<T> {
  await import(/* @vite-ignore */ browser.runtime.getURL(file));
  return takeChunk<T>(file);
}
