import { INTAKE_AUDIT_ACTIONS } from '../../core/audit/intake-actions';
import type { AuditDetails } from '../../core/audit/types';
import { auditAction } from '../audit/record';
import type { AirgapDb } from '../db';
import type { WriteContext } from '../write-context';
import type { ConflictRow } from '../rows/exchange';
import type { IncomingFile, OutcomeCounts } from './preview';

/**
 * The audit entries of the exchange's intake (issue 15.5), appended by `applyImport` and
 * `resolveConflict` inside their own transactions (their scopes include `db.audit`).
 */

/**
 * An applied import: who sent it (the directory's name for the signing key, never the manifest's
 * claim, and the key's fingerprint), which file (the sender's number for it, who made it and when)
 * and what it did, with the 份号 the sender registered it under. The object's id is the sender's fingerprint with the file's number, which the
 * sender's own export register names too.
 */
export function auditImport(db: AirgapDb, ctx: WriteContext, file: IncomingFile, total: OutcomeCounts): Promise<unknown> {
  // Format 2 numbers the sender's files, format 3 also carries the file's 份号 (issue 15.6); format 1 neither.
  const { manifest } = file;
  const sequence = manifest.formatVersion === 1 ? null : (manifest.sequence ?? null);
  const copyNumber = manifest.formatVersion >= 3 && 'copyNumber' in manifest ? (manifest.copyNumber ?? null) : null;
  const details: AuditDetails = {
    sender: file.signer.name,
    fingerprint: file.signerFingerprint,
    sequence,
    // The same detail name (份号) as the sender's own output entries.
    number: copyNumber,
    exporter: file.manifest.exporter,
    fileCreatedAt: file.manifest.createdAt,
    mark: file.highestClassification,
    records: file.records,
    added: total.new,
    updated: total.updated,
    unchanged: total.unchanged,
    older: total.older,
    conflicts: total.conflict,
  };
  const id = sequence === null ? file.signerFingerprint : `${file.signerFingerprint}/${sequence}`;
  return auditAction(db, ctx, INTAKE_AUDIT_ACTIONS.importFile, { kind: 'exchange-file', id, label: file.signer.name }, details);
}

/**
 * A decided conflict: the record (its kind and name), the department whose version competed, and
 * which version the record holds now — this department's (`keptLocal`) or the sender's. A choice made
 * field by field also says how many fields came from the losing version (`fieldsFromLoser`): with both
 * sides chosen, the record holds a mix, which `keptLocal` alone would not tell.
 */
export function auditConflict(db: AirgapDb, ctx: WriteContext, row: ConflictRow, label: string): Promise<unknown> {
  const tookLoser = row.status === 'took-loser';
  // The loser was this department's version when `loserSide` is 'local'.
  const keptLocal = tookLoser === (row.loserSide === 'local');
  return auditAction(
    db,
    ctx,
    INTAKE_AUDIT_ACTIONS.conflictResolve,
    { kind: row.kind, id: row.recordId, label },
    {
      kind: row.kind,
      sender: row.sourceDepartment,
      fingerprint: row.signer?.fingerprint ?? null,
      keptLocal,
      tookLoser,
      ...(row.fields ? { fieldsFromLoser: Object.values(row.fields).filter((side) => side === 'loser').length } : {}),
    },
  );
}
