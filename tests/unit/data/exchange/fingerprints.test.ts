import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { validateBackupRecord } from '../../../../src-renderer/core/backup';
import { departmentSchema, type Department } from '../../../../src-renderer/core/exchange/department';
import { newId } from '../../../../src-renderer/core/ids';
import { FINGERPRINT_PATTERN, keyFingerprint, legacyKeyFingerprint } from '../../../../src-renderer/core/keys';
import { createBackupFile, restoreBackupFile } from '../../../../src-renderer/data/backup-file';
import { openDatabase, type AirgapDb } from '../../../../src-renderer/data/db';
import { applyCard, exportMyCard, previewCard } from '../../../../src-renderer/data/exchange';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import { SCHEMA_VERSIONS } from '../../../../src-renderer/data/schema';
import { closeAll, department } from './departments-fixture';
import { testActor } from '../../../shared/actors';

/**
 * Fingerprints of at least 128 bits (issue 14.8): what schema 4 and earlier stored (16 hex digits)
 * is recomputed from the stored key by the database upgrade, still accepted in a backup when it is
 * its key's, and never kept.
 */
const opened: AirgapDb[] = [];
const restoredNames: string[] = [];
afterEach(async () => {
  closeAll();
  opened.splice(0).forEach((db) => db.close());
  for (const name of restoredNames.splice(0)) await Dexie.delete(name);
});

/** A directory row as schema 4 stored it: the 64-bit fingerprint of its key. */
async function legacyRow(): Promise<Department> {
  const a = await department('市场部');
  const b = await department('科研处');
  const added = await applyCard(a.db, await previewCard(a.db, exportMyCard(b.installation, (await getProfile(b.db))!).text, a.installation), a.ctx);
  return { ...added, fingerprint: legacyKeyFingerprint(added.signingPublicKey) };
}

describe('stored fingerprints', () => {
  it('a directory row with the old 64-bit fingerprint of its key is accepted and read with the current one', async () => {
    const row = await legacyRow();
    expect(row.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const parsed = departmentSchema.strict().parse(row);
    expect(parsed.fingerprint).toBe(keyFingerprint(row.signingPublicKey));
    expect(parsed.fingerprint).toMatch(FINGERPRINT_PATTERN);
    expect(validateBackupRecord('departments', row)).toBeNull();
  });

  it('a row whose fingerprint is another key’s, in either form, is refused', async () => {
    const row = await legacyRow();
    const other = 'cd'.repeat(32);
    expect(validateBackupRecord('departments', { ...row, fingerprint: legacyKeyFingerprint(other) })).toMatch(/^fingerprint: /);
    expect(validateBackupRecord('departments', { ...row, fingerprint: keyFingerprint(other) })).toMatch(/^fingerprint: /);
    expect(validateBackupRecord('departments', { ...row, fingerprint: 'not a fingerprint' })).toMatch(/^fingerprint: /);
  });

  it('the schema 5 upgrade recomputes the fingerprints stored at schema 4 from their keys', async () => {
    const row = await legacyRow();
    const name = `fingerprints-${newId()}`;
    const old = await openDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 4),
    );
    await old.departments.add(row);
    old.close();
    const current = await openDatabase(name);
    opened.push(current);
    const upgraded = await current.departments.get(row.id);
    expect(upgraded).toEqual({ ...row, fingerprint: keyFingerprint(row.signingPublicKey) });
  });

  it('a backup holding a directory row with the old fingerprint restores', async () => {
    const row = await legacyRow();
    const a = await department('档案室');
    await a.db.departments.add(row);
    const { bytes } = await createBackupFile(a.db, {
      profile: (await getProfile(a.db))!,
      installation: a.installation,
      appVersion: 'test',
      actor: testActor('张伟'),
      purpose: '测试备份',
      lock: { recipients: [a.installation.keys.ageRecipient] },
    });
    const restored = await restoreBackupFile(bytes, { identities: [a.installation.keys.ageIdentity] }, { stamp: newId(), by: testActor() });
    restoredNames.push(restored.databaseName);
    expect(restored.counts.departments).toBe(1);
  });
});
