import { BACKUP_KINDS, checkBackupRecord, rawBoundsProblem, type RecordVerdict } from '../backup';
import { CLASSIFICATION_LEVELS, compareLevels, type ClassificationLevel } from '../classification';
import { decodeHlc, HLC_DEFAULT_MAX_DRIFT_MS, isHlc } from '../hlc';
import { EXCHANGE_KINDS, LINEAGE_KIND, lineageLineSchema } from './kinds';

/**
 * The ONE check list a file's records go through, whoever reads it (issue 14.9): the app's import
 * and restore (data/exchange/preview.ts, data/backup-file.ts) and the CLI's verify / inspect / unpack
 * (src-main/cli/read.ts). Pure: records in, verdicts and problems out — no storage, no language.
 *
 * - lengths and shapes: raw bounds before tidying, then the kind's schema (core/backup.ts), whose
 *   output is what may be stored;
 * - classification: no record above the manifest's declared highest mark;
 * - drift: no rev further in the future than the clock may move (exchange files only: a backup is
 *   this installation's own history).
 * References (a customer's records need the customer) need the receiving database; the app checks
 * them (preview.ts), the CLI cannot.
 */

/** Kinds a file of a scope may hold: a backup every stored kind; an exchange file the exchanged kinds and lineage lines. */
export function kindsForScope(scope: string): readonly string[] {
  return scope === 'backup' ? BACKUP_KINDS : [...EXCHANGE_KINDS, LINEAGE_KIND];
}

/** A record line's verdict: lineage lines against their schema, every other kind as core/backup.ts checks it. */
export function checkFileRecord(kind: string, record: unknown): RecordVerdict {
  if (kind !== LINEAGE_KIND) return checkBackupRecord(kind, record);
  const raw = rawBoundsProblem(record);
  if (raw !== null) return { ok: false, problem: raw };
  const result = lineageLineSchema.safeParse(record);
  if (result.success) return { ok: true, record: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: `${issue.path.join('.') || '(record)'}: ${issue.message}` };
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

/** The first record whose rev is further ahead than `now` + the clock's drift limit, as "kind id". */
export class DriftCheck {
  first: string | null = null;
  private readonly latest: number;

  constructor(now: number, maxDriftMs = HLC_DEFAULT_MAX_DRIFT_MS) {
    this.latest = now + maxDriftMs;
  }

  add(kind: string, record: Record<string, unknown>): void {
    if (this.first !== null || !isHlc(record.rev)) return;
    if (decodeHlc(record.rev).wallMs > this.latest) this.first = `${kind} ${String(record.id).slice(0, 40)}`;
  }
}

export type FileProblem = { code: 'classification'; detail: string } | { code: 'clock-drift'; detail: string };

/** Every whole-file check of the list above, fed record by record; `problems` once the file is read. */
export class FileChecks {
  readonly classification = new ClassificationCheck();
  private readonly drift: DriftCheck | null;

  constructor(scope: string, now: number) {
    this.drift = scope === 'backup' ? null : new DriftCheck(now);
  }

  /** The record's verdict (its stored form when valid); a valid one is also fed to the whole-file checks. */
  record(kind: string, record: unknown): RecordVerdict {
    const verdict = checkFileRecord(kind, record);
    if (verdict.ok && kind !== LINEAGE_KIND) {
      this.classification.add(verdict.record);
      this.drift?.add(kind, verdict.record);
    }
    return verdict;
  }

  problems(declared: ClassificationLevel | null): FileProblem[] {
    const out: FileProblem[] = [];
    const classification = this.classification.problem(declared);
    if (classification !== null) out.push({ code: 'classification', detail: classification });
    if (this.drift?.first) out.push({ code: 'clock-drift', detail: `${this.drift.first}: rev too far in the future (记录时间超前，导出方时钟有误)` });
    return out;
  }
}
