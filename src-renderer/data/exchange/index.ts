/** Department exchange, storage side: directory, export, import (preview + apply), conflicts. */
export * from './departments';
export * from './export';
export * from './preview';
export * from './apply';
export * from './conflicts';
export * from './import-errors';
export * from './replays';
export { lineageTable, type LineageRow } from './lineages';
export { clearStaging } from './staging';
