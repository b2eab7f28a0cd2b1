/** 系统设置's own navigation (issue 17.3): the list of its sections beside (or above) them. */
export const settingsNavZhCN = {
  'settingsNav.label': '本页目录',
} as const;

export const settingsNavEnUS: Record<keyof typeof settingsNavZhCN, string> = {
  'settingsNav.label': 'On this page',
};
