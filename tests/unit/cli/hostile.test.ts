import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_TEXT } from '../../../src-main/cli/errors';
import { SCHEMA_VERSION } from '../../../src-main/cli/schema-version';
import { hostileCases, PASSPHRASE, type HostileCase, type Verdict } from '../hostile/cases';
import { buildCli, cli, expectOneErrorLine, verifyInProcess, type CliResult } from './helpers';

/**
 * The shared hostile corpus (tests/unit/hostile/cases.ts) through `verify`; the app's import runs the same
 * cases in tests/unit/hostile/app-import.test.ts. The corpus runs through the CLI's `verify` in this
 * process (helpers.ts verifyInProcess); one process per verdict kind (a good file, a refused one) proves
 * the bundle gives the same outcome.
 */
/** Generous when the machine is shared (the corpus holds a 16 MiB line and 200,000 brackets). */
const SLOW = 300_000;

/** The verdict the CLI's outcome stands for: exit 0 and `intact`, or the one error line's English text. */
function cliVerdict(result: CliResult): Verdict | string {
  if (result.code === 0) return /^intact: /m.test(result.stdout) ? 'ok' : `exit 0 without "intact": ${result.stdout}`;
  const line = expectOneErrorLine(result).replace(/^error: /, '');
  if (line.startsWith('records are classified')) return 'classification';
  if (line.includes('(记录时间超前')) return 'clock-drift';
  const codes = Object.entries(ARCHIVE_TEXT).filter(([, [en]]) => line.startsWith(en));
  return codes.length === 1 ? (codes[0]![0] as Verdict) : line;
}

let dir: string;
let cases: HostileCase[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
  [cases] = await Promise.all([hostileCases(SCHEMA_VERSION), buildCli()]);
}, SLOW);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the hostile corpus through the CLI: verify', () => {
  const write = (c: HostileCase, i: number) => {
    const path = join(dir, `case-${i}.age`);
    writeFileSync(path, c.file);
    const pass = join(dir, `pass-${i}.txt`);
    writeFileSync(pass, `${c.passphrase ?? PASSPHRASE}\n`);
    return [path, '--passphrase-file', pass] as const;
  };

  it(
    'each file gets its verdict: exit 0 and "intact" for a good file, else exit 1 and one line naming it',
    async () => {
      const seen: Array<{ name: string; verdict: Verdict | string }> = [];
      for (const [i, c] of cases.entries()) seen.push({ name: c.name, verdict: cliVerdict(await verifyInProcess(...write(c, i))) });
      expect(seen).toEqual(cases.map((c) => ({ name: c.name, verdict: c.verdict })));
    },
    SLOW,
  );

  it(
    'the bundled CLI, as its own process, gives the same verdicts (a good file, a tampered one)',
    async () => {
      const picked = [cases.findIndex((c) => c.verdict === 'ok'), cases.findIndex((c) => c.verdict === 'bad-signature')];
      const results = await Promise.all(picked.map((i) => cli('verify', ...write(cases[i]!, i))));
      expect(results.map(cliVerdict)).toEqual(picked.map((i) => cases[i]!.verdict));
    },
    SLOW,
  );
});
