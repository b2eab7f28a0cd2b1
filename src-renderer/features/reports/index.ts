/** Printed reports: the section's routes and the print log's settings section. */
export { PrintLogSection } from './log/PrintLogSection';
export { reportsPage } from './report-routes';
