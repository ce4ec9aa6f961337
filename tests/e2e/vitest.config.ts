import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end specs: the built extension in a real Chromium against the local fixture server.
// Run with `npm run test:e2e` after `npm run build`. Node environment (the specs drive the browser
// from outside); one file at a time, since each launches a browser and a server of its own.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  test: {
    root,
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report is how .ci/run proves the browser tests ran (count of passed > 0, failed = 0).
    reporters: ['default', 'json'],
    outputFile: { json: 'tmp/e2e/report.json' },
  },
});
