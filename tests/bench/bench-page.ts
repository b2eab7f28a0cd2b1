import Dexie from 'dexie';
import { DATABASE_NAME } from '../../src-renderer/data/schema';
import { BENCH_SIGN_IN, datasetInfo, loadInstitute, sealBenchKeys, type Dataset } from './page-load';
import { measureEdits } from './page-edit';
import { measureCustomerHistory } from './page-history';
import { measureWriteVsBulkPut } from './page-write';
import { measureApproveAll, measureRegradeAll } from './page-grading';
import { floorCustomerOpen, floorParetoRead, floorSearch, floorStatsRead } from './page-floors';
import { measureComplaintStatsRead } from './page-complaints';
import { measureAgeEncrypt, measureExportFull, measureImportVsBulkPut } from './page-exchange';
import { measureBackupRoundTrip } from './page-backup';
import { measureUnlockLongestTask } from './page-unlock';
import { measureListFilterSort } from './page-list';
import { measureAuditVerify } from './page-audit';
import { measureSpreadsheetImport } from './page-spreadsheet-import';
import { measureRosterXlsx } from './page-spreadsheet-export';
import { measureAttachmentsAdd } from './page-attachments';
import { measureExportAttachments } from './page-export-attachments';
import type { ScaleName } from '../../src-renderer/core/synthetic/index';

/**
 * `window.bench`: what scripts/bench.mjs calls through Playwright. Every function returns plain
 * JSON-able data; progress goes to console.log, which the script prints.
 */
const status = document.getElementById('status')!;
function log(line: string): void {
  console.log(`[bench] ${line}`);
  status.textContent = line;
}

const bench = {
  datasetInfo,
  /** Who the bench signs in as in the app (context.mjs). */
  signInAccount: () => BENCH_SIGN_IN,
  loadInstitute: (dataset: Dataset, seed: number) => loadInstitute(dataset, seed, log),
  sealBenchKeys,
  measureWriteVsBulkPut: (n: number, seed: number) => measureWriteVsBulkPut(n, seed, log),
  measureEdits,
  measureCustomerHistory: (others: number, seed: number) => measureCustomerHistory(others, seed, log),
  measureRegradeAll,
  measureAttachmentsAdd: (count: number, seed: number) => measureAttachmentsAdd(count, seed, log),
  measureExportAttachments: (scale: ScaleName, seed: number) => measureExportAttachments(scale, seed, log),
  measureApproveAll: (scale: ScaleName, seed: number) => measureApproveAll(scale, seed, log),
  floorSearch,
  floorCustomerOpen,
  floorParetoRead,
  floorStatsRead,
  measureExportFull: () => measureExportFull(log),
  measureImportVsBulkPut: (scale: ScaleName, seed: number) => measureImportVsBulkPut(scale, seed, log),
  measureAgeEncrypt,
  measureComplaintStatsRead,
  measureBackupRoundTrip: (scale: ScaleName, seed: number) => measureBackupRoundTrip(scale, seed, log),
  measureUnlockLongestTask: (seed: number) => measureUnlockLongestTask(seed, log),
  measureListFilterSort: (seed: number) => measureListFilterSort(seed),
  measureAuditVerify: (count: number, checkpointEvery: number) => measureAuditVerify(count, checkpointEvery, log),
  measureSpreadsheetImport: (customers: number) => measureSpreadsheetImport(customers, log),
  measureRosterXlsx: (scale: ScaleName, seed: number) => measureRosterXlsx(scale, seed),
  /** Deletes the app database of this origin (the script deletes the whole profile for --fresh). */
  clear: () => Dexie.delete(DATABASE_NAME),
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;
log('ready');
