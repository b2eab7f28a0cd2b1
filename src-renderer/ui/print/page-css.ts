/**
 * The `@page` rules of a printed report: A4, and in the page-margin boxes the header (classification
 * mark left, the copy number 份号 beside it in the middle, organisation right) and the footer (printed by and at left, 第 X 页 共 Y 页 right) on
 * every page. Chromium fills `counter(page)` / `counter(pages)` itself, so the numbering is right
 * however the rows break. Built as text because the values are the user's (escaped for a CSS string).
 */
export type Orientation = 'portrait' | 'landscape';

export interface PageSetup {
  orientation: Orientation;
  /** The mark as printed (formatMark: always Chinese). */
  mark: string;
  /**
   * The copy-number line as printed, "份号：FH-KF3-2026-000123" (issue 15.6) — or, outside a
   * registered print, the line saying there is none, so a copy printed another way shows it lacks one.
   */
  copyNumber: string;
  organisation: string;
  /** "打印人：张伟 打印时间：2026年11月27日 15:30" in the UI language. */
  printedLine: string;
  /** The page-number sentence with `{page}` and `{pages}` gaps ("第 {page} 页 共 {pages} 页"). */
  pageTemplate: string;
}

/** Page margins in mm (top, right, bottom, left); the screen preview pads its sheet the same. */
export const PAGE_MARGIN_MM = { top: 20, right: 14, bottom: 18, left: 14 } as const;

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A, other control characters dropped. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r?\n/g, '\\A ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '');
  return `"${escaped}"`;
}

/** `第 {page} 页 共 {pages} 页` → `"第 " counter(page) " 页 共 " counter(pages) " 页"`. */
export function pageCounterContent(template: string): string {
  const parts = template.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  return parts.map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p))).join(' ');
}

export function pageCss(setup: PageSetup): string {
  const m = PAGE_MARGIN_MM;
  const box = 'font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #000;';
  return `@page {
  size: A4 ${setup.orientation};
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-left { content: ${cssString(setup.mark)}; ${box} font-size: 13pt; font-weight: 700; vertical-align: bottom; padding-bottom: 3mm; }
  @top-center { content: ${cssString(setup.copyNumber)}; ${box} font-size: 10pt; font-weight: 700; vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(setup.organisation)}; ${box} font-size: 9pt; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(setup.printedLine)}; ${box} font-size: 8pt; vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: ${pageCounterContent(setup.pageTemplate)}; ${box} font-size: 9pt; vertical-align: top; padding-top: 3mm; }
}`;
}
