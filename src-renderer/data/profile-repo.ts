import { profileFieldsSchema, type Profile, type ProfileFields } from '../core/profile';
import { fieldErrorsOf, ValidationError } from '../core/validation';
import type { AirgapDb } from './db';
import { createRecord, historyOf, updateRecord, writeScope } from './records';
import type { WriteContext } from './write-context';

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
    if (!current) return createRecord<Profile>(db, 'profile', fields, ctx);
    return updateRecord<Profile>(db, 'profile', current.id, fields, ctx);
  });
}

export async function profileHistory(db: AirgapDb, profileId: string) {
  return historyOf(db, 'profile', profileId);
}
