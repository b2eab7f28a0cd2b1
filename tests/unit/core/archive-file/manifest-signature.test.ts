import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../../src-renderer/core/archive-file';
import { generateInstallationKeys, keyFingerprint } from '../../../../src-renderer/core/keys';
import { PASSPHRASE, readAll, readOptions, sampleArchive, sampleLines, sealWithPassphrase, testKeys } from './fixtures';

/**
 * Format version 2: line 2 signs the manifest, so who made a file is proven before any record is
 * read, and a file that only claims a signer costs no more than its first two lines.
 */
const enc = new TextEncoder();
const sign = (text: string, secretHex: string) => bytesToHex(ed25519.sign(sha256(enc.encode(text)), hexToBytes(secretHex)));

/** A whole payload signed by `secretHex`, as a writer of format `version` makes it. */
function signedPayload(manifest: string, records: string[], secretHex: string, version: 1 | 2): string[] {
  const head = version === 2 ? [manifest, JSON.stringify({ manifestSignature: sign(`${manifest}\n`, secretHex) })] : [manifest];
  const body = [...head, ...records];
  const digest = sha256(enc.encode(body.map((l) => `${l}\n`).join('')));
  return [...body, JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature: bytesToHex(ed25519.sign(digest, hexToBytes(secretHex))) } })];
}

/** A stream that counts what the reader pulled. */
function counted(file: Uint8Array) {
  const state = { offset: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull: (c) => (state.offset < file.length ? c.enqueue(file.slice(state.offset, (state.offset += 4096))) : c.close()),
  });
  return { stream, state };
}

describe('the manifest signature (format 2)', () => {
  it('the manifest event comes after line 2 verified, before the first record, and says so', async () => {
    const keys = await testKeys();
    const { events, error } = await readAll(await sealWithPassphrase(await sampleLines(2, 0)));
    expect(error).toBeNull();
    expect(events.map((e) => e.type)).toEqual(['manifest', 'record', 'record', 'end']);
    expect(events[0]).toMatchObject({ signed: true, signerFingerprint: keyFingerprint(keys.signingPublicKey) });
    expect(events[1]).toMatchObject({ type: 'record', line: 3 });
  });

  it('a file that claims our signer but is signed by another key fails at line 2, having yielded nothing and read little', async () => {
    const keys = await testKeys();
    const attacker = await generateInstallationKeys();
    const lines = await sampleLines(1, 0);
    // 300 records of 16 KB noise after a manifest that names our key, signed by the attacker.
    const junk = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ kind: 'customers', record: { id: `x${i}`, notes: bytesToHex(crypto.getRandomValues(new Uint8Array(8192))) } }),
    );
    const manifest = lines[0]!.replace('"customers":1', '"customers":300');
    expect(manifest).toContain(keys.signingPublicKey);
    const file = await sealWithPassphrase(signedPayload(manifest, junk, attacker.signingSecretKey, 2));
    const { stream, state } = counted(file);
    const outcome = await readAll(stream);
    expect([outcome.error?.code, outcome.error?.line]).toEqual(['bad-signature', 2]);
    expect(outcome.events).toEqual([]);
    expect(state.offset).toBeLessThan(file.length / 20);
  });

  it('a missing or malformed signature line is refused at line 2', async () => {
    const lines = await sampleLines(2, 0);
    const without = [lines[0]!, ...lines.slice(2)];
    expect(await readAll(await sealWithPassphrase(without)).then((o) => [o.error?.code, o.error?.line])).toEqual(['bad-manifest', 2]);
    const malformed = [lines[0]!, '{"manifestSignature":"00"}', ...lines.slice(2)];
    expect(await readAll(await sealWithPassphrase(malformed)).then((o) => [o.error?.code, o.error?.line])).toEqual(['bad-manifest', 2]);
    const onlyManifest = [lines[0]!];
    expect((await readAll(await sealWithPassphrase(onlyManifest))).error?.code).toBe('bad-manifest');
  });

  it('a consumer that decides on the signer at the manifest event reads no record', async () => {
    const keys = await testKeys();
    const file = await sampleArchive({ customers: 1500, contacts: 0, noiseBytes: 128 });
    const { stream, state } = counted(file);
    const seen: string[] = [];
    for await (const event of readArchive(stream, { passphrase: PASSPHRASE }, readOptions())) {
      seen.push(event.type);
      if (event.type === 'manifest' && event.manifest.signerPublicKey === keys.signingPublicKey) break; // e.g. "own file"
    }
    expect(seen).toEqual(['manifest']);
    expect(state.offset).toBeLessThan(file.length);
  });

  it('a version-1 file (no manifest signature) still reads, its signer proven only at the end', async () => {
    const keys = await testKeys();
    const lines = await sampleLines(3, 0);
    const v1 = signedPayload(lines[0]!.replace('"formatVersion":3', '"formatVersion":1'), lines.slice(2, -1), keys.signingSecretKey, 1);
    const { events, error } = await readAll(await sealWithPassphrase(v1));
    expect(error).toBeNull();
    expect(events.map((e) => e.type)).toEqual(['manifest', 'record', 'record', 'record', 'end']);
    expect(events[0]).toMatchObject({ signed: false, manifest: { formatVersion: 1 } });
    expect(events[1]).toMatchObject({ line: 2 });
  });

  it('a version-1 manifest may not carry the fields of version 2', async () => {
    const keys = await testKeys();
    const lines = await sampleLines(1, 0);
    const v1 = lines[0]!.replace('"formatVersion":3', '"formatVersion":1').replace('"exporter":', '"sequence":3,"exporter":');
    const { error } = await readAll(await sealWithPassphrase(signedPayload(v1, lines.slice(2, -1), keys.signingSecretKey, 1)));
    expect(error?.code).toBe('bad-manifest');
  });

  it('format 3: the copy number (份号) is read, covered by both signatures; a version-2 file without it still reads', async () => {
    const keys = await testKeys();
    const lines = await sampleLines(2, 0);
    const numbered = lines[0]!.replace('"exporter":', '"copyNumber":"FH-KF3-2026-000123","exporter":');
    const ok = await readAll(await sealWithPassphrase(signedPayload(numbered, lines.slice(2, -1), keys.signingSecretKey, 2)));
    expect(ok.error).toBeNull();
    expect(ok.events[0]).toMatchObject({ signed: true, manifest: { formatVersion: 3, copyNumber: 'FH-KF3-2026-000123' } });
    // Changed after signing: the manifest signature (line 2) no longer verifies.
    const signed = signedPayload(numbered, lines.slice(2, -1), keys.signingSecretKey, 2);
    const forged = [signed[0]!.replace('000123', '000999'), ...signed.slice(1)];
    expect((await readAll(await sealWithPassphrase(forged))).error?.code).toBe('bad-signature');
    // A number of another shape is refused, and version 2 may not carry one.
    const odd = lines[0]!.replace('"exporter":', '"copyNumber":"份号 1","exporter":');
    expect((await readAll(await sealWithPassphrase(signedPayload(odd, lines.slice(2, -1), keys.signingSecretKey, 2)))).error?.code).toBe('bad-manifest');
    const v2numbered = numbered.replace('"formatVersion":3', '"formatVersion":2');
    expect((await readAll(await sealWithPassphrase(signedPayload(v2numbered, lines.slice(2, -1), keys.signingSecretKey, 2)))).error?.code).toBe('bad-manifest');
    // A file written before format 3 (version 2, no number) reads as before.
    const v2 = lines[0]!.replace('"formatVersion":3', '"formatVersion":2');
    const old = await readAll(await sealWithPassphrase(signedPayload(v2, lines.slice(2, -1), keys.signingSecretKey, 2)));
    expect(old.error).toBeNull();
    expect(old.events[0]).toMatchObject({ signed: true, manifest: { formatVersion: 2 } });
    expect(old.events[0]).not.toHaveProperty('manifest.copyNumber');
  });
});
