import { z } from 'zod';
import { classificationMarkSchema, type ClassificationMark } from './classification';
import type { ComplaintSettings as ProfileComplaintSettings } from './complaints/intake';
import type { Envelope } from './envelope';
import { CONTROL_CHARS, TEXT_LIMITS } from './validation';

/** A required line of text, trimmed; messages are i18n keys (see validation.ts). */
export function requiredText(max: number) {
  return z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine((s) => !CONTROL_CHARS.test(s), 'validation.controlChars');
}

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
