import { Gunzip } from 'fflate';
import { ArchiveError } from '../../../src-renderer/core/archive-file';
import { parseArgs, required } from '../args';
import { unlockFrom } from '../key-files';
import { CliError } from '../errors';
import { AtomicFile, ensureAbsent } from '../files';
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
 * only once the whole file verified (issue 14.9). Two passes: the first reads and checks everything
 * and writes nothing; only then does the second decrypt again and write the plaintext — to a temp
 * file (mode 0600: it is plaintext of the file's classification) that is renamed only when this pass
 * verified too and found the same SHA-256 (the file may have been replaced in between). The temp
 * file is removed on any failure or Ctrl+C, and after a SIGKILL by the next run in that folder
 * (files.ts).
 */
export async function unpack(argv: readonly string[]): Promise<number> {
  const args = parseArgs('unpack', argv, { values: ['identity', 'passphrase-file', 'out'], repeatable: ['identity'], positionals: ['FILE'] });
  const outPath = required(args, 'out');
  const unlock = await unlockFrom(args);
  const input = args.positionals[0]!;
  await ensureAbsent(outPath);
  const first = await readVerified(input, unlock);
  const out = await AtomicFile.create(outPath, 0o600);
  try {
    const { end } = await readVerified(input, unlock, { tap: tapInto(out) });
    if (end.sha256 !== first.end.sha256) throw new CliError('the file changed while it was read: nothing written (文件在读取期间被改动，未写出)');
    await out.commit();
    process.stdout.write(`unpacked ${end.records} verified records to ${outPath} (sha256 ${end.sha256}, signer ${end.signerFingerprint})\n`);
    return 0;
  } catch (error) {
    await out.discard();
    throw error;
  }
}
