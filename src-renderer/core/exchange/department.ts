import { z } from 'zod';
import { isUuid } from '../ids';
import { FINGERPRINT_PATTERN, fingerprintMatchesKey, keyFingerprint, LEGACY_FINGERPRINT_PATTERN } from '../keys';
import { hasNoControlChars, plainText } from '../validation';
import { AGE_RECIPIENT_PATTERN, SIGNING_KEY_PATTERN } from './card';

/**
 * A department in this installation's directory (部门通讯录): whom files can be encrypted to and
 * whose signatures are trusted. A local decision, never exported: each installation keeps its own
 * list. Removal is soft and every change is kept in `history`.
 */
export interface DepartmentEvent {
  at: string;
  by: string;
  action: 'added' | 'updated' | 'removed' | 'restored';
  /** The fields that changed, e.g. a new key from a re-issued card. */
  fields: string[];
}

export interface Department {
  id: string;
  installationId: string;
  organisation: string;
  name: string;
  ageRecipient: string;
  signingPublicKey: string;
  fingerprint: string;
  note: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  history: DepartmentEvent[];
}

/** What the user may edit by hand (the keys only come from a verified card). */
export const departmentEditSchema = z
  .object({
    name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong').refine(hasNoControlChars, 'validation.controlChars'),
    organisation: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong').refine(hasNoControlChars, 'validation.controlChars'),
    note: z.string().trim().max(500, 'validation.tooLong').refine(hasNoControlChars, 'validation.controlChars'),
  })
  .strict();
export type DepartmentEdit = z.infer<typeof departmentEditSchema>;

export const departmentSchema = departmentEditSchema
  .extend({
    id: z.string().refine(isUuid),
    installationId: z.string().refine(isUuid),
    ageRecipient: z.string().regex(AGE_RECIPIENT_PATTERN),
    signingPublicKey: z.string().regex(SIGNING_KEY_PATTERN),
    fingerprint: z.string().refine((v) => FINGERPRINT_PATTERN.test(v) || LEGACY_FINGERPRINT_PATTERN.test(v)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    deletedAt: z.iso.datetime().nullable(),
    history: z.array(
      z
        .object({
          at: z.iso.datetime(),
          by: plainText(100),
          action: z.enum(['added', 'updated', 'removed', 'restored']),
          fields: z.array(z.string().max(50)),
        })
        .strict(),
    ),
  })
  // A stored fingerprint must be its key's: a row whose fingerprint names another key would show
  // the user a lie to read over the phone. Backups of schema 4 and earlier hold the 64-bit form
  // (core/keys.ts legacyKeyFingerprint): accepted when it is the key's, and what is kept is always
  // the current form, recomputed from the key (`overwrite` keeps the schema an object, so
  // core/backup.ts can still make it strict).
  .refine((d) => fingerprintMatchesKey(d.fingerprint, d.signingPublicKey), { path: ['fingerprint'], message: 'the fingerprint is not the signing key’s' })
  .overwrite((d) => ({ ...d, fingerprint: keyFingerprint(d.signingPublicKey) }));
