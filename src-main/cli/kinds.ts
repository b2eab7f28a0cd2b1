import { ArchiveError, type ArchiveManifest, type ReadOptions } from '../../src-renderer/core/archive-file';
import { AUDIT_ARCHIVE_KINDS, AUDIT_SCOPE } from '../../src-renderer/core/audit/archive';
import { BACKUP_KINDS } from '../../src-renderer/core/backup';
import { attachmentBlobRef } from '../../src-renderer/core/exchange/attachment-bytes';
import { kindsForScope } from '../../src-renderer/core/exchange/checks';
import { LINEAGE_KIND } from '../../src-renderer/core/exchange/kinds';
import { recordKey } from '../../src-renderer/core/record-identity';
import { SCHEMA_VERSION } from './schema-version';

/**
 * Which kinds a file may hold, and how records are checked: the app's own check list
 * (core/exchange/checks.ts) — backup: BACKUP_KINDS; exchange: the exchanged kinds and lineage lines,
 * as the app's import takes them (an exchange file must never carry an installation's keys, a
 * profile or another department's change log).
 */
export { ClassificationCheck, kindsForScope } from '../../src-renderer/core/exchange/checks';

/** Identity of a record for the duplicate check: the app's own rule (core/record-identity.ts). */
export { recordKey };

/**
 * The reader accepts every kind any scope allows; `checkScope` narrows that as soon as the manifest
 * is read, before any record is. Records are checked by read.ts with the app's check list.
 */
export const READ_OPTIONS: ReadOptions = {
  knownKinds: [...BACKUP_KINDS, LINEAGE_KIND],
  supportedSchemaVersion: SCHEMA_VERSION,
  recordKey,
  // Attachment records name their bytes: the file must carry them whole, and nothing else.
  blobRef: attachmentBlobRef,
};

/** Kinds a file of `scope` may hold: the app's list, and the audit export's own (core/audit/archive.ts). */
function allowedKinds(scope: string): readonly string[] {
  return scope === AUDIT_SCOPE ? AUDIT_ARCHIVE_KINDS : kindsForScope(scope);
}

export function checkScope(manifest: ArchiveManifest): void {
  const allowed = allowedKinds(manifest.scope.type);
  const stray = Object.keys(manifest.counts).find((kind) => !allowed.includes(kind));
  if (stray !== undefined) throw new ArchiveError('unknown-kind', `a ${manifest.scope.type} file cannot hold ${stray} records`, { line: 1 });
}
