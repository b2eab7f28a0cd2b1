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
    // The files of a worker share one module graph: imports took 90 s of worker time per run, 45 s without
    // isolation (the whole run 184 s → 118 s). It holds because every test makes its own databases
    // (fresh names) and restores what it stubs or mocks; checked with the file order shuffled
    // (`vitest run --sequence.shuffle.files`). A test that needs fresh module state must reset it itself.
    isolate: false,
  },
});
