/** The dashboard's reads (工作台, issue 17.1). */
export { DUE_KINDS, DUE_LIMIT_PER_KIND, mostUrgentFirst, myDay, type DueItem, type DueKind, type MyDay } from './due';
