/** The 分析 section (its routes), for app/. */
export { analysisPage } from './AnalysisPage';
