import type { RecordKind } from '../record-kinds';
import { can, ForbiddenError, type Permission } from './permissions';
import type { Actor } from './types';

/** What the write path does to a record (data/records.ts). */
export type RecordWriteOp = 'create' | 'update' | 'delete' | 'restore';

/** For one record kind: the permissions (any of them) that may create or update it, and that may delete or restore it. */
export interface RecordWriteRule {
  write: readonly Permission[];
  delete: readonly Permission[];
}

const ARCHIVE_DELETE: readonly Permission[] = ['archive.delete'];
const archive = (write: readonly Permission[]): RecordWriteRule => ({ write, delete: ARCHIVE_DELETE });
/** Kinds nobody deletes by hand: whoever may write one may also tombstone or restore it (merge, conflicts). */
const same = (write: readonly Permission[]): RecordWriteRule => ({ write, delete: write });

/**
 * Who may write each kind of record (issue 15.4), checked by the one write path (data/records.ts)
 * before it reads or writes anything, so no screen or repository can forget it. A write is allowed
 * when the actor holds ANY of the listed permissions. Several kinds are written as the side effect
 * of another role's action, which is why they list more than their own permission.
 */
export const RECORD_PERMISSIONS: Record<RecordKind, RecordWriteRule> = {
  /**
   * The department profile is the security administrator's; the complaint settings (number code,
   * deadlines) live on it and are the department head's. Its very first create is allowed to anyone
   * (`requireRecordWrite`'s `firstProfile`): first-run setup writes it before any account exists,
   * as a setup actor that holds no role.
   */
  profile: same(['profile.edit', 'complaint.settings']),
  managers: same(['managers.manage']),
  // An approved grading writes the customer's grade and the day it was given.
  customers: archive(['archive.write', 'grading.approve']),
  contacts: archive(['archive.write']),
  // 记录回访: a complaint handler's follow-up visit is an interaction.
  interactions: archive(['archive.write', 'satisfaction.record']),
  requirements: archive(['archive.write']),
  benefits: archive(['archive.write']),
  settlements: archive(['archive.write']),
  // The department head hands over; the successor (an account manager) acknowledges.
  handovers: same(['archive.handover', 'archive.write']),
  complaints: { write: ['complaint.intake', 'complaint.handle'], delete: ['complaint.handle'] },
  gradingConfigs: same(['rules.approve']),
  assessments: same(['grading.draft']),
  // Drafting writes runs and gradings; approving closes them (status, superseded entries).
  gradeRuns: same(['grading.draft', 'grading.approve']),
  gradings: same(['grading.draft', 'grading.approve']),
  // Planned by an approval, closed by the interaction or visit that does them.
  followUps: same(['grading.approve', 'archive.write', 'satisfaction.record']),
  // A questionnaire version is saved with its first survey, or as the department head's rule.
  questionnaires: same(['satisfaction.record', 'rules.approve']),
  surveys: same(['satisfaction.record']),
  // Whoever may change a record may attach files to it; the repository also checks the owning
  // record's own kind (data/attachments: a complaint handler attaches to complaints only).
  attachments: { write: ['archive.write', 'complaint.intake', 'complaint.handle'], delete: ['archive.delete', 'complaint.handle'] },
};

const permissionsFor = (kind: RecordKind, op: RecordWriteOp) => RECORD_PERMISSIONS[kind][op === 'create' || op === 'update' ? 'write' : 'delete'];

/** The permission a refusal of `op` on `kind` names (the kind's first). */
export function recordWritePermission(kind: RecordKind, op: RecordWriteOp): Permission {
  return permissionsFor(kind, op)[0]!;
}

/** Whether `actor` may `op` a record of `kind`. */
export function canWriteRecord(actor: Pick<Actor, 'roles'>, kind: RecordKind, op: RecordWriteOp): boolean {
  return permissionsFor(kind, op).some((permission) => can(actor, permission));
}

/**
 * Throws ForbiddenError (naming the kind's first permission) when `actor` may not `op` a record of
 * `kind`; nothing has been written. `firstProfile`: no profile exists yet (first-run setup, see above).
 */
export function requireRecordWrite(actor: Pick<Actor, 'roles'>, kind: RecordKind, op: RecordWriteOp, firstProfile = false): void {
  if (kind === 'profile' && op === 'create' && firstProfile) return;
  if (!canWriteRecord(actor, kind, op)) throw new ForbiddenError(recordWritePermission(kind, op));
}
