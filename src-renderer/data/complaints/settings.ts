import { complaintSettingsSchema, DEFAULT_COMPLAINT_SETTINGS, type ComplaintSettings } from '../../core/complaints';
import type { ChangeEntry } from '../../core/change-log';
import type { Profile } from '../../core/profile';
import type { AirgapDb } from '../db';
import { getProfile } from '../profile-repo';
import { historyOf, updateRecord, writeScope } from '../records';
import type { WriteContext } from '../write-context';
import { parseInput, refuse } from '../repository/common';
import { auditAction } from '../audit/record';
import { ARCHIVE_AUDIT_ACTIONS } from '../../core/audit/archive-actions';

/**
 * The complaint settings (department code of the numbers, deadline days, holidays and 调休) are a
 * field of the department profile: they are the department's own (the profile never travels in
 * exchange files, so another department's rules never arrive here), a backup keeps them, and each
 * save is an update with its before/after in the change log — the history the settings screen lists.
 */
export async function complaintSettings(db: AirgapDb): Promise<ComplaintSettings> {
  return (await getProfile(db))?.complaintSettings ?? DEFAULT_COMPLAINT_SETTINGS;
}

/** Validates (i18n keys, nothing written on refusal) and saves the whole settings as one change. */
export async function saveComplaintSettings(db: AirgapDb, input: unknown, ctx: WriteContext): Promise<ComplaintSettings> {
  const settings = parseInput(complaintSettingsSchema, input) as ComplaintSettings;
  return db.transaction('rw', writeScope(db, ['profile']), async () => {
    const profile = await getProfile(db);
    if (!profile) refuse('_', 'validation.complaints.noProfile');
    const saved = await updateRecord<Profile>(db, 'profile', profile.id, { complaintSettings: settings }, ctx);
    if (saved.rev !== profile.rev)
      await auditAction(
        db,
        ctx,
        ARCHIVE_AUDIT_ACTIONS.complaintSettings,
        { kind: 'profile', id: saved.id, label: saved.department },
        { departmentCode: settings.departmentCode },
      );
    return saved.complaintSettings ?? settings;
  });
}

export interface SettingsChange {
  by: string;
  at: string;
  before: ComplaintSettings;
  after: ComplaintSettings;
}

/** Every save of the settings, newest first: who, when, and the settings before and after. */
export async function complaintSettingsHistory(db: AirgapDb): Promise<SettingsChange[]> {
  const profile = await getProfile(db);
  if (!profile) return [];
  const entries: ChangeEntry[] = await historyOf(db, 'profile', profile.id);
  const changes: SettingsChange[] = [];
  for (const e of entries) {
    const field = e.fields.find((f) => f.field === 'complaintSettings');
    if (!field) continue;
    changes.push({
      by: e.by,
      at: e.at,
      before: (field.before as ComplaintSettings | undefined) ?? DEFAULT_COMPLAINT_SETTINGS,
      after: field.after as ComplaintSettings,
    });
  }
  return changes.reverse();
}
