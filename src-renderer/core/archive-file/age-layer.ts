import { Decrypter, Encrypter } from 'age-encryption';
import { sniffAge, scanAgeHeader } from './age-header';
import { armorDecoder, armorEncoder } from './armor';
import { ByteReader, toStream } from './byte-reader';
import { ArchiveError } from './errors';

/**
 * The outer layer: a standard age v1 file through typage (age-encryption), binary or armored.
 * Nothing here is home-made cryptography; this module only chooses the lock, streams, and turns
 * typage's plain `Error`s into ArchiveError codes (by what typage 0.3.1 actually throws).
 */
export const DEFAULT_WORK_FACTOR = 18;
/** typage refuses more than 20 when decrypting; so does our reader by default. */
export const MAX_WORK_FACTOR = 20;

export type ArchiveLock =
  | {
      passphrase: string;
      /** log2 of scrypt's N, 18 (default) to 20. */
      workFactor?: number;
      /** TESTS ONLY: any work factor, below 18 too. Never set this in product code. */
      testOnlyWorkFactor?: number;
    }
  | { recipients: readonly string[] };

export type ArchiveUnlock = { passphrase: string; maxWorkFactor?: number } | { identities: readonly string[] };

const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
const IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

function scryptFactor(lock: { workFactor?: number; testOnlyWorkFactor?: number }): number {
  if (lock.testOnlyWorkFactor !== undefined) {
    if (!Number.isInteger(lock.testOnlyWorkFactor) || lock.testOnlyWorkFactor < 1 || lock.testOnlyWorkFactor > 30) {
      throw new ArchiveError('bad-lock', 'testOnlyWorkFactor must be an integer from 1 to 30');
    }
    return lock.testOnlyWorkFactor;
  }
  const factor = lock.workFactor ?? DEFAULT_WORK_FACTOR;
  if (!Number.isInteger(factor) || factor < DEFAULT_WORK_FACTOR || factor > MAX_WORK_FACTOR) {
    throw new ArchiveError('bad-lock', `workFactor must be an integer from ${DEFAULT_WORK_FACTOR} to ${MAX_WORK_FACTOR}`);
  }
  return factor;
}

/** Encrypts a plaintext stream into an age file stream. Validates the lock before anything else. */
export async function sealAge(plaintext: ReadableStream<Uint8Array>, lock: ArchiveLock, armor = false): Promise<ReadableStream<Uint8Array>> {
  const encrypter = new Encrypter();
  if ('passphrase' in lock) {
    if (typeof lock.passphrase !== 'string' || lock.passphrase.length === 0) throw new ArchiveError('bad-lock', 'empty passphrase');
    encrypter.setScryptWorkFactor(scryptFactor(lock));
    encrypter.setPassphrase(lock.passphrase);
  } else {
    if (lock.recipients.length === 0) throw new ArchiveError('bad-lock', 'no recipients');
    for (const recipient of lock.recipients) {
      if (!RECIPIENT.test(recipient)) throw new ArchiveError('bad-lock', 'a recipient is not an age X25519 recipient (age1…)');
      try {
        encrypter.addRecipient(recipient);
      } catch (cause) {
        throw new ArchiveError('bad-lock', 'a recipient is not a valid age recipient', { cause });
      }
    }
  }
  const sealed = await encrypter.encrypt(plaintext);
  return armor ? sealed.pipeThrough(armorEncoder()) : sealed;
}

const CHUNK = 64 * 1024;
const CHUNK_WITH_TAG = CHUNK + 16;
const NONCE = 16;

function headerError(error: unknown): ArchiveError {
  if (error instanceof ArchiveError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('no identity matched')) return new ArchiveError('wrong-key', 'no passphrase or identity opens this file', { cause: error });
  if (message.includes('stream ended before reading')) return new ArchiveError('truncated', 'the file ends before its payload', { cause: error });
  if (message.includes('work factor is too high')) return new ArchiveError('work-factor-too-high', message, { cause: error });
  return new ArchiveError('corrupt', `age header: ${message}`, { cause: error });
}

function prepareDecrypter(unlock: ArchiveUnlock, stanzaTypes: string[], scryptWorkFactor: number | null): Decrypter {
  const decrypter = new Decrypter();
  if ('passphrase' in unlock) {
    const max = unlock.maxWorkFactor ?? MAX_WORK_FACTOR;
    if (!Number.isInteger(max) || max < 1 || max > MAX_WORK_FACTOR) throw new ArchiveError('bad-lock', `maxWorkFactor must be 1 to ${MAX_WORK_FACTOR}`);
    if (!stanzaTypes.includes('scrypt'))
      throw new ArchiveError('wrong-key', 'the file is locked with recipient keys, not a passphrase', { detail: 'needs-identity' });
    if (scryptWorkFactor !== null && scryptWorkFactor > max) {
      throw new ArchiveError('work-factor-too-high', `scrypt work factor ${scryptWorkFactor} is above ${max}`);
    }
    decrypter.addPassphrase(unlock.passphrase);
  } else {
    if (unlock.identities.length === 0) throw new ArchiveError('bad-lock', 'no identities');
    if (stanzaTypes.includes('scrypt')) throw new ArchiveError('wrong-key', 'the file is locked with a passphrase', { detail: 'needs-passphrase' });
    for (const identity of unlock.identities) {
      if (!IDENTITY.test(identity)) throw new ArchiveError('bad-lock', 'an identity is not an age X25519 identity');
      decrypter.addIdentity(identity);
    }
  }
  return decrypter;
}

export interface OpenedAge {
  plaintext: ReadableStream<Uint8Array>;
  armored: boolean;
  /** Bytes of the input read so far (for progress against the file size). */
  bytesRead: () => number;
}

/**
 * Opens an age file: sniffs binary or armor, scans the header (bounded, before any scrypt work),
 * unwraps the file key, and returns the plaintext as a stream whose errors are ArchiveErrors.
 */
export async function openAge(input: ReadableStream<Uint8Array> | Uint8Array, unlock: ArchiveUnlock): Promise<OpenedAge> {
  const raw = new ByteReader(toStream(input).getReader());
  let binary = raw;
  try {
    const armored = (await sniffAge(raw)) === 'armored';
    if (armored) binary = new ByteReader(raw.rest().pipeThrough(armorDecoder()).getReader());
    const header = await scanAgeHeader(binary);
    const decrypter = prepareDecrypter(unlock, header.stanzaTypes, header.scryptWorkFactor);
    let out: ReadableStream<Uint8Array>;
    try {
      out = await decrypter.decrypt(binary.rest());
    } catch (error) {
      throw error === binary.sourceError ? error : headerError(error);
    }
    return { plaintext: mapPayloadErrors(out, binary, header.length), armored, bytesRead: () => raw.totalRead };
  } catch (error) {
    await raw.cancel().catch(() => {});
    throw error;
  }
}

/**
 * age cannot tell a file cut short from one whose last chunk was altered: both fail authentication
 * of the final STREAM chunk. A failure there is reported as 'truncated' (by far the likelier cause),
 * a failure of any earlier chunk as 'corrupt'. Exact because ByteReader hands the decrypter slices
 * no longer than one chunk, so each of its transform calls decrypts at most one chunk.
 */
function mapPayloadErrors(out: ReadableStream<Uint8Array>, binary: ByteReader, headerLength: number): ReadableStream<Uint8Array> {
  const reader = out.getReader();
  let plainBytes = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) return controller.close();
          plainBytes += value.length;
          controller.enqueue(value);
        } catch (error) {
          // The input's own failure (I/O, or armor / cancel errors below) is passed on as it is.
          if (error instanceof ArchiveError || error === binary.sourceError) throw error;
          const payloadBytes = binary.totalRead - headerLength - NONCE;
          const failedChunk = Math.floor(plainBytes / CHUNK);
          const final = binary.ended && payloadBytes - failedChunk * CHUNK_WITH_TAG <= CHUNK_WITH_TAG;
          if (final)
            throw new ArchiveError('truncated', 'the final chunk fails authentication: the file was cut short (or its end altered)', {
              cause: error,
              detail: 'final-chunk',
            });
          throw new ArchiveError('corrupt', `payload chunk ${failedChunk} fails authentication`, { cause: error });
        }
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
