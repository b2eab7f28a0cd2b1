/**
 * The number of pages of a PDF, for the print log. Chromium's PDFs (Skia) write every page object
 * uncompressed as `/Type /Page`, and the page tree's root as `/Type /Pages` with `/Count`; counting
 * the page objects works whatever shape the tree has. Null when the bytes hold no page object (not a
 * PDF, or one whose objects are compressed into streams — then the count is unknown, not zero).
 */
export function countPdfPages(bytes: Uint8Array): number | null {
  if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') return null;
  const text = latin1(bytes);
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  return pages > 0 ? pages : null;
}

/** One char per byte: the PDF's syntax is ASCII; binary stream bytes only need to not break the scan. */
function latin1(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}
