import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { gzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInstallationKeys } from '../../../../src-renderer/core/keys';
import { KINDS, PASSPHRASE, failureCode, readAll, readOptions, sampleArchive, sampleLines, sealWithPassphrase, testKeys } from './fixtures';

/** Every bad file yields its code and never an 'end' event (failureCode asserts that). */
const enc = new TextEncoder();
const flip = (bytes: Uint8Array, at: number, mask = 0x01) => {
  const copy = bytes.slice();
  copy[at]! ^= mask;
  return copy;
};

/** Bytes up to and including the age header's MAC line. */
function headerLengthOf(file: Uint8Array): number {
  const macLine = new TextDecoder('latin1').decode(file.subarray(0, 2000)).indexOf('\n---') + 1;
  return file.indexOf(0x0a, macLine) + 1;
}

/** Lines 1 and 2 are the manifest and its signature (format 2); records start at index 2. */
const R = 2;

/** Lines re-signed with a key (manifest and whole payload), so that only the later checks (counts, duplicates…) can catch them. */
function resign(lines: string[], secretKeyHex: string): string[] {
  const manifestSignature = bytesToHex(ed25519.sign(sha256(enc.encode(`${lines[0]}\n`)), hexToBytes(secretKeyHex)));
  const body = [lines[0]!, JSON.stringify({ manifestSignature }), ...lines.slice(R).filter((l) => !l.startsWith('{"trailer"'))];
  const digest = sha256(enc.encode(body.map((l) => `${l}\n`).join('')));
  const signature = bytesToHex(ed25519.sign(digest, hexToBytes(secretKeyHex)));
  return [...body, JSON.stringify({ trailer: { sha256: bytesToHex(digest), signature } })];
}

describe('bad archive files', () => {
  let good: Uint8Array;
  let big: Uint8Array;
  let lines: string[];
  let headerLength: number;
  let bigHeaderLength: number;

  beforeAll(async () => {
    good = await sampleArchive();
    // Several 64 KiB age chunks: records with incompressible noise.
    big = await sampleArchive({ customers: 1500, contacts: 0, noiseBytes: 128 });
    lines = await sampleLines();
    headerLength = headerLengthOf(good);
    bigHeaderLength = headerLengthOf(big);
  });

  it('the good file reads (control)', async () => {
    expect((await readAll(good)).error).toBeNull();
    expect(big.length).toBeGreaterThan(3 * 65552);
  });

  describe('keys', () => {
    it('wrong passphrase', async () => {
      expect(await failureCode(good, { passphrase: 'wrong' })).toBe('wrong-key');
    });
    it('wrong identity', async () => {
      const keys = await testKeys();
      const other = await generateInstallationKeys();
      const file = await sampleArchive({ lock: { recipients: [keys.ageRecipient] } });
      expect(await failureCode(file, { identities: [other.ageIdentity] })).toBe('wrong-key');
    });
    it('a passphrase file opened with an identity, and the reverse, say which lock it needs', async () => {
      const keys = await testKeys();
      const outcome = await readAll(good, { identities: [keys.ageIdentity] });
      expect([outcome.error?.code, outcome.error?.detail]).toEqual(['wrong-key', 'needs-passphrase']);
      const forRecipients = await sampleArchive({ lock: { recipients: [keys.ageRecipient] } });
      const reverse = await readAll(forRecipients, { passphrase: PASSPHRASE });
      expect([reverse.error?.code, reverse.error?.detail]).toEqual(['wrong-key', 'needs-identity']);
    });
    it('scrypt work factor 21 is refused before any scrypt work', async () => {
      // Writing at 21 would cost ~2 GiB and many seconds; the header line is what a reader sees.
      const text = new TextDecoder('latin1').decode(good.subarray(0, headerLength));
      const forged = enc.encode(text.replace(/^(-> scrypt \S+) 10$/m, '$1 21'));
      expect(forged.length).toBe(headerLength);
      const file = new Uint8Array([...forged, ...good.subarray(headerLength)]);
      const started = performance.now();
      expect(await failureCode(file)).toBe('work-factor-too-high');
      expect(performance.now() - started).toBeLessThan(200);
    });
    it('a lower maxWorkFactor refuses a file above it', async () => {
      const file = await sampleArchive({ lock: { passphrase: PASSPHRASE, testOnlyWorkFactor: 13 } });
      expect(await failureCode(file, { passphrase: PASSPHRASE, maxWorkFactor: 12 })).toBe('work-factor-too-high');
    });
  });

  describe('damaged bytes', () => {
    it('empty and white-space-only files', async () => {
      expect(await failureCode(new Uint8Array(0))).toBe('empty');
      expect(await failureCode(enc.encode(' \n\r\n\t'))).toBe('empty');
    });
    it('not age', async () => {
      expect(await failureCode(enc.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'))).toBe('not-age');
      expect(await failureCode(gzipSync(enc.encode('{"a":1}\n')))).toBe('not-age');
      expect(await failureCode(enc.encode('age-encryption.org/v2\n-> X25519 abc\n'))).toBe('not-age');
    });
    it('truncated in the header, before the nonce, in the middle and by the last byte', async () => {
      expect(await failureCode(good.subarray(0, 10))).toBe('truncated');
      expect(await failureCode(good.subarray(0, 40))).toBe('truncated');
      expect(await failureCode(good.subarray(0, headerLength - 1))).toBe('truncated');
      expect(await failureCode(good.subarray(0, headerLength))).toBe('truncated');
      expect(await failureCode(good.subarray(0, headerLength + 10))).toBe('truncated');
      expect(await failureCode(good.subarray(0, good.length - 1))).toBe('truncated');
      expect(await failureCode(big.subarray(0, Math.floor(big.length / 2)))).toBe('truncated');
      expect(await failureCode(big.subarray(0, bigHeaderLength + 16 + 2 * 65552))).toBe('truncated'); // on a chunk boundary
      expect(await failureCode(big.subarray(0, big.length - 1))).toBe('truncated');
    });
    it('a flipped byte in the header MAC', async () => {
      const macAt = good.lastIndexOf(0x20, headerLength) + 5; // inside the MAC's base64
      const flipped = good.slice();
      flipped[macAt] = flipped[macAt] === 0x41 ? 0x42 : 0x41;
      expect(await failureCode(flipped)).toBe('corrupt');
    });
    it('a flipped byte in a recipient stanza looks like a wrong key (age cannot tell)', async () => {
      const bodyAt = good.indexOf(0x0a, 30) + 3; // the scrypt stanza's body line
      const flipped = good.slice();
      flipped[bodyAt] = flipped[bodyAt] === 0x41 ? 0x42 : 0x41;
      expect(await failureCode(flipped)).toBe('wrong-key');
    });
    it('a flipped byte in the payload', async () => {
      expect(await failureCode(flip(big, bigHeaderLength + 16 + 1000))).toBe('corrupt');
      expect(await failureCode(flip(big, bigHeaderLength + 16 + 65552 + 5))).toBe('corrupt');
      // In the final chunk, damage and truncation look the same to age: see docs/archive-format.md.
      expect(await failureCode(flip(good, good.length - 20))).toBe('truncated');
    });
    it('a flipped byte in the signature (re-encrypted after editing the plaintext)', async () => {
      const edited = [...lines];
      const trailer = JSON.parse(edited.at(-1)!) as { trailer: { sha256: string; signature: string } };
      const s = trailer.trailer.signature;
      trailer.trailer.signature = `${s.slice(0, 10)}${s[10] === '0' ? '1' : '0'}${s.slice(11)}`;
      edited[edited.length - 1] = JSON.stringify(trailer);
      expect(await failureCode(await sealWithPassphrase(edited))).toBe('bad-signature');
    });
    it('armor damaged or cut short', async () => {
      const armored = new TextDecoder().decode(await sampleArchive({ armor: true }));
      expect(await failureCode(enc.encode(armored.replace(/\n([A-Za-z0-9+/]{10})[A-Za-z0-9+/]/, '\n$1*')))).toBe('corrupt');
      expect(await failureCode(enc.encode(armored.slice(0, armored.indexOf('-----END'))))).toBe('truncated');
      expect(await failureCode(enc.encode(`${armored}trailing text`))).toBe('corrupt');
    });
  });

  describe('inner layers', () => {
    it('age but not gzip', async () => {
      expect(await failureCode(await sealWithPassphrase(enc.encode('just text\n')))).toBe('not-gzip');
      expect(await failureCode(await sealWithPassphrase(new Uint8Array(0)))).toBe('not-gzip');
      const gz = gzipSync(enc.encode(`${lines.join('\n')}\n`));
      expect(await failureCode(await sealWithPassphrase(gz.subarray(0, gz.length - 30)))).toBe('not-gzip');
      expect(await failureCode(await sealWithPassphrase(new Uint8Array([...gz, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])))).toBe('not-gzip');
    });
    it('a gzip stream cut short at any of its last 64 bytes is not-gzip, never a half-read payload', async () => {
      const gz = gzipSync(enc.encode(`${lines.join('\n')}\n`));
      for (let cut = 1; cut <= 64; cut++) {
        expect(await failureCode(await sealWithPassphrase(gz.subarray(0, gz.length - cut))), `cut ${cut}`).toBe('not-gzip');
      }
    });
    it('gzip but not NDJSON', async () => {
      expect(await failureCode(await sealWithPassphrase(gzipSync(enc.encode('hello world\n'))))).toBe('not-ndjson');
      expect(await failureCode(await sealWithPassphrase(gzipSync(new Uint8Array([0xff, 0xfe, 0x00, 0x0a]))))).toBe('not-ndjson');
      const blankLine = [lines[0]!, '', ...lines.slice(1)];
      expect(await failureCode(await sealWithPassphrase(blankLine))).toBe('not-ndjson');
    });
    it('missing trailer, and a trailer before the last record', async () => {
      expect(await failureCode(await sealWithPassphrase(lines.slice(0, -1)))).toBe('missing-trailer');
      const moved = [...lines.slice(0, -2), lines.at(-1)!, lines.at(-2)!];
      const outcome = await readAll(await sealWithPassphrase(moved));
      expect([outcome.error?.code, outcome.error?.line]).toEqual(['missing-trailer', lines.length]);
      const malformed = [...lines.slice(0, -1), '{"trailer":{"sha256":"00"}}'];
      expect(await failureCode(await sealWithPassphrase(malformed))).toBe('missing-trailer');
    });
    it('an edited, added, removed or duplicated record line', async () => {
      const edited = [...lines];
      edited[R + 2] = edited[R + 2]!.replace('客户2', '客户X');
      expect(edited[R + 2]).not.toBe(lines[R + 2]);
      expect(await failureCode(await sealWithPassphrase(edited))).toBe('hash-mismatch');
      const removed = lines.filter((_, i) => i !== R + 3);
      expect(await failureCode(await sealWithPassphrase(removed))).toBe('hash-mismatch');
      const added = [...lines.slice(0, R + 4), lines[R + 4]!.replace(/"id":"[^"]+"/, '"id":"0190a1b2-c3d4-7e5f-8a9b-0000ffffffff"'), ...lines.slice(R + 4)];
      expect(await failureCode(await sealWithPassphrase(added))).toBe('count-mismatch');
      const duplicated = [...lines.slice(0, R + 4), lines[R + 3]!, ...lines.slice(R + 4)];
      expect(await failureCode(await sealWithPassphrase(duplicated))).toBe('duplicate-record');
    });
    it('an added record with the manifest count edited too: the manifest signature catches it at line 2, before any record', async () => {
      const added = [...lines.slice(0, R + 4), lines[R + 4]!.replace(/"id":"[^"]+"/, '"id":"0190a1b2-c3d4-7e5f-8a9b-0000ffffffff"'), ...lines.slice(R + 4)];
      added[0] = added[0]!.replace('"customers":20', '"customers":21');
      const outcome = await readAll(await sealWithPassphrase(added));
      expect([outcome.error?.code, outcome.error?.line]).toEqual(['bad-signature', 2]);
      expect(outcome.events).toEqual([]);
    });
    it('an edit with a recomputed hash: the signature catches it', async () => {
      const edited = lines.slice(0, -1);
      edited[R + 2] = edited[R + 2]!.replace('客户2', '客户X');
      // The manifest and its signature are ours and intact: only the payload signature can catch the edit.
      const sha = bytesToHex(sha256(enc.encode(edited.map((l) => `${l}\n`).join(''))));
      const ours = JSON.parse(lines.at(-1)!) as { trailer: { signature: string } };
      const forged = [...edited, JSON.stringify({ trailer: { sha256: sha, signature: ours.trailer.signature } })];
      const outcome = await readAll(await sealWithPassphrase(forged));
      expect([outcome.error?.code, outcome.error?.line]).toEqual(['bad-signature', undefined]);
    });
    it('re-signed by another key: verifies, but end names that key (trust is the caller’s decision)', async () => {
      const attacker = await generateInstallationKeys();
      const edited = [...lines];
      edited[0] = edited[0]!.replace(/"signerPublicKey":"[0-9a-f]+"/, `"signerPublicKey":"${attacker.signingPublicKey}"`);
      const outcome = await readAll(await sealWithPassphrase(resign(edited, attacker.signingSecretKey)));
      const end = outcome.events.at(-1);
      expect(end?.type === 'end' && end.signerPublicKey).toBe(attacker.signingPublicKey);
      expect(end?.type === 'end' && end.signerPublicKey).not.toBe((await testKeys()).signingPublicKey);
    });
    it('fewer records than declared, correctly signed', async () => {
      const keys = await testKeys();
      const fewer = resign(
        lines.filter((_, i) => i !== R + 3),
        keys.signingSecretKey,
      );
      expect(await failureCode(await sealWithPassphrase(fewer))).toBe('count-mismatch');
    });
    it('unknown format version, newer schema, bad manifest', async () => {
      const v5 = [lines[0]!.replace('"formatVersion":3', '"formatVersion":5'), ...lines.slice(1)];
      expect(await failureCode(await sealWithPassphrase(v5))).toBe('unknown-format-version');
      const newer = [lines[0]!.replace('"schemaVersion":3', '"schemaVersion":4'), ...lines.slice(1)];
      expect(await failureCode(await sealWithPassphrase(newer))).toBe('newer-schema');
      const noExporter = [lines[0]!.replace('"exporter":"张三",', ''), ...lines.slice(1)];
      expect(await failureCode(await sealWithPassphrase(noExporter))).toBe('bad-manifest');
      expect(await failureCode(await sealWithPassphrase(lines.slice(1)))).toBe('bad-manifest');
    });
    it('__proto__, constructor and prototype keys at any depth', async () => {
      const withKey = (json: string) => [...lines.slice(0, 2), lines[2]!.replace('"name":', `${json},"name":`), ...lines.slice(3)];
      for (const json of [
        '"__proto__":{"admin":true}',
        '"meta":{"constructor":{"prototype":{"x":1}}}',
        '"a":[{"b":{"prototype":1}}]',
        '"\\u005f_proto__":{}',
      ]) {
        const outcome = await readAll(await sealWithPassphrase(withKey(json)));
        expect([outcome.error?.code, outcome.error?.line]).toEqual(['hostile-key', 3]);
      }
      const inManifest = [lines[0]!.replace('"exporter":', '"__proto__":{},"exporter":'), ...lines.slice(1)];
      expect(await failureCode(await sealWithPassphrase(inManifest))).toBe('hostile-key');
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
    });
    it('unknown kinds, on a record line or in the manifest', async () => {
      const onLine = [...lines.slice(0, 2), lines[2]!.replace('"kind":"customers"', '"kind":"secrets"'), ...lines.slice(3)];
      expect(await failureCode(await sealWithPassphrase(onLine))).toBe('unknown-kind');
      expect(await failureCode(await sealWithPassphrase(lines), undefined, readOptions({ knownKinds: ['customers'] }))).toBe('unknown-kind');
    });
    it('invalid record shapes', async () => {
      const validate = (kind: string, record: Record<string, unknown>) => (kind === 'customers' && record.name === '客户7' ? 'name: reserved' : null);
      const outcome = await readAll(await sealWithPassphrase(lines), undefined, readOptions({ validate }));
      expect([outcome.error?.code, outcome.error?.line]).toEqual(['bad-record', 10]);
      const notObject = [...lines.slice(0, 2), '{"kind":"customers","record":[1,2]}', ...lines.slice(3)];
      expect(await failureCode(await sealWithPassphrase(notObject))).toBe('bad-record');
      const extraKey = [...lines.slice(0, 2), lines[2]!.replace('{"kind"', '{"extra":1,"kind"'), ...lines.slice(3)];
      expect(await failureCode(await sealWithPassphrase(extraKey))).toBe('bad-record');
      const deep = [...lines.slice(0, 2), lines[2]!.replace('"name":', `"deep":${'['.repeat(65)}${']'.repeat(65)},"name":`), ...lines.slice(3)];
      expect(await failureCode(await sealWithPassphrase(deep))).toBe('bad-record');
      const throwing = () => {
        throw new RangeError('Maximum call stack size exceeded');
      };
      expect(await failureCode(await sealWithPassphrase(lines), undefined, readOptions({ validate: throwing }))).toBe('bad-record');
      const notJson = [...lines.slice(0, 2), '{"kind":"customers",', ...lines.slice(3)];
      expect(await failureCode(await sealWithPassphrase(notJson))).toBe('not-ndjson');
    });
    it('an over-long line, with or without its newline', async () => {
      const long = [...lines.slice(0, 2), lines[2]!.replace('"name":', `"notes":"${'很'.repeat(2000)}","name":`), ...lines.slice(3)];
      const outcome = await readAll(await sealWithPassphrase(long), undefined, readOptions({ maxLineBytes: 4096 }));
      expect([outcome.error?.code, outcome.error?.line]).toEqual(['line-too-long', 3]);
      const endless = gzipSync(enc.encode(`${lines[0]}\n${'x'.repeat(100_000)}`));
      expect(await failureCode(await sealWithPassphrase(endless), undefined, readOptions({ maxLineBytes: 4096 }))).toBe('line-too-long');
    });
    it('more records than the reader accepts', async () => {
      expect(await failureCode(good, undefined, readOptions({ maxRecords: 10 }))).toBe('too-large');
    });
  });

  it('knows every kind it reads', () => {
    expect(KINDS).toEqual(['customers', 'contacts']);
  });
});
