import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests. Default environment is `node`, as in the service worker (no window, no DOMParser);
// DOM code opts in per file with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup/fake-indexeddb.ts'],
    restoreMocks: true,
  },
});
