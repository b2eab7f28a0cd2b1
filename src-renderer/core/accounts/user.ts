import { z } from 'zod';
import { collapseSpaces, idSchema, nullableIdSchema } from '../customers/fields';
import { CONTROL_CHARS } from '../validation';
import { SCRYPT_BOUNDS } from './password';
import { checkManagerLink, checkRoles, isAwaitingRoles, normaliseRoles } from './roles';
import { DATA_SCOPES, ROLES, type UserRecord } from './types';

export const USERNAME_PATTERN = /^[a-z0-9._-]{2,32}$/;
export const DISPLAY_NAME_MAX = 50;
/** Enough for any history an administrator could ask for (the policy allows 24). */
const HISTORY_MAX = 24;
/** Counters are small in practice; the bound only keeps a crafted backup's numbers sane. */
const COUNTER_MAX = 1_000_000;

/** The sign-in name as stored and looked up: trimmed, NFKC (full-width ａ → a), lower-case. */
export const normaliseUsername = (typed: string) => typed.trim().normalize('NFKC').toLowerCase();

export const usernameSchema = z
  .string({ error: 'validation.required' })
  .overwrite(normaliseUsername)
  .min(1, 'validation.required')
  .regex(USERNAME_PATTERN, 'accounts.usernameInvalid');

/** The name people read (张三): one line, trimmed, spaces collapsed, no control characters. */
export const displayNameSchema = z
  .string({ error: 'validation.required' })
  .refine((s) => !CONTROL_CHARS.test(s), 'validation.controlChars')
  .refine((s) => !/[\t\n\v\f\r\u0085\u2028\u2029]/.test(s.trim()), 'validation.oneLine')
  .overwrite(collapseSpaces)
  .min(1, 'validation.required')
  .max(DISPLAY_NAME_MAX, 'validation.tooLong');

/** A role set: known roles, stored each once in the order of ROLES. */
export const rolesSchema = z
  .array(z.enum(ROLES, { error: 'validation.choice' }), { error: 'validation.invalid_type' })
  .max(ROLES.length, 'validation.tooMany')
  .transform(normaliseRoles);

export const scopeSchema = z.enum(DATA_SCOPES, { error: 'validation.choice' }).nullable();

type RoleFields = { roles: UserRecord['roles']; scope: UserRecord['scope']; managerId: string | null };

/** 三员分立 and the manager link on a parsed account; a set with no roles and no scope is an account awaiting roles. */
function refineRoles(account: RoleFields, ctx: z.RefinementCtx): void {
  const refusal = isAwaitingRoles(account) ? null : checkRoles(account.roles, account.scope);
  if (refusal) ctx.addIssue({ code: 'custom', message: refusal, path: ['roles'] });
  const link = checkManagerLink(account.roles, account.scope, account.managerId);
  if (link) ctx.addIssue({ code: 'custom', message: link, path: ['managerId'] });
}

/** A new account as typed (first-run setup, the system administrator's form): names, roles, scope, linked manager. */
export const newAccountSchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    roles: rolesSchema,
    scope: scopeSchema,
    managerId: nullableIdSchema,
  })
  .superRefine(refineRoles);

export type NewAccount = z.output<typeof newAccountSchema>;

const hexOf = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), 'validation.invalid_value');
const intIn = ([min, max]: readonly [number, number]) => z.number().int().min(min).max(max);

export const passwordHashSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  logN: intIn(SCRYPT_BOUNDS.logN),
  r: intIn(SCRYPT_BOUNDS.r),
  p: intIn(SCRYPT_BOUNDS.p),
  salt: hexOf(16),
  hash: hexOf(32),
});

/** An ISO instant as the repository writes it (`Date.toISOString`). */
const isoDateTimeSchema = z.iso.datetime({ error: 'validation.instant' });
const counter = z.number().int().min(0).max(COUNTER_MAX);

/**
 * A whole stored account (backups and restore read users with it): strict, every field bounded,
 * the same role rules as a new account. The username must already be in its stored form.
 */
export const storedUserSchema = z
  .strictObject({
    id: idSchema,
    username: z.string().regex(USERNAME_PATTERN, 'accounts.usernameInvalid'),
    displayName: z
      .string()
      .min(1)
      .max(DISPLAY_NAME_MAX)
      .refine((s) => s === collapseSpaces(s) && !CONTROL_CHARS.test(s), 'validation.invalid_value'),
    roles: z
      .array(z.enum(ROLES))
      .max(ROLES.length)
      .refine((roles) => JSON.stringify(roles) === JSON.stringify(normaliseRoles(roles)), 'validation.invalid_value'),
    scope: scopeSchema,
    managerId: idSchema.nullable(),
    disabled: z.boolean(),
    password: passwordHashSchema,
    passwordChangedAt: isoDateTimeSchema,
    mustChangePassword: z.boolean(),
    previousPasswords: z.array(passwordHashSchema).max(HISTORY_MAX),
    failedAttempts: counter,
    lockedUntil: isoDateTimeSchema.nullable(),
    lastSignInAt: isoDateTimeSchema.nullable(),
    failedSinceLastSignIn: counter,
    createdAt: isoDateTimeSchema,
    createdBy: idSchema.nullable(),
    updatedAt: isoDateTimeSchema,
  })
  .superRefine(refineRoles);

// The schema's output is exactly the stored record: a field added to one and not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const storedSchemaMatchesRecord: Same<z.output<typeof storedUserSchema>, UserRecord> = true;
void storedSchemaMatchesRecord;
