/** The recycle bin page. */
export { RecycleBinPage } from './RecycleBinPage';
