// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent, pageCss } from '../../../../src-renderer/ui/print/page-css';

describe('the @page rules of a report', () => {
  it('writes the page numbers with counter(page) and counter(pages), in the template order', () => {
    expect(pageCounterContent('第 {page} 页 共 {pages} 页')).toBe('"第 " counter(page) " 页 共 " counter(pages) " 页"');
    expect(pageCounterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
  });

  it("escapes the user's text: a quote or backslash in an organisation name cannot end the CSS string", () => {
    expect(cssString('航天"材料"\\所')).toBe('"航天\\"材料\\"\\\\所"');
    expect(cssString('a\nb\u0007')).toBe('"a\\A b"');
    const css = pageCss({
      orientation: 'landscape',
      mark: '秘密★10年',
      copyNumber: '份号：FH-KF3-2026-000123',
      organisation: 'x"} body { display: none } @page {',
      printedLine: '打印人：张伟',
      pageTemplate: '第 {page} 页 共 {pages} 页',
    });
    expect(css).toContain('size: A4 landscape;');
    expect(css).toContain('@top-left { content: "秘密★10年";');
    // The copy number (issue 15.6) beside the mark, on every page.
    expect(css).toContain('@top-center { content: "份号：FH-KF3-2026-000123";');
    expect(css).toContain('content: "x\\"} body { display: none } @page {";');
    // Exactly one rule block: the injected braces stayed inside the string.
    expect(css.replace(/"(?:[^"\\]|\\.)*"/g, '""').match(/[{}]/g)!.length).toBe(12);
  });
});
