/** The built-in demo institute (issue 17.2): loaded into its own database, left again with one click. */
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROFILE, isCompleteDemo, loadDemo, type DemoProgress } from './load';
export { DEMO_DATABASE_NAME, isDemoActive, leaveDemo } from '../active-database';
