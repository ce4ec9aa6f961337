/**
 * Loads one of the page script's chunks (entrypoints/page-app.ts, entrypoints/paper-ui.ts): `import()`
 * of a web-accessible file runs it in the content script's isolated world, where it hands over what it
 * exports on that world's global. Chrome serves them only under a per-session random URL, so pages
 * cannot probe for the extension by them.
 */
import { browser } from 'wxt/browser';

export interface Chunks {
  /** entrypoints/page-app.ts: starts the page script's work. */
  paperRadarPage: typeof import('./start-page').startPage;
  /** entrypoints/paper-ui.ts: the visible part. */
  paperRadarUi: typeof import('./ui').createPaperUi;
}

const CHUNK_FILES = {
  paperRadarPage: '/page-app.js',
  paperRadarUi: '/paper-ui.js',
} as const satisfies Record<keyof Chunks, string>;

export async function loadChunk<K extends keyof Chunks>(name: K): Promise<Chunks[K]> {
  const file = CHUNK_FILES[name];
  await import(/* @vite-ignore */ browser.runtime.getURL(file));
  const exported = (globalThis as Partial<Chunks>)[name];
  if (!exported) throw new Error(`${file} did not register`);
  return exported as Chunks[K];
}
