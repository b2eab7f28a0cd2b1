import { Gunzip } from 'fflate';
import { ArchiveError } from '../../../src-renderer/core/archive-file';
import { parseArgs, required } from '../args';
import { unlockFrom } from '../key-files';
import { AtomicFile } from '../files';
import { readVerified } from '../read';

/** As in the core reader: a 16 KiB slice of deflate cannot inflate to more than ~16 MiB at once. */
const SLICE = 16 * 1024;

/**
 * Passes the decrypted gzip stream through unchanged while writing its inflated bytes — the exact
 * NDJSON lines, manifest … trailer — to `out`. Awaiting each write keeps memory flat: the verifier
 * gets the next chunk only when the previous one is on disk.
 */
function tapInto(out: AtomicFile): (gzipped: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array> {
  let inflated: Uint8Array[] = [];
  const gunzip = new Gunzip((chunk) => {
    if (chunk.length > 0) inflated.push(chunk);
  });
  const push = async (bytes: Uint8Array, final: boolean) => {
    try {
      gunzip.push(bytes, final);
    } catch (cause) {
      throw new ArchiveError('not-gzip', `gzip: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
    const chunks = inflated;
    inflated = [];
    for (const chunk of chunks) await out.write(chunk);
  };
  return (gzipped) =>
    gzipped.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        async transform(chunk, controller) {
          for (let i = 0; i < chunk.length; i += SLICE) await push(chunk.subarray(i, i + SLICE), false);
          controller.enqueue(chunk);
        },
        flush: () => push(new Uint8Array(0), true),
      }),
    );
}

/**
 * `unpack FILE (--identity F | --passphrase-file F) --out F.ndjson`: the decrypted payload, written
 * only if the whole file verifies. It is plaintext of the file's classification: mode 0600, and the
 * temp file is removed on any failure (or Ctrl+C).
 */
export async function unpack(argv: readonly string[]): Promise<number> {
  const args = parseArgs('unpack', argv, { values: ['identity', 'passphrase-file', 'out'], repeatable: ['identity'], positionals: ['FILE'] });
  const outPath = required(args, 'out');
  const unlock = await unlockFrom(args);
  const out = await AtomicFile.create(outPath, 0o600);
  try {
    const { end } = await readVerified(args.positionals[0]!, unlock, { tap: tapInto(out) });
    await out.commit();
    process.stdout.write(`unpacked ${end.records} verified records to ${outPath} (sha256 ${end.sha256}, signer ${end.signerFingerprint})\n`);
    return 0;
  } catch (error) {
    await out.discard();
    throw error;
  }
}
