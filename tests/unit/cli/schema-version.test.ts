import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src-main/cli/schema-version';

// data/ belongs to the web TypeScript project and this test to the node one (tsconfig.*.json), so
// the module is loaded by a path TypeScript does not follow; vitest loads it like any other.
const SCHEMA_MODULE: string = '../../../src-renderer/data/schema';

describe('the CLI schema version', () => {
  it('equals the database schema version (a new schema version must update src-main/cli/schema-version.ts)', async () => {
    const { CURRENT_SCHEMA_VERSION } = (await import(SCHEMA_MODULE)) as { CURRENT_SCHEMA_VERSION: number };
    expect(typeof CURRENT_SCHEMA_VERSION).toBe('number');
    expect(SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });
});
