import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/**
 * Electronegativity's programmatic API (`dist/runner.js`), run strictly offline. The package fetches
 * translations from S3 on every run and Electron's release list from GitHub in a global check; both go
 * through `got`, which is replaced in the require cache by a function that refuses at once. The
 * release-list check is also excluded: with no network it would read whatever stale file another run
 * left in the temp folder, which makes results depend on the machine.
 */

export interface EngIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description?: string;
  manualReview?: boolean;
  severity?: { name?: string };
  confidence?: { name?: string };
}

export interface EngResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: EngIssue[];
}

type Runner = (options: Record<string, unknown>) => Promise<EngResult>;

const requireFromRoot = createRequire(resolve('package.json'));
const runnerPath = requireFromRoot.resolve('@doyensec/electronegativity');
const requireFromEng = createRequire(runnerPath);

let runner: Runner | undefined;

function loadOfflineRunner(): Runner {
  if (runner) return runner;
  const gotPath = requireFromEng.resolve('got');
  const refuse = () => Promise.reject(new Error('network disabled in tests'));
  const offlineGot = Object.assign(refuse, { head: refuse, get: refuse, stream: refuse });
  // Must be in the cache before runner.js (and its i18n module) first require `got`.
  const cache = requireFromEng.cache as Record<string, unknown>;
  cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot, children: [], paths: [] };
  if (requireFromEng('got') !== offlineGot) throw new Error('could not stub got: electronegativity might go online');
  runner = requireFromEng(runnerPath) as Runner;
  return runner;
}

/** Scans a folder (or file) and returns every issue at every severity and confidence. */
export async function runElectronegativity(input: string, electronVersion: string): Promise<EngResult> {
  const run = loadOfflineRunner();
  // The runner prints i18n and release-list chatter with console.log; keep test output readable.
  const log = console.log;
  console.log = () => undefined;
  try {
    return await run({
      input,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      severitySet: 'informational',
      confidenceSet: 'tentative',
    });
  } finally {
    console.log = log;
  }
}
