/** The dashboard. */
export { HomePage } from './HomePage';
