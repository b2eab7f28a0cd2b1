import { armor, Decrypter } from 'age-encryption';
import { gunzipSync, gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateInstallationKeys, keyFingerprint } from '../../../../src-renderer/core/keys';
import {
  ArchiveError,
  buildPayload,
  inspectArchive,
  readArchive,
  readPayload,
  writeArchive,
  type ArchiveRecordLine,
} from '../../../../src-renderer/core/archive-file';
import {
  PASSPHRASE,
  collect,
  customer,
  failureCode,
  manifestFor,
  readAll,
  readOptions,
  sampleArchive,
  sampleLines,
  sampleRecords,
  sealWithPassphrase,
  testKeys,
} from './fixtures';

const enc = new TextEncoder();

function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, (offset += size)));
    },
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArchiveError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('archive round trip', () => {
  it('with a passphrase: manifest, records in order, then a verified end', async () => {
    const keys = await testKeys();
    const { events, error } = await readAll(await sampleArchive({ customers: 3, contacts: 2 }));
    expect(error).toBeNull();
    expect(events.map((e) => e.type)).toEqual(['manifest', 'record', 'record', 'record', 'record', 'record', 'end']);
    const first = events[0];
    const manifest = first?.type === 'manifest' ? first.manifest : null;
    expect(manifest).toMatchObject({ format: 'airgap-crm-archive', formatVersion: 3, schemaVersion: 3, signerPublicKey: keys.signingPublicKey });
    expect(first).toMatchObject({ signed: true, signerFingerprint: keyFingerprint(keys.signingPublicKey) });
    // `bytes`: the line's size with its LF (what the import bounds its staged batches by, issue 14.2).
    const bytes = new TextEncoder().encode(`${JSON.stringify({ kind: 'customers', record: customer(0) })}\n`).length;
    expect(events[1]).toEqual({ type: 'record', kind: 'customers', record: customer(0), line: 3, bytes });
    expect(events.at(-1)).toMatchObject({
      type: 'end',
      verified: true,
      signerPublicKey: keys.signingPublicKey,
      signerFingerprint: keyFingerprint(keys.signingPublicKey),
      counts: { customers: 3, contacts: 2 },
      records: 5,
    });
  });

  it('with several recipients: each identity opens it', async () => {
    const a = await testKeys();
    const b = await generateInstallationKeys();
    const file = await sampleArchive({ lock: { recipients: [a.ageRecipient, b.ageRecipient] } });
    for (const identity of [a.ageIdentity, b.ageIdentity]) {
      expect((await readAll(file, { identities: [identity] })).events.at(-1)?.type).toBe('end');
    }
  });

  it('armored: standard age armor, read whole or in odd chunks, with CRLF and surrounding space', async () => {
    const keys = await testKeys();
    const file = await sampleArchive({ armor: true, lock: { recipients: [keys.ageRecipient] }, customers: 200 });
    const text = new TextDecoder().decode(file);
    expect(text.startsWith('-----BEGIN AGE ENCRYPTED FILE-----\n')).toBe(true);
    expect(text.endsWith('-----END AGE ENCRYPTED FILE-----\n')).toBe(true);
    const d = new Decrypter();
    d.addIdentity(keys.ageIdentity);
    const plain = gunzipSync(await d.decrypt(armor.decode(text)));
    expect(new TextDecoder().decode(plain).split('\n')[0]).toContain('"format":"airgap-crm-archive"');
    const unlock = { identities: [keys.ageIdentity] };
    for (const input of [file, chunked(file, 7), chunked(enc.encode(`\n  ${text.replaceAll('\n', '\r\n')}\n\n`), 1000)]) {
      expect((await readAll(input, unlock)).events.at(-1)?.type).toBe('end');
    }
  });

  it('reads a binary file handed over in small chunks', async () => {
    const file = await sampleArchive({ customers: 300 });
    expect((await readAll(chunked(file, 333))).events.at(-1)?.type).toBe('end');
  });

  it('uses scrypt work factor 18 by default, and refuses weaker ones without the test-only option', async () => {
    const keys = await testKeys();
    const options = { manifest: manifestFor({ customers: 1, contacts: 0 }), records: sampleRecords(1), signingSecretKey: keys.signingSecretKey };
    const file = await collect(await writeArchive({ ...options, lock: { passphrase: PASSPHRASE } }));
    expect(new TextDecoder().decode(file.subarray(0, 100))).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    expect(await codeOf(writeArchive({ ...options, lock: { passphrase: PASSPHRASE, workFactor: 17 } }))).toBe('bad-lock');
    expect(await codeOf(writeArchive({ ...options, lock: { passphrase: PASSPHRASE, workFactor: 21 } }))).toBe('bad-lock');
    expect(await codeOf(writeArchive({ ...options, lock: { passphrase: '' } }))).toBe('bad-lock');
    expect(await codeOf(writeArchive({ ...options, lock: { recipients: [] } }))).toBe('bad-lock');
    expect(await codeOf(writeArchive({ ...options, lock: { recipients: ['age1pq1notsupported'] } }))).toBe('bad-lock');
  });

  it('the plaintext layer alone round-trips, deterministically', async () => {
    const keys = await testKeys();
    const build = () =>
      collect(buildPayload({ manifest: manifestFor({ customers: 50, contacts: 0 }), records: sampleRecords(50), signingSecretKey: keys.signingSecretKey }));
    const [one, two] = [await build(), await build()];
    expect(one).toEqual(two);
    const events = [];
    for await (const event of readPayload(new Blob([one]).stream() as ReadableStream<Uint8Array>, readOptions())) events.push(event);
    expect(events.at(-1)).toMatchObject({ type: 'end', records: 50 });
  });

  it('tolerates what other gzip tools make: several members, and no newline after the trailer', async () => {
    const lines = await sampleLines();
    const gz = (text: string) => gzipSync(enc.encode(text));
    const twoMembers = new Uint8Array([...gz(`${lines.slice(0, 7).join('\n')}\n`), ...gz(lines.slice(7).join('\n'))]);
    expect((await readAll(await sealWithPassphrase(twoMembers))).events.at(-1)).toMatchObject({ type: 'end', records: 25 });
  });

  it('inspects a good, a tampered and an unreadable file', async () => {
    const keys = await testKeys();
    const file = await sampleArchive();
    const good = await inspectArchive(file, { passphrase: PASSPHRASE });
    expect(good).toMatchObject({ verified: true, counts: { customers: 20, contacts: 5 }, records: 25, signerPublicKey: keys.signingPublicKey, problem: null });
    const big = await sampleArchive({ customers: 1500, noiseBytes: 128 }); // several age chunks
    const bad = await inspectArchive(big.subarray(0, big.length - 1), { passphrase: PASSPHRASE });
    expect(bad).toMatchObject({ verified: false, sha256: null, problem: { code: 'truncated' } });
    expect(bad.manifest.exporter).toBe('张三');
    expect(await codeOf(inspectArchive(file, { passphrase: 'wrong' }))).toBe('wrong-key');
  });

  it('reports progress and the content hash', async () => {
    let summarySha = '';
    const writes: number[] = [];
    const file = await sampleArchive({ customers: 3000, onProgress: (p) => writes.push(p.records), onComplete: (s) => (summarySha = s.sha256) });
    expect(writes.at(-1)).toBe(3005);
    const reads: number[] = [];
    const { events } = await readAll(file, undefined, readOptions({ onProgress: (p) => reads.push(p.bytesRead) }));
    expect(reads.at(-1)).toBe(file.length);
    expect(reads).toEqual([...reads].sort((x, y) => x - y));
    expect(events.at(-1)).toMatchObject({ type: 'end', sha256: summarySha });
  });

  it('round-trips any JSON records exactly', async () => {
    const fc = await import('fast-check');
    const keys = await testKeys();
    const safeKey = fc.string().filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
    const value = fc.letrec((tie) => ({
      json: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('json'), { maxLength: 4 }),
        fc.dictionary(safeKey, tie('json'), { maxKeys: 4 }),
      ),
    })).json;
    const record = fc.record({ id: fc.uuid(), data: value });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 20 }), async (records) => {
        const lines: ArchiveRecordLine[] = records.map((r) => ({ kind: 'customers', record: r }));
        const gz = await collect(buildPayload({ manifest: manifestFor({ customers: lines.length }), records: lines, signingSecretKey: keys.signingSecretKey }));
        const out: unknown[] = [];
        for await (const event of readPayload(new Blob([gz]).stream() as ReadableStream<Uint8Array>, readOptions()))
          if (event.type === 'record') out.push(event.record);
        expect(out).toEqual(JSON.parse(JSON.stringify(records)));
      }),
      { numRuns: 40 },
    );
  });
});

describe('writer refuses to make a file the reader would refuse', () => {
  const base = async () => ({
    manifest: manifestFor({ customers: 2, contacts: 0 }),
    signingSecretKey: (await testKeys()).signingSecretKey,
    lock: { passphrase: PASSPHRASE, testOnlyWorkFactor: 10 },
  });
  const write = async (records: ArchiveRecordLine[], extra = {}) => collect(await writeArchive({ ...(await base()), records, ...extra }));

  it('checks the manifest and the signing key at once', async () => {
    expect(await codeOf(writeArchive({ ...(await base()), records: [], manifest: manifestFor({ customers: 2 }, { exporter: '' }) }))).toBe('bad-manifest');
    expect(await codeOf(writeArchive({ ...(await base()), records: [], signingSecretKey: 'abc' }))).toBe('bad-signing-key');
  });

  it('checks counts, kinds, shapes and keys as it streams', async () => {
    expect(await codeOf(write([{ kind: 'customers', record: customer(1) }]))).toBe('count-mismatch');
    expect(await codeOf(write([1, 2, 3].map((n) => ({ kind: 'customers', record: customer(n) }))))).toBe('count-mismatch');
    expect(await codeOf(write([{ kind: 'secrets', record: customer(1) }]))).toBe('unknown-kind');
    expect(await codeOf(write([{ kind: 'toString', record: customer(1) }]))).toBe('unknown-kind');
    expect(await codeOf(write([{ kind: 'customers', record: [1] }]))).toBe('bad-record');
    expect(await codeOf(write([{ kind: 'customers', record: JSON.parse('{"__proto__":{"x":1}}') as object }]))).toBe('hostile-key');
    expect(await codeOf(write([{ kind: 'customers', record: { id: 'x', n: 10n } }]))).toBe('bad-record');
    expect(await codeOf(write([{ kind: 'customers', record: JSON.parse(`{"id":"x","deep":${'['.repeat(100)}${']'.repeat(100)}}`) as object }]))).toBe(
      'bad-record',
    );
    expect(await codeOf(write([{ kind: 'customers', record: customer(1, { notes: 'x'.repeat(5000) }) }], { maxLineBytes: 4096 }))).toBe('line-too-long');
  });

  it('reads ahead only a little before its stream is read, and stops reading when cancelled', async () => {
    let pulled = 0;
    let closed = false;
    async function* records(): AsyncGenerator<ArchiveRecordLine> {
      try {
        for (let i = 0; i < 100_000; i++) {
          pulled++;
          yield { kind: 'customers', record: customer(i) };
        }
      } finally {
        closed = true;
      }
    }
    const stream = await writeArchive({ ...(await base()), manifest: manifestFor({ customers: 100_000 }), records: records() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pulled).toBeLessThan(20_000); // the pipes' own buffers: a few 64 KiB chunks of compressed data
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(20_000);
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20)); // cancellation travels up typage's pipes
    expect(closed).toBe(true);
  });

  it('cancels on the abort signal', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await codeOf(write([{ kind: 'customers', record: customer(1) }], { signal: controller.signal }))).toBe('cancelled');
  });
});

describe('reader control', () => {
  it('cancels on the abort signal, without an end', async () => {
    const file = await sampleArchive({ customers: 3000 });
    const controller = new AbortController();
    const options = readOptions({ signal: controller.signal, onProgress: (p) => p.records > 100 && controller.abort() });
    expect(await failureCode(file, undefined, options)).toBe('cancelled');
  });

  it('a consumer that stops early cancels the input', async () => {
    const file = await sampleArchive({ customers: 1500, noiseBytes: 128 });
    let cancelled = false;
    let offset = 0;
    const input = new ReadableStream<Uint8Array>({
      pull: (c) => (offset < file.length ? c.enqueue(file.slice(offset, (offset += 4096))) : c.close()),
      cancel: () => void (cancelled = true),
    });
    for await (const event of readArchive(input, { passphrase: PASSPHRASE }, readOptions())) if (event.type === 'record') break;
    await new Promise((resolve) => setTimeout(resolve, 20)); // cancellation travels up typage's pipes
    expect(cancelled).toBe(true);
    expect(offset).toBeLessThan(file.length);
  });

  it('passes an I/O error of the input on as it is', async () => {
    const file = await sampleArchive({ customers: 1500, noiseBytes: 128 });
    const failure = new Error('EIO: the USB stick was pulled');
    let offset = 0;
    const input = new ReadableStream<Uint8Array>({
      pull: (c) => (offset < 100_000 ? c.enqueue(file.slice(offset, (offset += 4096))) : c.error(failure)),
    });
    await expect(readAll(input)).rejects.toBe(failure);
  });

  it('refuses unusable unlock values', async () => {
    const file = await sampleArchive();
    expect(await failureCode(file, { identities: ['not a key'] })).toBe('wrong-key'); // passphrase file: says what it needs first
    const keys = await testKeys();
    const forKeys = await sampleArchive({ lock: { recipients: [keys.ageRecipient] } });
    expect(await failureCode(forKeys, { identities: ['AGE-SECRET-KEY-1XYZ'] })).toBe('bad-lock');
    expect(await failureCode(forKeys, { identities: [] })).toBe('bad-lock');
    expect(await failureCode(file, { passphrase: PASSPHRASE, maxWorkFactor: 25 })).toBe('bad-lock');
  });
});
