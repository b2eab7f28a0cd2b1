// exchange.age-vs-cli, the baseline side: the Debian `age` binary encrypting the same bytes the
// bench page encrypts (same xorshift32 generator as benchBytes in page-exchange.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function benchBytes(length, seed) {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    words[i] = x;
  }
  return new Uint8Array(words.buffer, 0, length);
}

/** Seconds `age -r` takes on the bytes (the file is written first, untimed), the recipient used, and the bytes' SHA-256. */
export async function ageCliSeconds(length, seed) {
  const dir = mkdtempSync(join(tmpdir(), 'airgap-bench-age-'));
  try {
    const keygen = spawnSync('age-keygen', ['-o', join(dir, 'key.txt')], { encoding: 'utf8' });
    if (keygen.status !== 0) throw new Error(`age-keygen failed: ${keygen.stderr}`);
    const recipient = /age1[0-9a-z]+/.exec(keygen.stderr)[0];
    const bytes = benchBytes(length, seed);
    writeFileSync(join(dir, 'plain.bin'), bytes);
    const started = performance.now();
    const run = spawnSync('age', ['-r', recipient, '-o', join(dir, 'sealed.age'), join(dir, 'plain.bin')]);
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`age failed: ${run.stderr}`);
    return { seconds, recipient, sha256: createHash('sha256').update(bytes).digest('hex') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
