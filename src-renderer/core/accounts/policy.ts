import { z } from 'zod';
import { CONTROL_CHARS } from '../validation';
import type { UserRecord } from './types';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Longer than this is refused whatever the policy: scrypt takes any length, a form should not. */
export const PASSWORD_MAX_LENGTH = 128;

/** Bounds of every policy value: outside them a policy is refused, never clamped. */
export const POLICY_BOUNDS = {
  minLength: [8, 64],
  minClasses: [1, 4],
  maxAgeDays: [1, 365],
  historyCount: [0, 24],
  lockoutThreshold: [3, 10],
  lockoutMinutes: [5, 1440],
  idleLockMinutes: [1, 60],
} as const;

const bounded = ([min, max]: readonly [number, number]) =>
  z.number({ error: 'validation.invalid_type' }).int('validation.invalid_type').min(min, 'accounts.policyOutOfRange').max(max, 'accounts.policyOutOfRange');

const policyValuesSchema = z.strictObject({
  password: z.strictObject({
    minLength: bounded(POLICY_BOUNDS.minLength),
    /** Of the four classes lower, upper, digit, symbol (see `characterClasses`). */
    minClasses: bounded(POLICY_BOUNDS.minClasses),
    maxAgeDays: bounded(POLICY_BOUNDS.maxAgeDays),
    /** No reuse of the last N passwords (the current one is never allowed again, even at 0). */
    historyCount: bounded(POLICY_BOUNDS.historyCount),
  }),
  lockout: z.strictObject({
    threshold: bounded(POLICY_BOUNDS.lockoutThreshold),
    minutes: bounded(POLICY_BOUNDS.lockoutMinutes),
  }),
  idleLockMinutes: bounded(POLICY_BOUNDS.idleLockMinutes),
});

export const POLICY_PRESETS = ['secret', 'basic', 'custom'] as const;
export type PolicyPreset = (typeof POLICY_PRESETS)[number];
type PolicyValues = z.infer<typeof policyValuesSchema>;

/** 秘密级常用 and 基本: the values a named preset stands for. */
export const PRESET_VALUES: Record<Exclude<PolicyPreset, 'custom'>, PolicyValues> = {
  secret: {
    password: { minLength: 10, minClasses: 3, maxAgeDays: 7, historyCount: 5 },
    lockout: { threshold: 5, minutes: 30 },
    idleLockMinutes: 10,
  },
  basic: {
    password: { minLength: 8, minClasses: 2, maxAgeDays: 90, historyCount: 5 },
    lockout: { threshold: 5, minutes: 30 },
    idleLockMinutes: 10,
  },
};

const sameValues = (a: PolicyValues, b: PolicyValues) => JSON.stringify(policyValuesSchema.parse(a)) === JSON.stringify(policyValuesSchema.parse(b));

/**
 * The security policy (安全策略), set by the security administrator. `preset` names where the values
 * came from; a policy called 'secret' or 'basic' must hold exactly that preset's values (anything
 * else is 'custom'), so the name an auditor reads never hides a weaker setting.
 */
export const securityPolicySchema = policyValuesSchema.extend({ preset: z.enum(POLICY_PRESETS, { error: 'validation.choice' }) }).superRefine((policy, ctx) => {
  if (policy.preset === 'custom') return;
  const { preset, ...values } = policy;
  if (!sameValues(values, PRESET_VALUES[preset])) ctx.addIssue({ code: 'custom', message: 'accounts.policyPresetMismatch', path: ['preset'] });
});

export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export function presetPolicy(preset: Exclude<PolicyPreset, 'custom'>): SecurityPolicy {
  return { ...structuredClone(PRESET_VALUES[preset]), preset };
}

export const DEFAULT_SECURITY_POLICY: SecurityPolicy = presetPolicy('secret');

/** One line for the audit log's before/after of a policy change. */
export function summarisePolicy(policy: SecurityPolicy): string {
  const { password: pw, lockout } = policy;
  return [
    `preset=${policy.preset}`,
    `minLength=${pw.minLength}`,
    `minClasses=${pw.minClasses}`,
    `maxAgeDays=${pw.maxAgeDays}`,
    `historyCount=${pw.historyCount}`,
    `lockout=${lockout.threshold}/${lockout.minutes}min`,
    `idleLock=${policy.idleLockMinutes}min`,
  ].join('; ');
}

export type CharacterClass = 'lower' | 'upper' | 'digit' | 'symbol';

/**
 * The character classes a password uses. The four classes are the keyboard's (a–z, A–Z, 0–9, the
 * rest); every other character — a Chinese character, a full-width or accented letter — counts as
 * 'symbol': it is not one of the 52 Latin letters a guesser tries first, and a password mixing
 * Chinese and Latin letters stays acceptable to a Chinese user.
 */
export function characterClasses(password: string): Set<CharacterClass> {
  const classes = new Set<CharacterClass>();
  for (const ch of password) {
    if (ch >= 'a' && ch <= 'z') classes.add('lower');
    else if (ch >= 'A' && ch <= 'Z') classes.add('upper');
    else if (ch >= '0' && ch <= '9') classes.add('digit');
    else classes.add('symbol');
  }
  return classes;
}

/** Control characters of typed text, and here also tab and line breaks: none belongs in a password. */
const PASSWORD_CONTROLS = new RegExp(`${CONTROL_CHARS.source}|[\\t\\n\\r\\u0085\\u2028\\u2029]`);
/** For comparing a password with a name: case and width folded. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * Why `password` is refused under `policy` (i18n keys, empty when it is accepted). Lengths count
 * characters (code points) of the NFC form, as it is hashed. The account's names are not allowed
 * inside it: a password that contains the username (or a display name of two characters or more)
 * is the first thing a guesser tries.
 */
export function checkPassword(password: string, policy: SecurityPolicy, names: { username: string; displayName: string }): string[] {
  const refusals: string[] = [];
  const characters = [...password.normalize('NFC')];
  if (characters.length < policy.password.minLength) refusals.push('accounts.passwordTooShort');
  if (characters.length > PASSWORD_MAX_LENGTH) refusals.push('accounts.passwordTooLong');
  if (characterClasses(password).size < policy.password.minClasses) refusals.push('accounts.passwordFewClasses');
  const folded = fold(password);
  const username = fold(names.username.trim());
  const displayName = fold(names.displayName.trim());
  if (username !== '' && folded.includes(username)) refusals.push('accounts.passwordHasUsername');
  else if ([...displayName].length >= 2 && folded.includes(displayName)) refusals.push('accounts.passwordHasName');
  if (password !== password.trim()) refusals.push('accounts.passwordBlankEnds');
  if (PASSWORD_CONTROLS.test(password)) refusals.push('accounts.passwordControlChars');
  return refusals;
}

/** Whether the password is older than the policy allows (a reset's temporary password too). */
export function passwordExpired(user: Pick<UserRecord, 'passwordChangedAt'>, policy: SecurityPolicy, now: Date): boolean {
  return now.getTime() - Date.parse(user.passwordChangedAt) >= policy.password.maxAgeDays * DAY_MS;
}

export function isLocked(user: Pick<UserRecord, 'lockedUntil'>, now: Date): boolean {
  return user.lockedUntil !== null && now.getTime() < Date.parse(user.lockedUntil);
}

export interface FailureCounters {
  failedAttempts: number;
  failedSinceLastSignIn: number;
  lockedUntil: string | null;
}

/**
 * The counters after one more failed sign-in (or unlock). A lock that has run out starts a new
 * count, so after the lockout the user has the threshold's attempts again; reaching the threshold
 * locks the account for the policy's minutes (`locked` says the lock began with this failure).
 */
export function afterFailure(
  user: Pick<UserRecord, 'failedAttempts' | 'failedSinceLastSignIn' | 'lockedUntil'>,
  policy: SecurityPolicy,
  now: Date,
): FailureCounters & { locked: boolean } {
  const lockRanOut = user.lockedUntil !== null && !isLocked(user, now);
  const failedAttempts = (lockRanOut ? 0 : user.failedAttempts) + 1;
  const locked = failedAttempts >= policy.lockout.threshold;
  return {
    failedAttempts,
    failedSinceLastSignIn: user.failedSinceLastSignIn + 1,
    lockedUntil: locked ? new Date(now.getTime() + policy.lockout.minutes * MINUTE_MS).toISOString() : lockRanOut ? null : user.lockedUntil,
    locked,
  };
}

/** The counters after a successful sign-in: everything cleared (the count was shown to the user). */
export function afterSignIn(now: Date): FailureCounters & { lastSignInAt: string } {
  return { failedAttempts: 0, failedSinceLastSignIn: 0, lockedUntil: null, lastSignInAt: now.toISOString() };
}
