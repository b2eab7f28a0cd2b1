import { attachmentFileNameSchema, attachmentSizeProblem, SNIFF_BYTES, sniffFileType, type SniffedType } from '../../core/attachments';
import type { Locale } from '../../core/locale';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n';

/** What the browser-side check of one chosen file says: its sniffed type, or why it is refused. */
export type FileCheck = { ok: true; type: SniffedType } | { ok: false; message: MessageKey };

/**
 * The checks a file passes before anything is stored (issue 18, "Bad input"): not empty, not over the
 * cap, a name that is a name (no path or control characters), and content that matches the name's
 * type. The first failing check is the message; the storage checks the same rules again.
 */
export async function checkAttachmentFile(file: File, capBytes: number): Promise<FileCheck> {
  const sizeProblem = attachmentSizeProblem(file.size, capBytes);
  if (sizeProblem) return refused(sizeProblem);
  const name = attachmentFileNameSchema.safeParse(file.name);
  if (!name.success) return refused(name.error.issues[0]?.message ?? 'validation.custom');
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    return refused('attachments.add.readFailed');
  }
  const sniffed = sniffFileType(file.name, head);
  return sniffed.ok ? { ok: true, type: sniffed.type } : refused(sniffed.message);
}

function refused(key: string): FileCheck {
  return { ok: false, message: isMessageKey(key) ? key : 'validation.custom' };
}

/** The title a file starts with: its name without the last extension ("合同.v2.pdf" → "合同.v2"). */
export function defaultTitle(fileName: string): string {
  const name = fileName.trim();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/**
 * A file's size as people read it: 512 字节, 12.5 KB, 3.2 MB, 1.5 GB (one decimal, none when whole).
 * KB, MB and GB are the same symbols in both locales (no catalog entry); only 字节/bytes is a word.
 */
export function formatFileSize(bytes: number, t: Translate, locale: Locale): string {
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes < KB) return t('attachments.size.bytes', { size: number(bytes) });
  if (bytes < MB) return `${number(bytes / KB)} KB`;
  if (bytes < GB) return `${number(bytes / MB)} MB`;
  return `${number(bytes / GB)} GB`;
}
