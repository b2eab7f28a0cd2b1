import { keyFingerprint } from '../../core/keys';
import { RECORD_KINDS } from '../../core/record-kinds';
import type { RestoredBackup } from '../../data/backup-file';
import type { Policies } from './restore-policies';

/** This installation as the restore dialog knows it; null on the error screen (its database cannot be opened). */
export interface ThisInstallation {
  installationId: string;
  signingPublicKey: string;
  /** Live entries of the department directory now. */
  departments: number;
  /** The security administrator's policies in force now (undefined while read): the summary tells what the restore changes. */
  policies?: Policies;
}

/**
 * What a restore will replace, told before the user confirms (issue 14.12). A backup carries an
 * installation's identity (id, age identity, signing key) and its department directory: restoring
 * one made by ANOTHER installation makes this PC that installation — files locked for this PC's
 * key no longer open, its key card changes, two PCs may sign as one — and swaps whom it trusts.
 * - `origin`: `this` (same installation id and signing key), `other`, or `unknown` (no database to compare with);
 * - `identity`: `kept`, `backup` (this PC takes the backup's id and keys), `unchecked` (it takes them,
 *   but whether they differ cannot be told), or `new` (the backup holds no installation row: new keys
 *   are made when the restored database opens).
 */
export interface RestoreImpact {
  origin: 'this' | 'other' | 'unknown';
  identity: 'kept' | 'backup' | 'unchecked' | 'new';
  backup: { installationId: string; fingerprint: string };
  own: { installationId: string; fingerprint: string } | null;
  directory: { current: number | null; backup: number };
  records: number;
  changes: number;
  conflicts: number;
  printLog: number;
}

export function restoreImpact(restored: Pick<RestoredBackup, 'manifest' | 'counts'>, current: ThisInstallation | null): RestoreImpact {
  const { manifest, counts } = restored;
  const count = (kind: string) => counts[kind] ?? 0;
  const backup = { installationId: manifest.source.installationId, fingerprint: keyFingerprint(manifest.signerPublicKey) };
  const own = current && { installationId: current.installationId, fingerprint: keyFingerprint(current.signingPublicKey) };
  // Both must match: the id names the installation, the key is what actually signs as it.
  const origin =
    current === null
      ? 'unknown'
      : current.installationId === manifest.source.installationId && current.signingPublicKey === manifest.signerPublicKey
        ? 'this'
        : 'other';
  return {
    origin,
    identity: count('installation') === 0 ? 'new' : origin === 'this' ? 'kept' : origin === 'other' ? 'backup' : 'unchecked',
    backup,
    own,
    directory: { current: current?.departments ?? null, backup: count('departments') },
    records: RECORD_KINDS.reduce((sum, kind) => sum + count(kind), 0),
    changes: count('changes'),
    conflicts: count('conflicts'),
    printLog: count('printLog'),
  };
}
