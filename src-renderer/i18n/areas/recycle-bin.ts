/** 回收站: deleted records kept for restore (features/recycle-bin). */
export const recycleBinZhCN = {
  'recycleBin.intro': '删除的记录保留在这里，可随时恢复。客户或其上级单位仍在回收站中时，其下的记录须先恢复上级才能恢复。',
  'recycleBin.empty': '回收站是空的',
  'recycleBin.groupTitle': '{kind}（共 {count} 条）',
  'recycleBin.record': '记录',
  'recycleBin.customer': '所属客户',
  'recycleBin.deletedBy': '删除人',
  'recycleBin.deletedAt': '删除时间',
} as const;

export const recycleBinEnUS: Record<keyof typeof recycleBinZhCN, string> = {
  'recycleBin.intro':
    'Deleted records stay here and can be restored at any time. A record whose customer or parent unit is still deleted can be restored only after it.',
  'recycleBin.empty': 'The recycle bin is empty',
  'recycleBin.groupTitle': '{kind} ({count})',
  'recycleBin.record': 'Record',
  'recycleBin.customer': 'Customer',
  'recycleBin.deletedBy': 'Deleted by',
  'recycleBin.deletedAt': 'Deleted at',
};
