/** Exchange import through the staging table (data/exchange/staging.ts): a preview whose staged records are gone. */
export const exchangeStagingZhCN = {
  'exchange.refused.preview-expired': '预览的数据已失效（可能在其他窗口开始了新的导入预览），未导入任何内容。请重新读取并预览该文件。',
} as const;

export const exchangeStagingEnUS: Record<keyof typeof exchangeStagingZhCN, string> = {
  'exchange.refused.preview-expired':
    'The preview’s data is no longer there (another window started a new import preview); nothing was imported. Read and preview the file again.',
};
