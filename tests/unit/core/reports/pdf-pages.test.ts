import { describe, expect, it } from 'vitest';
import { countPdfPages } from '../../../../src-renderer/core/reports';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A PDF laid out as Skia writes one: a page tree (with a nested /Pages node) and uncompressed page objects. */
function pdf(pages: number): Uint8Array {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj',
    `2 0 obj\n<< /Type /Pages /Count ${pages} /Kids [3 0 R] >>\nendobj`,
    `3 0 obj\n<</Type/Pages/Count ${pages}>>\nendobj`,
  ];
  for (let i = 0; i < pages; i++) objects.push(`${4 + i} 0 obj\n<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>\nendobj`);
  // Binary stream bytes must not break the scan.
  return new Uint8Array([...bytes('%PDF-1.4\n%\u00e2\u00e3\n'), 0xff, 0x00, 0x9c, ...bytes(objects.join('\n')), ...bytes('\n%%EOF')]);
}

describe('countPdfPages', () => {
  it('counts page objects, not page-tree nodes', () => {
    expect(countPdfPages(pdf(1))).toBe(1);
    expect(countPdfPages(pdf(345))).toBe(345);
  });

  it('is null (unknown) for what is not a PDF or has no page object', () => {
    expect(countPdfPages(bytes('hello'))).toBeNull();
    expect(countPdfPages(new Uint8Array())).toBeNull();
    expect(countPdfPages(bytes('%PDF-1.7\n1 0 obj << /Type /ObjStm >> endobj'))).toBeNull();
  });
});
