import { describe, expect, it } from 'vitest';
import type { ArchiveManifest } from '../../../../src-renderer/core/archive-file';
import { keyFingerprint } from '../../../../src-renderer/core/keys';
import { restoreImpact, type ThisInstallation } from '../../../../src-renderer/features/backup/restore-impact';

/** What a restore replaces, told before 确认 (issue 14.12): another installation's backup above all. */
const OWN_ID = '01900000-0000-7000-8000-000000000001';
const OTHER_ID = '01900000-0000-7000-8000-000000000002';
const OWN_KEY = 'ab'.repeat(32);
const OTHER_KEY = 'cd'.repeat(32);

const current: ThisInstallation = { installationId: OWN_ID, signingPublicKey: OWN_KEY, departments: 3 };
const counts = { installation: 1, profile: 1, customers: 120, contacts: 40, changes: 900, departments: 4, conflicts: 2, lineages: 7, printLog: 5 };

function backup(installationId: string, signerPublicKey: string, held: Record<string, number> = counts) {
  const manifest = { source: { installationId, organisation: '航天材料及工艺研究所', department: '市场部' }, signerPublicKey } as ArchiveManifest;
  return { manifest, counts: held };
}

describe('what a restore replaces', () => {
  it('an own backup keeps this installation’s id and keys, and replaces the directory and the archive', () => {
    expect(restoreImpact(backup(OWN_ID, OWN_KEY), current)).toEqual({
      origin: 'this',
      identity: 'kept',
      backup: { installationId: OWN_ID, fingerprint: keyFingerprint(OWN_KEY) },
      own: { installationId: OWN_ID, fingerprint: keyFingerprint(OWN_KEY) },
      directory: { current: 3, backup: 4 },
      records: 161,
      changes: 900,
      conflicts: 2,
      printLog: 5,
    });
  });

  it('a backup signed by another installation is told apart, with both fingerprints, and replaces this one’s identity', () => {
    const impact = restoreImpact(backup(OTHER_ID, OTHER_KEY), current);
    expect(impact).toMatchObject({
      origin: 'other',
      identity: 'backup',
      backup: { installationId: OTHER_ID, fingerprint: keyFingerprint(OTHER_KEY) },
      own: { installationId: OWN_ID, fingerprint: keyFingerprint(OWN_KEY) },
    });
    expect(impact.backup.fingerprint).not.toBe(impact.own?.fingerprint);
  });

  it('the same installation id signed by another key is another installation (the key is what signs)', () => {
    expect(restoreImpact(backup(OWN_ID, OTHER_KEY), current)).toMatchObject({ origin: 'other', identity: 'backup' });
    expect(restoreImpact(backup(OTHER_ID, OWN_KEY), current)).toMatchObject({ origin: 'other', identity: 'backup' });
  });

  it('without this installation (database error screen) the origin is unknown; a backup without an installation row makes new keys', () => {
    expect(restoreImpact(backup(OTHER_ID, OTHER_KEY), null)).toMatchObject({
      origin: 'unknown',
      identity: 'unchecked',
      own: null,
      directory: { current: null, backup: 4 },
    });
    expect(restoreImpact(backup(OWN_ID, OWN_KEY, { ...counts, installation: 0 }), current)).toMatchObject({ origin: 'this', identity: 'new' });
  });
});
