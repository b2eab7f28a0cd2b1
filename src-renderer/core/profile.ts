import { z } from 'zod';
import { classificationMarkSchema, type ClassificationMark } from './classification';
import type { ComplaintSettings as ProfileComplaintSettings } from './complaints/intake';
import type { Envelope } from './envelope';
import { requiredText, TEXT_LIMITS } from './validation';

/** The department profile made at first run and edited in settings. */
export const profileFieldsSchema = z.object({
  organisation: requiredText(TEXT_LIMITS.name),
  department: requiredText(TEXT_LIMITS.name),
  /**
   * The one operator's name before accounts (issue 15). Kept on profiles that have it (their first business
   * user was named from it); new profiles do not ask it: every write names the signed-in user.
   */
  operatorName: requiredText(TEXT_LIMITS.short).optional(),
  defaultMark: classificationMarkSchema,
});

export type ProfileFields = z.infer<typeof profileFieldsSchema>;
export interface Profile extends ProfileFields, Envelope {
  /** Complaint numbering and deadlines (core/complaints ComplaintSettings); absent: the defaults. */
  complaintSettings?: ProfileComplaintSettings;
}

export const DEFAULT_PROFILE_MARK: ClassificationMark = { level: 'internal', periodYears: null };
