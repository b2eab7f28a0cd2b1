import { z } from 'zod';
import { classificationMarkSchema, type ClassificationMark } from './classification';
import type { ComplaintSettings as ProfileComplaintSettings } from './complaints/intake';
import type { Envelope } from './envelope';
import { requiredText, TEXT_LIMITS } from './validation';

/** The department profile made at first run and edited in settings. */
export const profileFieldsSchema = z.object({
  organisation: requiredText(TEXT_LIMITS.name),
  department: requiredText(TEXT_LIMITS.name),
  operatorName: requiredText(TEXT_LIMITS.short),
  defaultMark: classificationMarkSchema,
});

export type ProfileFields = z.infer<typeof profileFieldsSchema>;
export interface Profile extends ProfileFields, Envelope {
  /** Complaint numbering and deadlines (core/complaints ComplaintSettings); absent: the defaults. */
  complaintSettings?: ProfileComplaintSettings;
}

export const DEFAULT_PROFILE_MARK: ClassificationMark = { level: 'internal', periodYears: null };
