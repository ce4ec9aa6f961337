import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// The manifest is the product's promise about access: tests/manifest.test.ts pins it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel work on one checkout builds into separate folders (tests/e2e/harness/paths.ts reads the same).
  outDir: process.env.PAPER_RADAR_OUT_DIR || '.output',
  // A partial build while other entrypoints are mid-edit, e.g. PAPER_RADAR_ENTRYPOINTS=background,page.
  filterEntrypoints: process.env.PAPER_RADAR_ENTRYPOINTS?.split(','),
  // Explicit imports everywhere: code reads the same in vitest, node scripts and the bundle.
  imports: false,
  hooks: {
    // Content scripts run on every page and only use APIs that are promise-based natively in both
    // browsers (runtime messaging, storage): they get the browser's own API (globalThis.browser ??
    // chrome) instead of the 10 kB polyfill, which stays in the background and the extension pages,
    // looked up on first use; and a content-script context that touches nothing until it is used.
    // Both so that a page without papers pays next to nothing (lib/content/lazy-browser.ts,
    // lib/content/script-context.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'paper-ui' || e.name === 'page-main')) return;
      const swap: Record<string, string> = {
        'wxt/browser': resolve(import.meta.dirname, 'lib/content/lazy-browser.ts'),
        'wxt/utils/content-script-context': resolve(import.meta.dirname, 'lib/content/script-context.ts'),
      };
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        const kept = alias.filter((a: { find: unknown }) => typeof a.find !== 'string' || !(a.find in swap));
        config.resolve!.alias = [...kept, ...Object.entries(swap).map(([find, replacement]) => ({ find, replacement }))];
      } else {
        config.resolve = { ...config.resolve, alias: { ...(alias as Record<string, string>), ...swap } };
      }
    },
  },
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
  }),
  manifest: ({ browser }) => ({
    name: 'Paper Radar',
    description:
      'Summaries of arXiv and Hugging Face papers on hover, keyword highlights, a local library and alerts.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab'],
    optional_permissions: ['notifications'],
    host_permissions: [
      'https://export.arxiv.org/*',
      'https://arxiv.org/*',
      'https://rss.arxiv.org/*',
      'https://huggingface.co/*',
    ],
    // The page script's later parts, imported by the content script (entrypoints/page-main.ts,
    // entrypoints/paper-ui.ts). Chrome serves them only under a per-session random URL; Firefox's
    // extension URLs are random per install.
    web_accessible_resources: [
      { resources: ['page-main.js', 'paper-ui.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // The keyboard shortcut (lib/background/save-command.ts); users change it in the browser's settings.
    commands: {
      'save-paper': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the paper in the current tab',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'paper-radar@paper-radar.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
