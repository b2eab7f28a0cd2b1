/**
 * Spreadsheet import (issue 16.1, 16.2): why a file is not read at all (`spreadsheet.error.<code>`, one per
 * SpreadsheetError code of core/spreadsheet) and what a row's cell gets as an error or a warning. The archive's
 * own rules keep their `validation.*` messages.
 */
export const spreadsheetZhCN = {
  'spreadsheet.error.tooLarge': '文件太大：超过 {maxMb} MB，未读取。请把表格拆成几个较小的文件后分别导入。',
  'spreadsheet.error.empty': '文件是空的（0 字节），没有可导入的内容。',
  'spreadsheet.error.notSpreadsheet':
    '这不是电子表格文件：只能导入 Excel 或 WPS 保存的表格（扩展名 xlsx、xls）和逗号分隔的文本表格（csv）。文件可能只是改了扩展名。',
  'spreadsheet.error.encrypted': '文件设有打开密码，无法读取。请在 Excel 或 WPS 中打开后取消密码，另存一份再导入。',
  'spreadsheet.error.corrupt': '文件已损坏或不完整，无法读取。请在 Excel 或 WPS 中打开检查，另存一份后再导入。',
  'spreadsheet.error.tooBig': '文件解压后过大（或内含的部件过多），为保护本机内存未读取。请删除表格中的图片和多余的工作表后再导入。',
  'spreadsheet.error.tooManyRows': '工作表超过 {max} 行，未读取。请删除多余的空行（常见于整列设置了格式），或把表格拆成几个文件。',
  'spreadsheet.error.tooManyCells': '工作表的单元格超过 {max} 个，未读取。请删除不需要的列，或把表格拆成几个文件。',
  'spreadsheet.error.noHeader': '没有找到能识别的表头行：表头中至少要有“客户名称”（或“单位名称”“名称”）一列。可以下载导入模板对照填写。',
  'spreadsheet.error.noSheet': '文件中没有名为“{sheet}”的工作表。',
  'spreadsheet.warning.monthOnly': '只写了年月，按当月 1 日记录',
  'spreadsheet.warning.dateSerial': '这一格是数字而不是日期，已按表格软件的日期序号换算，请核对',
  'spreadsheet.warning.localPhone': '固定电话 {phone} 没有区号，原样保留在联系人备注中；可在导入时选择区号补全',
  'spreadsheet.value.yearOnly': '只写了年份，无法确定日期：请至少写到月份，如 2019年3月',
  'spreadsheet.row.contactNameMissing': '填写了联系人的电话、职务或部门，但没有联系人姓名',
} as const;

export const spreadsheetEnUS: Record<keyof typeof spreadsheetZhCN, string> = {
  'spreadsheet.error.tooLarge': 'The file is too large (over {maxMb} MB) and was not read. Split the sheet into smaller files and import each.',
  'spreadsheet.error.empty': 'The file is empty (0 bytes): nothing to import.',
  'spreadsheet.error.notSpreadsheet':
    'This is not a spreadsheet: only Excel or WPS workbooks (.xlsx, .xls) and comma-separated text (.csv) can be imported. The file may just have been renamed.',
  'spreadsheet.error.encrypted':
    'The file is password-protected and cannot be read. Open it in Excel or WPS, remove the password, save a copy and import that.',
  'spreadsheet.error.corrupt': 'The file is damaged or incomplete and cannot be read. Open it in Excel or WPS to check it, save a copy and import that.',
  'spreadsheet.error.tooBig':
    'Uncompressed, the file is too large (or has too many parts); it was not read, to protect this PC’s memory. Remove pictures and unneeded sheets, then import again.',
  'spreadsheet.error.tooManyRows':
    'The sheet has more than {max} rows and was not read. Delete the empty rows at its end (often formatting applied to whole columns) or split it into several files.',
  'spreadsheet.error.tooManyCells': 'The sheet has more than {max} cells and was not read. Delete the columns you do not need or split it into several files.',
  'spreadsheet.error.noHeader':
    'No header row was recognised: the header needs at least a “customer name” (客户名称, 单位名称 or 名称) column. The import template shows the headers.',
  'spreadsheet.error.noSheet': 'The file has no sheet named “{sheet}”.',
  'spreadsheet.warning.monthOnly': 'Only the year and month were written: recorded as the 1st of the month',
  'spreadsheet.warning.dateSerial': 'This cell is a number, not a date: read as a spreadsheet date serial, please check it',
  'spreadsheet.warning.localPhone':
    'Landline {phone} has no area code: kept as written in the contact’s notes; choose an area code when importing to complete it',
  'spreadsheet.value.yearOnly': 'Only a year was written, which is not a day: write at least the month, e.g. 2019年3月',
  'spreadsheet.row.contactNameMissing': 'A contact’s phone, title or department is filled in, but not the contact’s name',
};
