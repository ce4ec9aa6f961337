import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests. Default environment is `node`, as in the service worker (no window, no DOMParser);
// DOM code opts in per file with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['{lib,components,entrypoints}/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/fake-indexeddb.ts'],
    restoreMocks: true,
    // .ci/run reads the JSON report to prove every test ran (none skipped).
    reporters: ['default', 'json'],
    outputFile: { json: 'tmp/unit/report.json' },
  },
});
