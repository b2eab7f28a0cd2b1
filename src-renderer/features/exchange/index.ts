/** 数据交换: the page and how a chosen age file is locked (the restore dialog asks it too). */
export { EXCHANGE_ICON, ExchangePage } from './ExchangePage';
export { fileLockHint } from './file-names';
