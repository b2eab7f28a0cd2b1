import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { gunzipSync, gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ArchiveError,
  BLOB_PART_BYTES,
  buildPayload,
  inspectArchive,
  readPayload,
  writeArchive,
  type ArchiveBlob,
  type ArchiveEvent,
  type ArchiveRecordLine,
  type BlobRef,
  type ReadOptions,
} from '../../../../src-renderer/core/archive-file';
import { decodeBase64, encodeBase64 } from '../../../../src-renderer/core/archive-file/armor';
import { blobLineBytes } from '../../../../src-renderer/core/archive-file/blob-lines';
import { collect, manifestFor, PASSPHRASE, passphrase, readAll, TEST_FACTOR, testKeys, uuid } from './fixtures';

/**
 * Attachment bytes in an archive (format version 4): `attachmentData` lines after the records,
 * each content once, parts in order, checked against the records that name them and their digest.
 */
const blobRef = (kind: string, record: unknown): BlobRef | null => {
  if (kind !== 'attachments') return null;
  const r = record as { sha256: string; size: number; fileName: string };
  return { sha256: r.sha256, size: r.size, name: r.fileName };
};

function bytesOf(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = (seed * 2654435761 + 1) >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    // xorshift32: incompressible enough that gzip gives back about what went in.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

interface Content {
  bytes: Uint8Array;
  sha256: string;
  name: string;
}

function content(size: number, seed: number, name: string): Content {
  const bytes = bytesOf(size, seed);
  return { bytes, sha256: bytesToHex(sha256(bytes)), name };
}

function source(c: Content, reads?: { bytes: number }): ArchiveBlob {
  return {
    sha256: c.sha256,
    size: c.bytes.length,
    read: async (start, end) => {
      if (reads) reads.bytes += end - start;
      return c.bytes.slice(start, end);
    },
  };
}

function attachment(n: number, c: Content): Record<string, unknown> {
  return { id: uuid(n), sha256: c.sha256, size: c.bytes.length, fileName: c.name };
}

const A = content(2 * BLOB_PART_BYTES + 1234, 1, '检测报告.pdf');
const B = content(777, 2, '照片.jpg');

/** Two records name A (the same file attached twice travels once), one names B. */
function recordLines(): ArchiveRecordLine[] {
  return [
    { kind: 'attachments', record: attachment(1, A) },
    { kind: 'attachments', record: attachment(2, { ...A, name: '检测报告（副本）.pdf' }) },
    { kind: 'attachments', record: attachment(3, B) },
  ];
}

const declared = (contents: Content[]) => ({ count: contents.length, bytes: contents.reduce((n, c) => n + c.bytes.length, 0) });

async function payload(
  options: { records?: ArchiveRecordLine[]; blobs?: ArchiveBlob[]; declared?: { count: number; bytes: number }; counts?: Record<string, number> } = {},
): Promise<Uint8Array> {
  const keys = await testKeys();
  const records = options.records ?? recordLines();
  return collect(
    buildPayload({
      manifest: manifestFor(options.counts ?? { attachments: records.length }, { blobs: options.declared ?? declared([A, B]) }),
      records,
      blobs: options.blobs ?? [source(A), source(B)],
      blobRef,
      signingSecretKey: keys.signingSecretKey,
    }),
  );
}

const readOptions = (extra: Partial<ReadOptions> = {}): ReadOptions => ({
  knownKinds: ['attachments'],
  supportedSchemaVersion: 3,
  blobRef: (kind, record) => blobRef(kind, record),
  ...extra,
});

async function read(gz: Uint8Array, options = readOptions()): Promise<{ events: ArchiveEvent[]; error: ArchiveError | null }> {
  const events: ArchiveEvent[] = [];
  try {
    for await (const event of readPayload(new Blob([gz as Uint8Array<ArrayBuffer>]).stream(), options)) events.push(event);
    return { events, error: null };
  } catch (error) {
    if (error instanceof ArchiveError) return { events, error };
    throw error;
  }
}

function linesOf(gz: Uint8Array): string[] {
  return new TextDecoder().decode(gunzipSync(gz)).split('\n').slice(0, -1);
}

function gz(lines: string[]): Uint8Array {
  return gzipSync(new TextEncoder().encode(lines.map((l) => `${l}\n`).join('')));
}

/** The payload's lines with `edit` applied to the parsed line at `index` (the trailer then no longer matches). */
function edited(lines: string[], index: number, edit: (value: Record<string, Record<string, unknown>>) => void): string[] {
  const out = [...lines];
  const value = JSON.parse(out[index]!) as Record<string, Record<string, unknown>>;
  edit(value);
  out[index] = JSON.stringify(value);
  return out;
}

const dataLineIndexes = (lines: string[]) => lines.flatMap((l, i) => (l.startsWith('{"attachmentData"') ? [i] : []));

async function refusal(lines: string[]): Promise<ArchiveError> {
  const { events, error } = await read(gz(lines));
  expect(events.some((e) => e.type === 'end')).toBe(false);
  expect(error).not.toBeNull();
  return error!;
}

describe('attachment bytes in an archive', () => {
  it('round trip: format 4, the manifest declares them, each content once, parts in order, bytes equal', async () => {
    const { events, error } = await read(await payload());
    expect(error).toBeNull();
    const manifest = events[0]?.type === 'manifest' ? events[0].manifest : null;
    expect(manifest).toMatchObject({ formatVersion: 4, blobs: { count: 2, bytes: A.bytes.length + B.bytes.length } });
    const blobs = events.filter((e) => e.type === 'blob');
    expect(blobs.map((b) => [b.sha256, b.part, b.parts])).toEqual([
      [A.sha256, 1, 3],
      [A.sha256, 2, 3],
      [A.sha256, 3, 3],
      [B.sha256, 1, 1],
    ]);
    const joined = new Uint8Array(await new Blob(blobs.filter((b) => b.sha256 === A.sha256).map((b) => b.data as Uint8Array<ArrayBuffer>)).arrayBuffer());
    expect(bytesToHex(sha256(joined))).toBe(A.sha256);
    expect(events.at(-1)).toMatchObject({ type: 'end', counts: { attachments: 3 } });
    // The data lines come after every record line, before the trailer.
    expect(events.map((e) => e.type)).toEqual(['manifest', 'record', 'record', 'record', 'blob', 'blob', 'blob', 'blob', 'end']);
  });

  it('progress counts the attachment bytes written, part by part, up to what the manifest declares', async () => {
    const keys = await testKeys();
    const seen: number[] = [];
    await collect(
      buildPayload({
        manifest: manifestFor({ attachments: 3 }, { blobs: declared([A, B]) }),
        records: recordLines(),
        blobs: [source(A), source(B)],
        blobRef,
        signingSecretKey: keys.signingSecretKey,
        onProgress: (p) => seen.push(p.blobBytes),
      }),
    );
    const parts = [...new Set(seen)].filter((n) => n > 0);
    expect(parts).toEqual([BLOB_PART_BYTES, 2 * BLOB_PART_BYTES, A.bytes.length, A.bytes.length + B.bytes.length]);
    expect(seen.at(-1)).toBe(A.bytes.length + B.bytes.length);
  });

  it('a data line is the JSON text of its fields, base64 standard with padding', () => {
    for (const size of [1, 2, 3, 4, 5, 6, 1000]) {
      const data = bytesOf(size, size);
      const expected = `${JSON.stringify({ attachmentData: { sha256: A.sha256, part: 1, parts: 1, size, data: Buffer.from(data).toString('base64') } })}\n`;
      expect(new TextDecoder().decode(blobLineBytes(A.sha256, 1, 1, size, data))).toBe(expected);
    }
  });

  it('data that is not strict base64 is refused (bad characters, missing padding, non-zero unused bits)', async () => {
    const lines = linesOf(await payload());
    const third = dataLineIndexes(lines)[2]!; // A's last part: 1,234 bytes, so '==' padding
    const good = (JSON.parse(lines[third]!) as { attachmentData: { data: string } }).attachmentData.data;
    expect(good.endsWith('==')).toBe(true);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    // The character before '==' carries 2 bits of data and 4 unused ones, which must be zero.
    const unusedBits = `${good.slice(0, -3)}${alphabet[alphabet.indexOf(good.at(-3)!) | 1]}==`;
    for (const data of [good.slice(0, -2), `${good.slice(0, 8)}*${good.slice(9)}`, unusedBits, ` ${good.slice(1)}`, `${good.slice(0, -2)}=A`]) {
      const error = await refusal(
        edited(lines, third, (v) => {
          v.attachmentData!.data = data;
        }),
      );
      expect(error.code).toBe('bad-record');
    }
  });

  it('a file without attachments stays format 3', async () => {
    const keys = await testKeys();
    const gz = await collect(buildPayload({ manifest: manifestFor({ customers: 0 }), records: [], signingSecretKey: keys.signingSecretKey }));
    expect(JSON.parse(linesOf(gz)[0]!)).toMatchObject({ formatVersion: 3 });
    expect(JSON.parse(linesOf(gz)[0]!)).not.toHaveProperty('blobs');
  });

  it('through age: written and read back whole, and the inspection counts the contents', async () => {
    const keys = await testKeys();
    const file = await collect(
      await writeArchive({
        manifest: manifestFor({ attachments: 3 }, { blobs: declared([A, B]) }),
        records: recordLines(),
        blobs: [source(A), source(B)],
        blobRef,
        signingSecretKey: keys.signingSecretKey,
        lock: { passphrase: PASSPHRASE, testOnlyWorkFactor: TEST_FACTOR },
      }),
    );
    const outcome = await readAll(file, passphrase, readOptions());
    expect(outcome.error).toBeNull();
    expect(outcome.events.at(-1)?.type).toBe('end');
    const inspection = await inspectArchive(file, passphrase);
    expect(inspection).toMatchObject({ verified: true, blobs: { count: 2, bytes: A.bytes.length + B.bytes.length } });
  });

  it('a flipped byte in a data line is refused naming the file, before the trailer', async () => {
    const lines = linesOf(await payload());
    const second = dataLineIndexes(lines)[1]!;
    const error = await refusal(
      edited(lines, second, (v) => {
        const data = decodeBase64(v.attachmentData!.data as string)!;
        data[1000]! ^= 0x01;
        v.attachmentData!.data = encodeBase64(data);
      }),
    );
    expect(error.code).toBe('blob-mismatch');
    expect(error.subject).toBe('检测报告.pdf');
    expect(error.line).toBe(dataLineIndexes(lines)[2]! + 1);
  });

  it('a missing part is refused naming the file', async () => {
    const lines = linesOf(await payload());
    const error = await refusal(lines.filter((_, i) => i !== dataLineIndexes(lines)[1]));
    expect(error.code).toBe('blob-unexpected'); // part 3 where part 2 was due
    expect(error.subject).toBe('检测报告.pdf');
    const lastPartGone = await refusal(lines.filter((_, i) => i !== dataLineIndexes(lines)[2]));
    expect([lastPartGone.code, lastPartGone.subject]).toEqual(['blob-missing', '检测报告.pdf']);
    const allGone = await refusal(lines.filter((_, i) => !dataLineIndexes(lines).slice(0, 3).includes(i)));
    expect(allGone.code).toBe('blob-missing');
    expect(allGone.subject).toBe('检测报告.pdf');
  });

  it('an extra or repeated part is refused', async () => {
    const lines = linesOf(await payload());
    const [first, second] = dataLineIndexes(lines);
    const repeated = [...lines.slice(0, second! + 1), lines[second!]!, ...lines.slice(second! + 1)];
    expect((await refusal(repeated)).code).toBe('blob-unexpected');
    const beyond = edited(lines, first!, (v) => {
      v.attachmentData!.part = 4;
    });
    expect((await refusal(beyond)).code).toBe('blob-unexpected');
    const last = dataLineIndexes(lines).at(-1)!;
    const twice = [...lines.slice(0, last + 1), lines[last]!, ...lines.slice(last + 1)];
    expect((await refusal(twice)).code).toBe('blob-unexpected');
  });

  it('a size other than the record says is refused naming the file; so is a short part', async () => {
    const lines = linesOf(await payload());
    const recordIndex = lines.findIndex((l) => l.includes('照片.jpg'));
    const error = await refusal(
      edited(lines, recordIndex, (v) => {
        v.record!.size = 778;
      }),
    );
    expect([error.code, error.subject]).toEqual(['blob-mismatch', '照片.jpg']);
    const short = await refusal(
      edited(lines, dataLineIndexes(lines).at(-1)!, (v) => {
        v.attachmentData!.data = encodeBase64(B.bytes.subarray(0, 700));
      }),
    );
    expect([short.code, short.subject]).toEqual(['blob-mismatch', '照片.jpg']);
  });

  it('bytes no record names are refused; so are data lines before a record, and in a format-3 file', async () => {
    const lines = linesOf(await payload());
    const recordIndex = lines.findIndex((l) => l.includes('照片.jpg'));
    const unnamed = await refusal(
      edited(lines, recordIndex, (v) => {
        v.record!.sha256 = '0'.repeat(64);
      }),
    );
    expect(unnamed.code).toBe('blob-unexpected');
    expect(unnamed.line).toBe(dataLineIndexes(lines).at(-1)! + 1);
    const data = dataLineIndexes(lines);
    const reordered = [...lines.slice(0, recordIndex), lines[data.at(-1)!]!, ...lines.slice(recordIndex).filter((l) => l !== lines[data.at(-1)!])];
    expect((await refusal(reordered)).code).not.toBe('no error');
    const v3 = lines.map((l, i) => (i === 0 ? l.replace('"formatVersion":4', '"formatVersion":3').replace(/,"blobs":\{[^}]*\}/, '') : l));
    expect(['bad-signature', 'blob-unexpected']).toContain((await refusal(v3)).code);
  });

  it('the writer refuses to write what the reader would refuse', async () => {
    const codeOf = async (options: Parameters<typeof payload>[0]) => {
      try {
        await payload(options);
        return 'no error';
      } catch (error) {
        return error instanceof ArchiveError ? `${error.code}:${error.subject ?? ''}` : String(error);
      }
    };
    // A named content left out; one no record names; a content whose bytes are not its digest's.
    expect(await codeOf({ blobs: [source(A)], declared: declared([A]) })).toBe('blob-missing:照片.jpg');
    const C = content(10, 3, 'x');
    expect(await codeOf({ blobs: [source(A), source(B), source(C)], declared: declared([A, B, C]) })).toMatch(/^blob-unexpected/);
    const liar = { ...source(B), read: async () => new Uint8Array(777) };
    expect(await codeOf({ blobs: [source(A), liar] })).toBe('blob-mismatch:照片.jpg');
    expect(await codeOf({ blobs: [source(A), { ...source(B), size: 700 }] })).toBe('blob-mismatch:照片.jpg');
    expect(await codeOf({ blobs: [source(A), source(B)], declared: { count: 2, bytes: 1 } })).toMatch(/^blob-unexpected/);
    expect(await codeOf({ blobs: [source(A), source(B), source(B)], declared: { count: 3, bytes: 2 * B.bytes.length + A.bytes.length } })).toMatch(
      /^blob-unexpected/,
    );
  });

  it('memory: the writer reads a part only when the consumer wants more output (24 MiB, never more than 2 parts ahead)', async () => {
    const keys = await testKeys();
    const contents = Array.from({ length: 6 }, (_, i) => content(4 * BLOB_PART_BYTES - i, 10 + i, `f${i}.bin`));
    const reads = { bytes: 0 };
    const stream = buildPayload({
      manifest: manifestFor({ attachments: contents.length }, { blobs: declared(contents) }),
      records: contents.map((c, i) => ({ kind: 'attachments', record: attachment(i, c) })),
      blobs: contents.map((c) => source(c, reads)),
      blobRef,
      signingSecretKey: keys.signingSecretKey,
    });
    const reader = stream.getReader();
    let out = 0;
    let ahead = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      out += value.length;
      // Random bytes: base64 then gzip gives about as many bytes out as went in.
      ahead = Math.max(ahead, reads.bytes - out);
    }
    expect(reads.bytes).toBe(declared(contents).bytes);
    expect(ahead).toBeLessThanOrEqual(2 * BLOB_PART_BYTES);
  });
});
