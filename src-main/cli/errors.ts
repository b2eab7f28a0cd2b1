import { isArchiveError, type ArchiveError, type ArchiveErrorCode } from '../../src-renderer/core/archive-file';

/**
 * Every failure of the CLI ends as ONE line on stderr, `error: …`, and exit code 1 — never a stack
 * trace. English first (the tool's language), the app's Chinese wording (docs/archive-format.md) after.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

export const ARCHIVE_TEXT: Record<ArchiveErrorCode, readonly [en: string, zh: string]> = {
  empty: ['the file is empty', '文件为空'],
  'not-age': ['not an encrypted archive file (not age)', '不是本系统的加密归档文件'],
  truncated: ['the file is incomplete (cut short, or its end is damaged): get it again', '文件不完整（可能复制中断），请重新获取'],
  corrupt: ['the file is damaged or was tampered with', '文件已损坏或被篡改，无法打开'],
  'wrong-key': ['wrong passphrase or key', '口令或密钥不正确'],
  'work-factor-too-high': ['the passphrase lock is too expensive to open (scrypt work factor above 20)', '文件的口令加密参数超出允许范围'],
  'bad-lock': ['unusable passphrase, identity or recipient', '加密参数无效'],
  'bad-signing-key': ['unusable signing key', '加密参数无效'],
  'not-gzip': ['the content is not an archive (not gzip)', '文件内容格式错误'],
  'not-ndjson': ['the content is not an archive (not NDJSON)', '文件内容格式错误'],
  'line-too-long': ['a line is too long', '文件过大或含超长记录'],
  'too-large': ['the file holds too many records', '文件过大或含超长记录'],
  'bad-manifest': ['invalid manifest', '文件清单无效'],
  'unknown-format-version': ['unsupported archive format version', '文件格式版本不受支持'],
  'newer-schema': ['the file comes from a newer version of the app: upgrade first', '文件来自更新版本的系统，请先升级'],
  'bad-record': ['invalid record', '记录无效'],
  'unknown-kind': ['the file holds records of an unknown kind', '文件含未知类型的记录'],
  'hostile-key': ['the file holds maliciously crafted data (__proto__/constructor/prototype key)', '文件含恶意构造的数据，已拒绝'],
  'duplicate-record': ['the file holds the same record twice', '文件含重复记录'],
  'missing-trailer': ['the signature line is missing or misplaced', '文件缺少签名，或签名位置错误'],
  'hash-mismatch': ['the content does not match its hash (it was altered)', '文件内容与签名不符（已被修改）'],
  'bad-signature': ['the signature is invalid', '签名无效'],
  'count-mismatch': ['the records do not match the counts of the manifest', '记录数量与清单不符'],
  cancelled: ['cancelled', '已取消'],
  'payload-too-large': ['the content inflates to more than 2 GiB (a compression bomb, or far beyond a whole institute)', '文件解压后超过 2 GB 上限，已拒绝'],
  'blob-mismatch': ['the bytes of an attachment do not match its hash or size (they were altered)', '附件内容与其校验值不符（已被修改）'],
  'blob-missing': ['the bytes of an attachment are missing or incomplete', '缺少附件内容，或附件内容不完整'],
  'blob-unexpected': ['attachment bytes that no record names, given twice, or out of order', '附件内容与记录或清单不符'],
};

const WRONG_KEY_DETAIL: Record<string, readonly [string, string]> = {
  'needs-passphrase': ['this file is locked with a passphrase: use --passphrase-file', '此文件需要口令'],
  'needs-identity': ['this file is locked to age recipients: use --identity', '此文件需要本部门密钥'],
};

/** Codes whose core message adds something the reader can act on (which field, which kind). */
const WITH_DETAIL = new Set<ArchiveErrorCode>(['bad-record', 'bad-manifest', 'unknown-kind', 'duplicate-record', 'count-mismatch', 'hostile-key', 'bad-lock']);

/**
 * Text from a file (kinds, names, core messages quoting them) may hold terminal escapes or bidi
 * overrides: printed raw, a crafted archive could rewrite what the officer sees.
 */
export function clean(text: string, max = 160): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}

export function describeArchiveError(error: ArchiveError): string {
  const [en, zh] = (error.code === 'wrong-key' && error.detail && WRONG_KEY_DETAIL[error.detail]) || ARCHIVE_TEXT[error.code];
  // Line 1 is the manifest, which the English already names.
  const at = error.line === undefined || error.line === 1 ? '' : ` on line ${error.line}`;
  const detail = WITH_DETAIL.has(error.code) ? ` — ${clean(error.message.replace(/^line \d+: /, ''))}` : '';
  // The attachment's file name (blob-* codes): which file of the archive is at fault.
  const subject = error.subject === undefined ? '' : ` "${clean(error.subject, 200)}"`;
  const zhText = error.code === 'bad-record' && error.line !== undefined ? `第 ${error.line} 行记录无效` : zh;
  return `${en}${subject}${at}${detail} (${zhText}${subject ? `：${subject.trim()}` : ''})`;
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  ERR_STRING_TOO_LONG: 'too large to read as one JSON text',
};

/** System calls named as what the user asked for ("cannot read x.age", not "cannot stat"). */
const VERB: Record<string, string> = {
  stat: 'read',
  lstat: 'read',
  read: 'read',
  open: 'open',
  write: 'write',
  fsync: 'write',
  rename: 'write',
  mkdir: 'create',
};

/** The one line (without `error: `) for anything thrown. */
export function describeError(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (isArchiveError(error)) return describeArchiveError(error);
  const e = error as NodeJS.ErrnoException | undefined;
  if (e && typeof e.code === 'string' && (e.syscall || e.code === 'ERR_STRING_TOO_LONG')) {
    const where = e.path ? ` ${clean(e.path)}` : '';
    return `cannot ${VERB[e.syscall ?? 'read'] ?? e.syscall}${where}: ${ERRNO_TEXT[e.code] ?? e.code}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `internal error (${clean(message, 300)})`;
}
