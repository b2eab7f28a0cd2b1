import { describe, expect, it } from 'vitest';
import type { TableName } from '../../../src-renderer/data/db';
import { freshDb } from './helpers';

// Every table the database type declares (TableRows in data/db.ts). `satisfies` makes the compiler
// refuse a name TableRows lacks and a name missing here; the test below compares it with the schema.
const DECLARED = {
  meta: true,
  profile: true,
  changes: true,
  managers: true,
  customers: true,
  contacts: true,
  interactions: true,
  requirements: true,
  benefits: true,
  settlements: true,
  handovers: true,
  complaints: true,
  gradingConfigs: true,
  assessments: true,
  gradeRuns: true,
  gradings: true,
  followUps: true,
  departments: true,
  conflicts: true,
  lineages: true,
  questionnaires: true,
  surveys: true,
  printLog: true,
  importStaging: true,
  users: true,
  audit: true,
  auditCheckpoints: true,
  attachments: true,
  attachmentBlobs: true,
} satisfies Record<TableName, true>;

describe('the typed tables', () => {
  it('declares exactly the tables of the schema, each reachable as a property', async () => {
    const db = await freshDb();
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(DECLARED).sort());
    for (const name of Object.keys(DECLARED) as TableName[]) expect(db[name].name).toBe(name);
    db.close();
  });
});
