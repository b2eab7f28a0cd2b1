/** Printed reports: the section's routes and the print log's settings section. */
export { OutputRegisterSection } from './log/OutputRegisterSection';
export { reportsPage } from './report-routes';
