import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenPaperShown } from '@/lib/content/first-paper';
import { loadChunk } from '@/lib/content/load-chunk';

// Every page: finds paper references, marks and highlights them, adds save toggles and the hover
// overlay. This script, which every page loads, only looks for a first paper, reading the page's DOM
// and touching no extension API (lib/content/first-paper.ts); the work is in the page app chunk
// (entrypoints/page-app.ts → lib/content/start-page.ts), imported when a paper shows. `browser` and
// the script's context are WXT's, swapped in wxt.config.ts for lazier ones (lib/content/lazy-browser.ts,
// lib/content/script-context.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce each start with a window.postMessage carrying our extension id, which
  // any page could read to learn that Paper Radar is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    whenPaperShown(document, () => {
      // A copy left in the page by an update or uninstall has no extension to talk to.
      if (!browser.runtime?.id) return;
      loadChunk('paperRadarPage')
        .then((start) => start(ctx))
        .catch((e) => console.warn('[paper-radar] the page script did not start:', e));
    });
  },
});
