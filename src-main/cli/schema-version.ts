/**
 * The database schema version the CLI writes into datasets and accepts when reading (a file of a
 * newer schema is refused). It must equal CURRENT_SCHEMA_VERSION of src-renderer/data/schema.ts,
 * which the CLI may not import (src-main imports only core, and data/ pulls in Dexie):
 * tests/unit/cli/schema-version.test.ts fails when the two drift apart.
 */
export const SCHEMA_VERSION = 8;
