import { extensionOf } from './file-type';

/**
 * 用系统程序打开 (issue 18.3): the file types the desktop shell may hand to the system's own program —
 * documents, images and archives, every one the app recognises by content (file-type.ts) plus a few it
 * keeps as plain bytes. An allow-list, checked on both sides (the renderer offers the button, main refuses
 * any other name): never a program, script, shortcut, installer or page (.exe, .bat, .js, .ps1, .sh, .desktop,
 * .lnk, .html, .svg…), and never an Office type that carries macros (.docm, .xlsm…). The extension decides
 * which program the system starts, so it is the name, not the content, that must be harmless.
 */
export const OPEN_WITH_PROGRAM_EXTENSIONS = [
  // Documents (Office, WPS, OpenDocument, OFD) and text.
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'wps',
  'et',
  'odt',
  'ods',
  'odp',
  'ofd',
  'txt',
  'csv',
  'md',
  'log',
  // Images.
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'bmp',
  'tif',
  'tiff',
  // Archives.
  'zip',
  'rar',
  '7z',
] as const;

const ALLOWED: ReadonlySet<string> = new Set(OPEN_WITH_PROGRAM_EXTENSIONS);

/** Whether a file of this name may be handed to the system's program (by its last extension, any case). */
export function mayOpenWithProgram(fileName: string): boolean {
  return ALLOWED.has(extensionOf(fileName));
}
