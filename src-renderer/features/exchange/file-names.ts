import { ArchiveError, detectAgeLock } from '../../core/archive-file';
import { fileNameDay, fileNamePart } from '../../core/file-names';

/**
 * What the user sees in the save dialog and how a chosen file is recognised before it is opened:
 * pure helpers of the 数据交换 screens.
 */

/** A department's name as part of a file name (the safe-file-name rule is core/file-names.ts). */
const safePart = (text: string, fallback: string) => fileNamePart(text, 40, fallback);

/**
 * `客户档案-市场部-20261127.age` (this department's file), `客户档案-市场部-给质量部-20261127.age`
 * when it is meant for one department (an incremental export, or locked for recipients); with the
 * file's 份号 (issue 15.6) at the end: `客户档案-市场部-20261127-FH-KF3-2026-000123.age`.
 */
export function exchangeFileName(department: string, at: Date, target?: string, number?: string): string {
  const to = target ? safePart(target, '') : '';
  const copy = number ? `-${safePart(number, '')}` : '';
  return `客户档案-${safePart(department, 'export')}${to ? `-给${to}` : ''}-${fileNameDay(at)}${copy}.age`;
}

/** `公钥卡片-市场部.json`: the card this installation hands to other departments. */
export function keyCardFileName(department: string): string {
  return `公钥卡片-${safePart(department, 'card')}.json`;
}

/**
 * How a chosen age file is locked, read off its plain header (core/archive-file/age-lock.ts), for the
 * restore dialog: 'key' when it is locked for recipients' keys; null when the header says nothing
 * usable (not age, cut, locked in a foreign way): decryption then says what is wrong.
 */
export function fileLockHint(bytes: Uint8Array): 'passphrase' | 'key' | null {
  try {
    return detectAgeLock(bytes).lock === 'passphrase' ? 'passphrase' : 'key';
  } catch (error) {
    if (error instanceof ArchiveError) return null;
    throw error;
  }
}

/** `age1qyq…x7k2`: enough of a recipient to tell entries apart in a table. */
export function shortRecipient(recipient: string): string {
  return recipient.length <= 16 ? recipient : `${recipient.slice(0, 10)}…${recipient.slice(-6)}`;
}
