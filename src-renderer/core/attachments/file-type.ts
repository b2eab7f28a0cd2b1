import type { PreviewKind } from './kinds';

/**
 * What a file really is, from its first bytes, never from the name or the browser's guess: the
 * stored `mimeType` comes from here. A name whose extension claims one known type while the bytes
 * are another (a renamed .exe called 合同.pdf, a photo named .txt) is refused by `fileTypeProblem`.
 */
export const SNIFF_BYTES = 4096;

interface KnownType {
  mimeType: string;
  extensions: readonly string[];
  preview: PreviewKind;
  matches: (head: Uint8Array) => boolean;
}

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Known binary types by signature. Office files are zip (docx/xlsx/pptx) or OLE (doc/xls/ppt) containers. */
const BINARY_TYPES: readonly KnownType[] = [
  { mimeType: 'application/pdf', extensions: ['pdf'], preview: 'pdf', matches: (h) => startsWith(h, ascii('%PDF-')) },
  { mimeType: 'image/png', extensions: ['png'], preview: 'image', matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'], preview: 'image', matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { mimeType: 'image/gif', extensions: ['gif'], preview: 'image', matches: (h) => startsWith(h, ascii('GIF87a')) || startsWith(h, ascii('GIF89a')) },
  { mimeType: 'image/webp', extensions: ['webp'], preview: 'image', matches: (h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('WEBP'), 8) },
  { mimeType: 'image/bmp', extensions: ['bmp'], preview: 'image', matches: (h) => startsWith(h, ascii('BM')) },
  {
    mimeType: 'application/zip',
    extensions: ['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'ofd'],
    preview: 'none',
    matches: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]),
  },
  {
    mimeType: 'application/x-ole-storage',
    extensions: ['doc', 'xls', 'ppt', 'wps', 'et'],
    preview: 'none',
    matches: (h) => startsWith(h, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
];

/** Extensions whose content must be text (UTF-8, no NUL): shown in the app as plain text. */
const TEXT_EXTENSIONS = ['txt', 'csv', 'md', 'log'] as const;
/** Programs and scripts: never attached (nothing from a file is run, and none belongs in an archive). */
const PROGRAM_SIGNATURES: readonly (readonly number[])[] = [ascii('MZ'), [0x7f, 0x45, 0x4c, 0x46], ascii('#!')];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function isUtf8Text(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  // A multi-byte character cut by the sample's end is not an error: drop up to 3 trailing bytes.
  for (let cut = 0; cut <= Math.min(3, head.length); cut += 1) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // try a shorter sample
    }
  }
  return false;
}

export interface SniffedType {
  mimeType: string;
  preview: PreviewKind;
}

/**
 * The file's type from its first bytes (`SNIFF_BYTES` are enough), checked against its name: a
 * refusal key when they disagree, else the type to store. Unknown binary content under an unknown
 * extension is kept as application/octet-stream (downloaded, never shown).
 */
export function sniffFileType(fileName: string, head: Uint8Array): { ok: true; type: SniffedType } | { ok: false; message: string } {
  if (PROGRAM_SIGNATURES.some((signature) => startsWith(head, signature))) return { ok: false, message: 'validation.attachments.program' };
  const extension = extensionOf(fileName);
  const byContent = BINARY_TYPES.find((t) => t.matches(head));
  const byName = BINARY_TYPES.find((t) => t.extensions.includes(extension));
  const namedText = (TEXT_EXTENSIONS as readonly string[]).includes(extension);
  if (byContent) {
    if ((byName && byName !== byContent) || namedText) return { ok: false, message: 'validation.attachments.typeMismatch' };
    return { ok: true, type: { mimeType: byContent.mimeType, preview: byContent.preview } };
  }
  if (byName) return { ok: false, message: 'validation.attachments.typeMismatch' };
  if (namedText) {
    if (!isUtf8Text(head)) return { ok: false, message: 'validation.attachments.typeMismatch' };
    return { ok: true, type: { mimeType: 'text/plain;charset=utf-8', preview: 'text' } };
  }
  return { ok: true, type: { mimeType: 'application/octet-stream', preview: 'none' } };
}

/** How a stored file is shown (from the stored, sniffed type). */
export function previewKindOf(mimeType: string): PreviewKind {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.startsWith('text/plain')) return 'text';
  return 'none';
}

/** Every stored type is one of these (an exchange file naming another type is refused). */
export const STORED_MIME_TYPES = [...BINARY_TYPES.map((t) => t.mimeType), 'text/plain;charset=utf-8', 'application/octet-stream'] as const;

/** Every extension whose content is checked above (the types the app recognises by their bytes). */
export const RECOGNISED_EXTENSIONS: readonly string[] = [...BINARY_TYPES.flatMap((t) => t.extensions), ...TEXT_EXTENSIONS];
