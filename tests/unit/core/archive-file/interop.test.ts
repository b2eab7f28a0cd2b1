import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPayload } from '../../../../src-renderer/core/archive-file';
import { collect, manifestFor, readAll, sampleArchive, sampleRecords, testKeys } from './fixtures';

/**
 * Interoperability with the reference implementation: Debian's `age` 1.1.1 must open what we write,
 * and we must read what it encrypts. age reads passphrases only from a TTY, so these use identities.
 */
const AGE = '/usr/bin/age';
const hasAge = existsSync(AGE);
if (!hasAge) console.warn(`skipped: archive interop tests need ${AGE} (apt-get install age)`);
const hasTools = ['/usr/bin/openssl', '/usr/bin/jq', '/usr/bin/xxd', '/usr/bin/sha256sum'].every((tool) => existsSync(tool));

/** The security officer's recipe of docs/archive-format.md, verbatim apart from the file names. */
const RECIPE = `set -euo pipefail
age -d -i key.txt archive.age | gunzip > payload.ndjson
head -n 1 payload.ndjson | jq -e '.format == "airgap-crm-archive"' > /dev/null
test "$(sed '$d' payload.ndjson | sha256sum | cut -d' ' -f1)" = "$(tail -n 1 payload.ndjson | jq -r .trailer.sha256)"
tail -n 1 payload.ndjson | jq -r .trailer.sha256 | xxd -r -p > digest.bin
tail -n 1 payload.ndjson | jq -r .trailer.signature | xxd -r -p > signature.bin
head -n 1 payload.ndjson | jq -r .signerPublicKey | sed 's/^/302a300506032b6570032100/' | xxd -r -p > signer.der
openssl pkeyutl -verify -pubin -inkey signer.der -keyform DER -rawin -in digest.bin -sigfile signature.bin
# the manifest signature (line 2): Ed25519 over the SHA-256 of line 1, by the same key
head -n 1 payload.ndjson | sha256sum | cut -d' ' -f1 | xxd -r -p > manifest-digest.bin
sed -n 2p payload.ndjson | jq -r .manifestSignature | xxd -r -p > manifest-signature.bin
openssl pkeyutl -verify -pubin -inkey signer.der -keyform DER -rawin -in manifest-digest.bin -sigfile manifest-signature.bin`;

describe.skipIf(!hasAge)('interop with Debian age (skipped when /usr/bin/age is missing)', () => {
  let dir: string;
  let identityFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'archive-interop-'));
    identityFile = join(dir, 'identity.txt');
    const keys = await testKeys();
    writeFileSync(identityFile, `# test identity\n${keys.ageIdentity}\n`, { mode: 0o600 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const armor of [false, true]) {
    it(`age -d opens our ${armor ? 'armored' : 'binary'} file; the payload gunzips to NDJSON with the manifest first`, async () => {
      const keys = await testKeys();
      const file = join(dir, armor ? 'ours.age.asc' : 'ours.age');
      writeFileSync(file, await sampleArchive({ lock: { recipients: [keys.ageRecipient] }, armor, customers: 500 }));
      const gz = execFileSync(AGE, ['-d', '-i', identityFile, file]);
      const lines = gunzipSync(gz).toString('utf8').split('\n');
      expect(lines.at(-1)).toBe('');
      const manifest = JSON.parse(lines[0]!) as Record<string, unknown>;
      expect(manifest).toMatchObject({
        format: 'airgap-crm-archive',
        formatVersion: 3,
        signerPublicKey: keys.signingPublicKey,
        counts: { customers: 500, contacts: 5 },
      });
      expect(lines).toHaveLength(1 + 1 + 505 + 1 + 1); // manifest, its signature, records, trailer, final LF
      expect(JSON.parse(lines.at(-2)!)).toHaveProperty('trailer.signature');
    });
  }

  for (const armor of [false, true]) {
    it(`we read and verify a payload that age -r ${armor ? '-a ' : ''}encrypted`, async () => {
      const keys = await testKeys();
      const payload = join(dir, 'payload.ndjson.gz');
      writeFileSync(
        payload,
        await collect(
          buildPayload({ manifest: manifestFor({ customers: 2000, contacts: 3 }), records: sampleRecords(2000, 3), signingSecretKey: keys.signingSecretKey }),
        ),
      );
      const out = join(dir, armor ? 'theirs.age.asc' : 'theirs.age');
      execFileSync(AGE, ['-r', keys.ageRecipient, ...(armor ? ['-a'] : []), '-o', out, payload]);
      const { events, error } = await readAll(new Uint8Array(readFileSync(out)), { identities: [keys.ageIdentity] });
      expect(error).toBeNull();
      expect(events.at(-1)).toMatchObject({ type: 'end', verified: true, records: 2003, signerPublicKey: keys.signingPublicKey });
    });
  }

  it.skipIf(!hasTools)('the documented recipe verifies hash and signature with age, gunzip, sha256sum, jq and openssl', async () => {
    const keys = await testKeys();
    writeFileSync(join(dir, 'key.txt'), `${keys.ageIdentity}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'archive.age'), await sampleArchive({ lock: { recipients: [keys.ageRecipient] }, customers: 300 }));
    const ok = execFileSync('bash', ['-c', RECIPE], { cwd: dir, encoding: 'utf8' });
    expect(ok.match(/Signature Verified Successfully/g)).toHaveLength(2); // the payload's and the manifest's
    const payload = readFileSync(join(dir, 'payload.ndjson'), 'utf8').split('\n');
    payload[5] = payload[5]!.replace('客户', '客X');
    writeFileSync(join(dir, 'payload.ndjson'), payload.join('\n'));
    const tampered = RECIPE.split('\n')
      .filter((line) => !line.startsWith('age -d'))
      .join('\n');
    expect(() => execFileSync('bash', ['-c', tampered], { cwd: dir, stdio: 'pipe' })).toThrow();
  });

  it('keys made by age-keygen work both ways', async () => {
    const keyFile = join(dir, 'keygen.txt');
    execFileSync('/usr/bin/age-keygen', ['-o', keyFile], { stdio: 'ignore' });
    const text = readFileSync(keyFile, 'utf8');
    const recipient = /# public key: (age1\S+)/.exec(text)![1]!;
    const identity = /^AGE-SECRET-KEY-1\S+$/m.exec(text)![0];
    const file = join(dir, 'for-keygen.age');
    writeFileSync(file, await sampleArchive({ lock: { recipients: [recipient] } }));
    expect(gunzipSync(execFileSync(AGE, ['-d', '-i', keyFile, file])).toString('utf8')).toMatch(/^\{"format":"airgap-crm-archive"/);
    expect((await readAll(new Uint8Array(readFileSync(file)), { identities: [identity] })).events.at(-1)?.type).toBe('end');
  });
});
