import { ArchiveError, type ArchiveManifest, type ReadOptions, type ScopeType } from '../../src-renderer/core/archive-file';
import { BACKUP_KINDS, validateBackupRecord } from '../../src-renderer/core/backup';
import { CLASSIFICATION_LEVELS, compareLevels, type ClassificationLevel } from '../../src-renderer/core/classification';
import { recordKey } from '../../src-renderer/core/record-identity';
import { RECORD_KINDS } from '../../src-renderer/core/record-kinds';
import { SCHEMA_VERSION } from './schema-version';

/**
 * Which kinds a file may hold, and how records are checked — the same rules as the app's restore
 * (backup: BACKUP_KINDS, core/backup.ts) and import (exchange: the enveloped RECORD_KINDS; an
 * exchange file must never carry an installation's keys or another department's change log).
 */
export function kindsForScope(scope: ScopeType): readonly string[] {
  return scope === 'backup' ? BACKUP_KINDS : RECORD_KINDS;
}

/** Identity of a record for the duplicate check: the app's own rule (core/record-identity.ts). */
export { recordKey };

/**
 * The reader accepts every kind any scope allows (BACKUP_KINDS ⊇ RECORD_KINDS); `checkScope`
 * narrows that as soon as the manifest is read, before any record is.
 */
export const READ_OPTIONS: ReadOptions = {
  knownKinds: BACKUP_KINDS,
  supportedSchemaVersion: SCHEMA_VERSION,
  validate: validateBackupRecord,
  recordKey,
};

export function checkScope(manifest: ArchiveManifest): void {
  const allowed = kindsForScope(manifest.scope.type);
  const stray = Object.keys(manifest.counts).find((kind) => !allowed.includes(kind));
  if (stray !== undefined) throw new ArchiveError('unknown-kind', `a ${manifest.scope.type} file cannot hold ${stray} records`, { line: 1 });
}

/**
 * Tracks the highest classification among the records: a manifest that declares less than its
 * records hold would make the gateway handle secret data as internal.
 */
export class ClassificationCheck {
  highest: ClassificationLevel | null = null;
  private unknown: string | null = null;

  add(record: Record<string, unknown>): void {
    const level = record.classification;
    if (level === undefined || level === null) return;
    if (!CLASSIFICATION_LEVELS.includes(level as ClassificationLevel)) {
      this.unknown ??= String(level);
    } else if (this.highest === null || compareLevels(level as ClassificationLevel, this.highest) > 0) {
      this.highest = level as ClassificationLevel;
    }
  }

  /** Null when `declared` covers every record, else the problem. */
  problem(declared: ClassificationLevel | null): string | null {
    if (this.unknown !== null) return `a record has an unknown classification "${this.unknown.slice(0, 40)}" (记录的密级无效)`;
    if (this.highest === null) return null;
    if (declared !== null && compareLevels(declared, this.highest) >= 0) return null;
    return `records are classified ${this.highest}, above the declared highest classification ${declared ?? 'none'} (记录密级高于清单标注的最高密级)`;
  }
}
