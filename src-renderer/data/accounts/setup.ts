import {
  accountFieldErrors,
  ACCOUNT_AUDIT_ACTIONS,
  AccountRefusedError,
  checkRoles,
  DEFAULT_PASSWORD_HASHER,
  DEFAULT_SECURITY_POLICY,
  newAccountSchema,
  newPasswordErrors,
  SETUP_ACTOR_NAME,
  summarisePolicy,
  type AdminRole,
  type DataScope,
  type NewAccount,
  type PasswordHash,
  type PasswordHasher,
  type Role,
  type UserRecord,
} from '../../core/accounts';
import { ValidationError, type FieldErrors } from '../../core/validation';
import { appendAudit } from '../audit/append';
import type { AirgapDb } from '../db';
import { accountEvent } from './audit-events';
import { SECURITY_POLICY_KEY } from './policy';
import { hasAccounts } from './reads';
import { checkManagerExists, newUserRecord } from './records';
import { parseProfile, saveProfile } from '../profile-repo';
import { writeScope } from '../records';
import type { WriteContext } from '../write-context';

/** One account as the setup form types it. */
export interface AccountInput {
  username: string;
  displayName: string;
  password: string;
  confirmation: string;
}

export interface BusinessUserInput extends AccountInput {
  roles: Role[];
  scope: DataScope | null;
  managerId: string | null;
}

export interface SetUpAccountsInput {
  systemAdmin: AccountInput;
  securityAdmin: AccountInput;
  auditAdmin: AccountInput;
  businessUsers: BusinessUserInput[];
}

/** More business accounts are added later by the system administrator. */
export const SETUP_MAX_BUSINESS_USERS = 50;

const ADMIN_FIELDS = [
  ['systemAdmin', 'system-admin'],
  ['securityAdmin', 'security-admin'],
  ['auditAdmin', 'audit-admin'],
] as const satisfies readonly (readonly [keyof SetUpAccountsInput, AdminRole])[];

interface Checked {
  prefix: string;
  account: NewAccount;
  password: string;
}

/** One account's input checked: its fields, its roles (never "awaiting"), its password under the default policy. */
function checkAccount(
  input: AccountInput | undefined,
  roles: { roles: Role[]; scope: DataScope | null; managerId: string | null },
  prefix: string,
  errors: FieldErrors,
): Checked | null {
  if (!input) {
    errors[prefix.slice(0, -1)] = 'validation.required';
    return null;
  }
  const parsed = newAccountSchema.safeParse({ username: input.username, displayName: input.displayName, ...roles });
  if (!parsed.success) {
    for (const [path, key] of Object.entries(accountFieldErrors(parsed.error))) errors[`${prefix}${path}`] ??= key;
    return null;
  }
  const refusal = checkRoles(parsed.data.roles, parsed.data.scope);
  if (refusal) {
    errors[`${prefix}roles`] = refusal;
    return null;
  }
  const passwordErrors = newPasswordErrors(input.password, input.confirmation, DEFAULT_SECURITY_POLICY, parsed.data, prefix);
  Object.assign(errors, passwordErrors);
  return Object.keys(passwordErrors).length > 0 ? null : { prefix, account: parsed.data, password: input.password };
}

/**
 * Every account of a setup checked, nothing written: the first run checks the accounts before it seals the
 * keys and saves the profile, so a refused account never leaves a profile without accounts behind.
 */
export function checkSetUpAccounts(input: SetUpAccountsInput): void {
  checkSetUpInput(input);
}

function checkSetUpInput(input: SetUpAccountsInput): Checked[] {
  const errors: FieldErrors = {};
  const checked: (Checked | null)[] = ADMIN_FIELDS.map(([field, role]) =>
    checkAccount(input[field] as AccountInput | undefined, { roles: [role], scope: null, managerId: null }, `${field}.`, errors),
  );
  const business = input.businessUsers ?? [];
  if (business.length === 0) errors.businessUsers = 'accounts.businessUserRequired';
  if (business.length > SETUP_MAX_BUSINESS_USERS) errors.businessUsers = 'validation.tooMany';
  business.slice(0, SETUP_MAX_BUSINESS_USERS).forEach((user, index) => {
    checked.push(checkAccount(user, { roles: user.roles, scope: user.scope, managerId: user.managerId }, `businessUsers.${index}.`, errors));
  });
  const seen = new Set<string>();
  for (const entry of checked) {
    if (!entry) continue;
    if (seen.has(entry.account.username)) errors[`${entry.prefix}username`] = 'accounts.usernameTaken';
    seen.add(entry.account.username);
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return checked as Checked[];
}

/**
 * The first run, and the first start after an upgrade to accounts: the three administrators (one
 * role each, 三员分立) and at least one business user, each with a password under the default
 * policy (秘密级常用), which is stored as the policy in force. Nobody is signed in: the audit entries
 * (one `account.create` per account, then the policy) name SETUP_ACTOR_NAME. Every password set
 * here was typed by the person doing the setup, so each account must choose its own at its first
 * sign-in. Refused (nothing written) when accounts exist already.
 */
export async function setUpAccounts(
  db: AirgapDb,
  input: SetUpAccountsInput,
  now: Date,
  hasher: PasswordHasher = DEFAULT_PASSWORD_HASHER,
): Promise<UserRecord[]> {
  const { checked, hashes } = await prepare(db, input, hasher);
  // An async scope function: Dexie carries its transaction across the awaits of an async scope only (with a plain
  // arrow returning writeAccounts' promise, appendAudit found no transaction after the first await).
  return db.transaction('rw', [db.users, db.audit, db.meta, db.managers], async () => writeAccounts(db, checked, hashes, now));
}

/**
 * The first run's end: the department profile and the accounts in ONE transaction, so the app never
 * shows a profile without accounts (nor the reverse), whatever happens between. `ctx` writes the
 * profile (nobody is signed in yet: the setup's own actor). Everything is checked before anything is written.
 */
export async function setUpFirstRun(
  db: AirgapDb,
  profileInput: unknown,
  input: SetUpAccountsInput,
  ctx: WriteContext,
  hasher: PasswordHasher = DEFAULT_PASSWORD_HASHER,
): Promise<UserRecord[]> {
  parseProfile(profileInput);
  const { checked, hashes } = await prepare(db, input, hasher);
  return db.transaction('rw', [db.users, db.audit, db.meta, db.managers, ...writeScope(db, ['profile'])], async () => {
    await saveProfile(db, profileInput, ctx);
    return writeAccounts(db, checked, hashes, ctx.now());
  });
}

/** Checked input and its hashes. Hashing runs off-thread, outside any transaction: IndexedDB ends a transaction that waits on anything else. */
async function prepare(db: AirgapDb, input: SetUpAccountsInput, hasher: PasswordHasher): Promise<{ checked: Checked[]; hashes: PasswordHash[] }> {
  const checked = checkSetUpInput(input);
  if (await hasAccounts(db)) throw new AccountRefusedError('accounts.alreadySetUp');
  const hashes: PasswordHash[] = [];
  for (const entry of checked) hashes.push(await hasher.hash(entry.password));
  return { checked, hashes };
}

/** Inside the caller's transaction: the accounts, one audit entry each, the default policy and its entry. */
async function writeAccounts(db: AirgapDb, checked: Checked[], hashes: PasswordHash[], now: Date): Promise<UserRecord[]> {
  const setup = { userId: null, userName: SETUP_ACTOR_NAME };
  if (await hasAccounts(db)) throw new AccountRefusedError('accounts.alreadySetUp');
  for (const entry of checked) await checkManagerExists(db, entry.account.managerId, `${entry.prefix}managerId`);
  const users = checked.map((entry, index) => newUserRecord(entry.account, hashes[index]!, true, null, now));
  for (const user of users) {
    await db.users.add(user);
    const details = { via: 'setup', username: user.username, roles: user.roles.join(','), scope: user.scope };
    await appendAudit(db, accountEvent(setup, ACCOUNT_AUDIT_ACTIONS.create, 'success', user, details, now));
  }
  await db.meta.put({ key: SECURITY_POLICY_KEY, value: DEFAULT_SECURITY_POLICY });
  await appendAudit(
    db,
    accountEvent(
      setup,
      ACCOUNT_AUDIT_ACTIONS.policyChange,
      'success',
      null,
      { via: 'setup', before: null, after: summarisePolicy(DEFAULT_SECURITY_POLICY) },
      now,
    ),
  );
  return users;
}
