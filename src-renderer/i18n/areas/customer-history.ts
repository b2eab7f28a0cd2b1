/** The customer page's 修改记录: the changes of the customer and of every record it owns. */
export const customerHistoryZhCN = {
  'customerHistory.filter': '按记录类型筛选',
  'customerHistory.all': '全部',
  'customerHistory.change': '变更内容',
  'customerHistory.more': '更多',
  'customerHistory.andMore': '等 {count} 条',
  'customerHistory.deletedNow': '已删除',
  'customerHistory.action.create': '新建',
  'customerHistory.action.update': '修改',
  'customerHistory.action.delete': '删除',
  'customerHistory.action.restore': '恢复',
  'customerHistory.action.merge': '合并',
  'customerHistory.action.mergeIn': '合并转入',
  'customerHistory.source.spreadsheetImport': '导入表格《{fileName}》',
  'customerHistory.source.spreadsheetImportUndo': '撤销导入《{fileName}》',
} as const;

export const customerHistoryEnUS: Record<keyof typeof customerHistoryZhCN, string> = {
  'customerHistory.filter': 'Filter by kind of record',
  'customerHistory.all': 'All',
  'customerHistory.change': 'Changes',
  'customerHistory.more': 'More',
  'customerHistory.andMore': 'and {count} in all',
  'customerHistory.deletedNow': 'Deleted',
  'customerHistory.action.create': 'Created',
  'customerHistory.action.update': 'Changed',
  'customerHistory.action.delete': 'Deleted',
  'customerHistory.action.restore': 'Restored',
  'customerHistory.action.merge': 'Merged',
  'customerHistory.action.mergeIn': 'Moved in by a merge',
  'customerHistory.source.spreadsheetImport': 'Spreadsheet import “{fileName}”',
  'customerHistory.source.spreadsheetImportUndo': 'Undo of the import “{fileName}”',
};
