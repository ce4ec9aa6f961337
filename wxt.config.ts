import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is the product's promise about access: tests/manifest.test.ts pins it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel work on one checkout builds into separate folders (tests/e2e/harness/paths.ts reads the same).
  outDir: process.env.PAPER_RADAR_OUT_DIR || '.output',
  // Explicit imports everywhere: code reads the same in vitest, node scripts and the bundle.
  imports: false,
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
