/** First start: the set-up page. */
export { SetupPage } from './SetupPage';
