import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../src-renderer/core/archive-file';
import { ImportRefusedError, previewImport } from '../../../src-renderer/data/exchange';
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/data/schema';
import { closeAll, department, tableCounts } from '../data/exchange/departments-fixture';
import { hostileCases, PASSPHRASE, type HostileCase, type Verdict } from './cases';
import { trustCorpusSigner } from './trust-signer';

/** The same corpus as tests/unit/cli/hostile.test.ts, through the app's import preview: the same verdict, and nothing written. */
const SLOW = 120_000;

/** What the app's refusals stand for in the shared verdicts (cases.ts). */
const REFUSALS: Record<string, Verdict> = { 'invalid-records': 'bad-record', 'clock-drift': 'clock-drift', 'classification-above-manifest': 'classification' };

let cases: HostileCase[];
beforeAll(async () => {
  cases = await hostileCases(CURRENT_SCHEMA_VERSION);
}, SLOW);
afterAll(closeAll);

async function appVerdict(c: HostileCase): Promise<{ verdict: Verdict | string; wrote: string[] }> {
  const receiver = await department('科研处');
  await trustCorpusSigner(receiver);
  const before = await tableCounts(receiver.db);
  let verdict: Verdict | string;
  try {
    const preview = await previewImport(
      receiver.db,
      c.file,
      { passphrase: c.passphrase ?? PASSPHRASE },
      { installation: receiver.installation, now: () => Date.now() },
    );
    verdict = preview.status === 'ready' ? 'ok' : preview.status;
  } catch (error) {
    if (error instanceof ArchiveError) verdict = error.code;
    else if (error instanceof ImportRefusedError) verdict = REFUSALS[error.code] ?? `refused ${error.code}`;
    else throw error;
  }
  const after = await tableCounts(receiver.db);
  // A good file parks its records in the staging table (until the apply); anything else writes nothing.
  const wrote = Object.keys(after).filter((t) => after[t] !== before[t] && !(verdict === 'ok' && t === 'importStaging'));
  receiver.db.close();
  return { verdict, wrote };
}

describe('the hostile corpus through the app: previewImport', () => {
  it(
    'each file gets the verdict the CLI gives it, and a refused file writes nothing',
    async () => {
      const seen = [];
      for (const c of cases) seen.push({ name: c.name, ...(await appVerdict(c)) });
      expect(seen).toEqual(cases.map((c) => ({ name: c.name, verdict: c.verdict, wrote: [] })));
    },
    SLOW,
  );
});
