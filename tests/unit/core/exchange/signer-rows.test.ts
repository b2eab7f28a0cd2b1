import { describe, expect, it } from 'vitest';
import { validateBackupRecord } from '../../../../src-renderer/core/backup';

const ID = '0195a3b0-0000-7000-8000-000000000001';
const entry = {
  seq: 1,
  table: 'customers',
  recordIds: [ID],
  op: 'create',
  rev: '0000019ac0000000-0000',
  origin: ID,
  by: '张伟',
  at: '2026-11-26T08:00:00.000Z',
  fields: [],
};
const conflict = {
  id: ID,
  kind: 'customers',
  recordId: ID,
  loser: { id: ID, rev: '0000019ac0000000-0000', origin: ID, updatedBy: '张伟', deletedAt: null },
  loserSide: 'local',
  winnerRev: '0000019ac0000000-0001',
  winnerOrigin: ID,
  sourceInstallationId: ID,
  sourceDepartment: '市场部',
  detectedAt: '2026-11-26T08:00:00.000Z',
  status: 'open',
  resolvedAt: null,
  resolvedBy: null,
};
const signer = { name: '市场部', fingerprint: '4BA5-5A98-5F4F-936D' };

describe('the signer kept in change entries and conflict rows, in backups (issue 14.3)', () => {
  it('is optional: rows written before it still restore, rows with it restore too', () => {
    expect(validateBackupRecord('changes', entry)).toBeNull();
    expect(validateBackupRecord('changes', { ...entry, signer })).toBeNull();
    expect(validateBackupRecord('conflicts', conflict)).toBeNull();
    expect(validateBackupRecord('conflicts', { ...conflict, signer })).toBeNull();
  });

  it('is checked like any other field (strict, plain text)', () => {
    expect(validateBackupRecord('changes', { ...entry, signer: { ...signer, extra: 1 } })).not.toBeNull();
    expect(validateBackupRecord('conflicts', { ...conflict, signer: { name: '市场部\u202e', fingerprint: signer.fingerprint } })).not.toBeNull();
    expect(validateBackupRecord('changes', { ...entry, signer: { name: '', fingerprint: signer.fingerprint } })).not.toBeNull();
  });
});
