import { profileFieldsSchema, type Profile, type ProfileFields } from '../core/profile';
import { fieldErrorsOf, ValidationError } from '../core/validation';
import type { AirgapDb } from './db';
import { createRecord, historyOf, updateRecord, writeScope } from './records';
import type { WriteContext } from './write-context';
import { auditAction } from './audit/record';
import { ARCHIVE_AUDIT_ACTIONS } from '../core/audit/archive-actions';

/** The department profile: one live record, made by first-run setup, edited in settings. */
export async function getProfile(db: AirgapDb): Promise<Profile | undefined> {
  const all = await db.profile.toArray();
  return all.find((p) => p.deletedAt === null);
}

export function parseProfile(input: unknown): ProfileFields {
  const parsed = profileFieldsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** First-run setup and later edits both end here; invalid input throws ValidationError, writing nothing. */
export async function saveProfile(db: AirgapDb, input: unknown, ctx: WriteContext): Promise<Profile> {
  const fields = parseProfile(input);
  return db.transaction('rw', writeScope(db, ['profile']), async () => {
    const current = await getProfile(db);
    const saved = current ? await updateRecord<Profile>(db, 'profile', current.id, fields, ctx) : await createRecord<Profile>(db, 'profile', fields, ctx);
    // A save that changes nothing writes nothing, in the audit log too.
    if (!current || saved.rev !== current.rev) {
      await auditAction(
        db,
        ctx,
        ARCHIVE_AUDIT_ACTIONS.profileChange,
        { kind: 'profile', id: saved.id, label: saved.department },
        {
          organisation: saved.organisation,
          department: saved.department,
          defaultMark: saved.defaultMark.level,
        },
      );
    }
    return saved;
  });
}

export async function profileHistory(db: AirgapDb, profileId: string) {
  return historyOf(db, 'profile', profileId);
}
