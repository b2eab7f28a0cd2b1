import { ARMOR_BEGIN } from './armor';
import type { ByteReader } from './byte-reader';
import { ArchiveError } from './errors';

/**
 * A look at an age file before decrypting it: is it age at all, binary or armored, where does the
 * header end, and how expensive is its scrypt stanza. typage only refuses work factors above 20 and
 * reads headers with no size limit, so the reader scans the header itself first — bounded, and
 * before any scrypt work. typage parses the header again, strictly, when it decrypts.
 */
export const AGE_VERSION_LINE = 'age-encryption.org/v1';
/** 1 MiB holds the header of a file for thousands of recipients. */
export const MAX_HEADER_BYTES = 1024 * 1024;
const SNIFF_BYTES = 64;
const MAX_LEADING_SPACE = 4096;

const encoder = new TextEncoder();
const VERSION = encoder.encode(`${AGE_VERSION_LINE}\n`);
const BEGIN = encoder.encode(ARMOR_BEGIN);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** How `bytes` relates to `magic`: it starts with it, is a shorter prefix of it, or neither. */
function compare(bytes: Uint8Array, magic: Uint8Array): 'match' | 'prefix' | 'no' {
  const n = Math.min(bytes.length, magic.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== magic[i]) return 'no';
  return bytes.length >= magic.length ? 'match' : 'prefix';
}

/** Binary or armored; throws 'empty', 'not-age' or 'truncated'. */
export async function sniffAge(input: ByteReader): Promise<'binary' | 'armored'> {
  await input.fill(SNIFF_BYTES);
  let start = 0;
  for (;;) {
    const bytes = input.buffered;
    while (start < bytes.length && isSpace(bytes[start]!)) start++;
    if (start < bytes.length && bytes.length - start >= BEGIN.length) break;
    if (input.ended || start > MAX_LEADING_SPACE) break;
    await input.fill(bytes.length + 1);
  }
  const bytes = input.buffered;
  if (start === bytes.length) {
    if (input.ended) throw new ArchiveError('empty', bytes.length === 0 ? 'the file is empty' : 'the file holds only white space');
    throw new ArchiveError('not-age', 'the file starts with white space only');
  }
  const binary = compare(bytes, VERSION);
  if (binary === 'match') return 'binary';
  const armored = compare(bytes.subarray(start), BEGIN);
  if (armored === 'match') return 'armored';
  if (binary === 'prefix' || armored === 'prefix') throw new ArchiveError('truncated', 'the file ends inside the age version line');
  throw new ArchiveError('not-age', 'not an age file');
}

export interface AgeHeaderInfo {
  /** Length of the header in bytes, up to and including the MAC line's newline. */
  length: number;
  /** The first argument of each stanza: 'X25519', 'scrypt', … */
  stanzaTypes: string[];
  /** log2(N) of the scrypt stanza, or null when there is none. */
  scryptWorkFactor: number | null;
}

/** Scans the header of a binary age file at the start of `input` (which keeps every byte). */
export async function scanAgeHeader(input: ByteReader, maxHeaderBytes = MAX_HEADER_BYTES): Promise<AgeHeaderInfo> {
  const info: AgeHeaderInfo = { length: 0, stanzaTypes: [], scryptWorkFactor: null };
  let pos = 0;
  let lineNo = 0;
  for (;;) {
    const nl = input.buffered.indexOf(0x0a, pos);
    if (nl < 0) {
      if (input.buffered.length > maxHeaderBytes) throw new ArchiveError('corrupt', `age header longer than ${maxHeaderBytes} bytes`);
      if (input.ended) throw new ArchiveError('truncated', 'the file ends inside the age header');
      await input.fill(input.buffered.length + 1);
      continue;
    }
    const line = String.fromCharCode(...input.buffered.subarray(pos, Math.min(nl, pos + 200)));
    pos = nl + 1;
    lineNo++;
    if (lineNo === 1) {
      if (line !== AGE_VERSION_LINE) throw new ArchiveError('not-age', 'not an age file');
    } else if (line.startsWith('-> ')) {
      const args = line.slice(3).split(' ');
      info.stanzaTypes.push(args[0] ?? '');
      if (args[0] === 'scrypt') info.scryptWorkFactor = /^[1-9][0-9]*$/.test(args[2] ?? '') ? Number(args[2]) : Number.NaN;
    } else if (line.startsWith('---')) {
      info.length = pos;
      return info;
    }
  }
}
