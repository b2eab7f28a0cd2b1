import { defineConfig } from 'vitest/config';

// Unit tests run in Node (fake-indexeddb stands in for IndexedDB under Dexie); a test that renders
// React or needs the DOM asks for jsdom with a `// @vitest-environment jsdom` docblock. jsdom for every
// file cost about a minute of set-up per run.
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/security/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Threads start faster than forks (about 30 s less per run); two workers for the two cores of these machines.
    pool: 'threads',
    maxWorkers: 2,
  },
});
