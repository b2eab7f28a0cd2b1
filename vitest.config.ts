import { defineConfig } from 'vitest/config';

// Unit tests: jsdom for renderer code (with fake-indexeddb for Dexie); files under tests/unit/main,
// tests/unit/core and tests/security choose the node environment with a docblock.
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/security/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
