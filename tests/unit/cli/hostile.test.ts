import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_TEXT } from '../../../src-main/cli/errors';
import { SCHEMA_VERSION } from '../../../src-main/cli/schema-version';
import { hostileCases, PASSPHRASE, type HostileCase, type Verdict } from '../hostile/cases';
import { buildCli, cli, expectOneErrorLine, type CliResult } from './helpers';

/**
 * The shared hostile corpus (tests/unit/hostile/cases.ts) through `verify`; the app's import runs the same
 * cases in tests/unit/hostile/app-import.test.ts.
 */
/** The whole corpus runs a CLI process per case, a few at a time: generous when the machine is shared. */
const SLOW = 300_000;
const AT_ONCE = 3;

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
  it(
    'each file gets its verdict: exit 0 and "intact" for a good file, else exit 1 and one line naming it',
    async () => {
      const seen: Array<{ name: string; verdict: Verdict | string }> = [];
      for (let i = 0; i < cases.length; i += AT_ONCE) {
        const batch = cases.slice(i, i + AT_ONCE);
        const results = await Promise.all(
          batch.map(async (c, j) => {
            const path = join(dir, `case-${i + j}.age`);
            writeFileSync(path, c.file);
            const pass = join(dir, `pass-${i + j}.txt`);
            writeFileSync(pass, `${c.passphrase ?? PASSPHRASE}\n`);
            return cli('verify', path, '--passphrase-file', pass);
          }),
        );
        batch.forEach((c, j) => seen.push({ name: c.name, verdict: cliVerdict(results[j]!) }));
      }
      expect(seen).toEqual(cases.map((c) => ({ name: c.name, verdict: c.verdict })));
    },
    SLOW,
  );
});
