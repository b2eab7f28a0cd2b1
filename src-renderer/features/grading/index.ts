/** 客户分级: the runs, a run and the 80/20 ranking (whose summary the printed report repeats). */
export { ParetoPage } from './pareto/ParetoPage';
export { CHART_TOP, paretoSummary } from './pareto/pareto-model';
export { RunPage } from './run/RunPage';
export { RunsPage } from './runs/RunsPage';
