import type { TextEncodingName } from './types';

/**
 * The text of a CSV file as older systems and Excel write it: a UTF-8 BOM (Excel's "CSV UTF-8"), UTF-16
 * with its BOM (Excel's "Unicode text"), plain UTF-8, or — when the bytes are not valid UTF-8 — GBK, which
 * Chinese Windows and WPS write by default. GB18030 is the superset of GBK the platform decoders know
 * (Chromium and Node both have it), so every GBK file decodes the same with it.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * Text a person could have saved as CSV: no NUL bytes (binary files have them early) in the first KiB.
 * UTF-16 text has NULs, so it is recognised by its BOM first.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return true;
  const head = bytes.subarray(0, 1024);
  return !head.includes(0);
}
