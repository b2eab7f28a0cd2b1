import { CLASSIFICATION_LEVELS, compareLevels, type ClassificationLevel } from '../classification';

/**
 * The highest classification among a file's records, against what its manifest declares: a file
 * marked 内部 that holds 机密 records would be handled (stored, printed, passed on) as 内部. The
 * same rule as the CLI's check (src-main/cli/kinds.ts), pure so that both can share it. Records that
 * carry no classification (every kind but customers) are ignored; the record schemas have already
 * refused an unknown level on import, and the CLI reports one itself.
 */
export class ClassificationTally {
  highest: ClassificationLevel | null = null;

  add(record: Record<string, unknown>): void {
    const level = record.classification;
    if (!CLASSIFICATION_LEVELS.includes(level as ClassificationLevel)) return;
    if (this.highest === null || compareLevels(level as ClassificationLevel, this.highest) > 0) this.highest = level as ClassificationLevel;
  }

  /** The highest level found when it is above `declared` (null: the manifest declares none), else null. */
  above(declared: ClassificationLevel | null): ClassificationLevel | null {
    return classificationAbove(declared, this.highest);
  }
}

/** `found` when it is above `declared` (a null declaration covers nothing), else null. */
export function classificationAbove(declared: ClassificationLevel | null, found: ClassificationLevel | null): ClassificationLevel | null {
  if (found === null) return null;
  return declared !== null && compareLevels(declared, found) >= 0 ? null : found;
}
