/**
 * `wxt/browser` for the content scripts (aliased in wxt.config.ts): the browser's own API, looked up
 * when first used rather than when the script loads. Touching `chrome.runtime` costs a page several
 * milliseconds, and the every-page script only needs it once the page shows a paper
 * (lib/content/first-paper.ts; bench/page-cost.ts measures it). Same choice as @wxt-dev/browser:
 * Firefox's promise-based `browser` when it is the extension's, else `chrome`.
 */
import type { browser as Browser } from '@wxt-dev/browser';

type Api = typeof Browser;
let api: Api | undefined;

function resolve(): Api {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return (api ??= g.browser?.runtime?.id ? g.browser : (g.chrome as Api));
}

// Pure: bundles that import this module without using `browser` (paper-ui.js) drop it.
export const browser: Api = /* @__PURE__ */ new Proxy({} as Api, {
  get: (_target, key) => Reflect.get(resolve(), key),
  has: (_target, key) => Reflect.has(resolve(), key),
});
