/**
 * Accounts and roles (issue 15, docs/accounts.md). 三员分立: the three administrators are separate
 * accounts holding one administrator role each and no business role; business users hold one or more
 * business roles. Pure types: the rules are in the files beside this one.
 */

/** 系统管理员, 安全保密管理员, 安全审计员. */
export const ADMIN_ROLES = ['system-admin', 'security-admin', 'audit-admin'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** 客户经理, 部门负责人, 投诉处理人, 查阅. */
export const BUSINESS_ROLES = ['account-manager', 'department-head', 'complaint-handler', 'reader'] as const;
export type BusinessRole = (typeof BUSINESS_ROLES)[number];

export const ROLES = [...ADMIN_ROLES, ...BUSINESS_ROLES] as const;
export type Role = AdminRole | BusinessRole;

/**
 * Which customers a business user sees and changes: 本人 (customers whose manager is the user's
 * linked account manager), 本部门 (customers of this department: made here or managed by a manager
 * made here), 全部 (also customers received from other departments). Administrators have no data scope.
 */
export const DATA_SCOPES = ['own', 'department', 'all'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** A scrypt password hash (@noble/hashes), parameters stored with it so they can be raised later. */
export interface PasswordHash {
  algorithm: 'scrypt';
  /** log2 of scrypt's N. */
  logN: number;
  r: number;
  p: number;
  /** 16 random bytes, hex. */
  salt: string;
  /** 32 bytes, hex. */
  hash: string;
}

/**
 * One account (local table `users`; never exchanged, carried by backups). Rows are changed only
 * through data/accounts, and every change is written to the audit log in the same transaction.
 */
export interface UserRecord {
  /** UUID v7. */
  id: string;
  /** Sign-in name: 2–32 letters, digits, `.`, `_`, `-`; stored lower-case, unique. */
  username: string;
  /** The name history, approvals and prints show (张三). */
  displayName: string;
  roles: Role[];
  /** Business users only; null for administrators. */
  scope: DataScope | null;
  /** The account manager (managers table) this user is, for the 本人 scope and 我的客户; null if none. */
  managerId: string | null;
  disabled: boolean;
  password: PasswordHash;
  /** ISO instant of the last password change (set or reset). */
  passwordChangedAt: string;
  /** Set by a reset or at creation by an administrator: the user must choose a new password first. */
  mustChangePassword: boolean;
  /** The last hashes, newest first, for "no reuse of the last N" (the current one excluded). */
  previousPasswords: PasswordHash[];
  /** Failed sign-ins in a row (reset by a successful one or an unlock). */
  failedAttempts: number;
  /** ISO instant until which sign-in is refused, or null. */
  lockedUntil: string | null;
  /** ISO instant of the last successful sign-in, or null. */
  lastSignInAt: string | null;
  /** Failed attempts since that sign-in (shown at the next successful one). */
  failedSinceLastSignIn: number;
  createdAt: string;
  /** Who created it: a user id, or null for the first-run setup. */
  createdBy: string | null;
  updatedAt: string;
}

/** The signed-in user as every write and audit entry carries it. */
export interface Actor {
  userId: string;
  name: string;
  roles: readonly Role[];
  scope: DataScope | null;
  managerId: string | null;
}
