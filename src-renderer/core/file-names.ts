/**
 * The safe-file-name rule, once: what the app may put in a name it offers in a save dialog. Windows
 * (and a FAT-formatted USB stick carried to the media gateway) refuses control characters and
 * <>:"/\|?*, and a name must not be a folder path, so these are never written; UOS and Kylin accept
 * them but the same file must open on both. Backups, exchange files, key cards and PDFs name their
 * files through these, and the host refuses any other name (core/host-contract.ts).
 */

// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f<>:"/\\|?*]/g;
// eslint-disable-next-line no-control-regex
const HAS_UNSAFE_CHAR = /[\u0000-\u001f<>:"/\\|?*]/;
/** Device names Windows reserves whatever the extension (CON, NUL.txt, COM1…). */
const RESERVED_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export const MAX_FILE_NAME_LENGTH = 200;

/**
 * Text typed by a user (a department, a report title) made fit to be part of a file name: unsafe
 * characters dropped, trimmed, at most `max` characters; `fallback` when nothing is left.
 */
export function fileNamePart(text: string, max: number, fallback: string): string {
  return text.replace(UNSAFE_CHARS, '').trim().slice(0, max) || fallback;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day a file is written, in the computer's local time, as it sorts in a folder: 20261127. */
export function fileNameDay(at: Date): string {
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
}

/** The day and minute, for files made several times a day (backups): 20261126-2355. */
export function fileNameMinute(at: Date): string {
  return `${fileNameDay(at)}-${pad(at.getHours())}${pad(at.getMinutes())}`;
}

/** Whether a whole file name may be offered: 1–200 characters, none unsafe, no folder, dots or reserved name. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_FILE_NAME_LENGTH &&
    !HAS_UNSAFE_CHAR.test(name) &&
    name.trim() === name &&
    !/^\.+$/.test(name) &&
    !name.endsWith('.') &&
    !RESERVED_NAME.test(name)
  );
}
