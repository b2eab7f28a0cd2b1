/** Complaint statistics, shown by the 分析 section. */
export { ComplaintStatsView } from './ComplaintStatsView';
