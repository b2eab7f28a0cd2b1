import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, customers, expectOneErrorLine, gzipLines, payloadLines, ROOT, sealRecipients, testKeys } from './helpers';

/**
 * Issue 14.9: `unpack` writes no plaintext before the whole file verified, and leaves no temp file
 * behind even after a SIGKILL (its janitor process removes it; after a power cut, the next run in that
 * folder does). Runs the bundled CLI.
 */
const SLOW = 180_000;
let dir: string;
const at = (name: string) => join(dir, name);
const temps = (folder: string) => readdirSync(folder).filter((n) => /\.airgap-\d+-[0-9a-f]{12}\.tmp$/.test(n));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archive-unpack-kill-'));
  await buildCli();
  const keys = await testKeys();
  writeFileSync(at('id.txt'), `${keys.ageIdentity}\n`, { mode: 0o600 });
  // A file big enough that writing its plaintext takes a while: the sample institute at 600 customers.
  expect((await cli('keygen', '--out', at('keys'))).code).toBe(0);
  expect((await cli('sample', '--customers', '600', '--out', at('dataset.json'))).code).toBe(0);
  const packed = await cli('pack', at('dataset.json'), '--recipient', keys.ageRecipient, '--sign-key', at('keys/signing-key.txt'), '--out', at('big.age'));
  expect(packed.code).toBe(0);
  // Tampered at the end only (a record edited, hash unchanged): every check before the last line passes.
  const lines = await payloadLines(customers(300));
  lines[lines.length - 2] = lines.at(-2)!.replace(/"name":"[^"]+"/, '"name":"改过的名字"');
  writeFileSync(at('tampered.age'), await sealRecipients(gzipLines(lines), [keys.ageRecipient]));
}, SLOW);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `unpack`, watching the folder every few ms; `kill` once a temp file shows up. */
function unpackWatched(file: string, out: string, kill: boolean): Promise<{ code: number | null; signal: string | null; sawTemp: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['out/cli/archive.mjs', 'unpack', file, '--identity', at('id.txt'), '--out', out], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let sawTemp = false;
    const timer = setInterval(() => {
      if (temps(dir).length === 0) return;
      sawTemp = true;
      if (kill) child.kill('SIGKILL');
    }, 2);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, sawTemp, stderr });
    });
  });
}

describe('unpack', () => {
  it(
    'writes no plaintext, not even a temp file, for a file that fails only at its end',
    async () => {
      const run = await unpackWatched(at('tampered.age'), at('tampered.ndjson'), false);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^error: the content does not match its hash/);
      expect(run.sawTemp).toBe(false);
      expect(existsSync(at('tampered.ndjson'))).toBe(false);
      expect(temps(dir)).toEqual([]);
    },
    SLOW,
  );

  it(
    "killed (SIGKILL) while writing: its janitor removes the temp file at once; a power cut's leftover goes at the next run",
    async () => {
      const killed = await unpackWatched(at('big.age'), at('out.ndjson'), true);
      expect(killed.signal).toBe('SIGKILL');
      expect(killed.sawTemp).toBe(true);
      expect(existsSync(at('out.ndjson'))).toBe(false);
      // The janitor sees its pipe close when the kernel ends the CLI; give it a moment to start and unlink.
      await expect.poll(() => temps(dir), { timeout: 5_000, interval: 20 }).toEqual([]);

      // A temp file whose run and janitor are both gone (a power cut) is removed by the next run in that folder.
      const gone = spawnSync(process.execPath, ['-e', '']).pid!;
      const stale = at(`.left.ndjson.airgap-${gone}-0123456789ab.tmp`);
      writeFileSync(stale, 'plaintext of a run that died', { mode: 0o600 });
      const again = await cli('unpack', at('big.age'), '--identity', at('id.txt'), '--out', at('out.ndjson'));
      expect(again.code, again.stderr).toBe(0);
      expect(existsSync(stale)).toBe(false);
      expect(temps(dir)).toEqual([]);
      expect(readFileSync(at('out.ndjson'), 'utf8')).toMatch(/^\{"format":"airgap-crm-archive"/);
    },
    SLOW,
  );

  it('a failure is one error line (unchanged)', async () => {
    expectOneErrorLine(await cli('unpack', at('missing.age'), '--identity', at('id.txt'), '--out', at('x.ndjson')));
  });
});
