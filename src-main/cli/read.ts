import { ArchiveError, openAge, readPayload, type ArchiveEnd, type ArchiveManifest, type ArchiveUnlock } from '../../src-renderer/core/archive-file';
import { CliError } from './errors';
import { openInput } from './files';
import { checkScope, ClassificationCheck, READ_OPTIONS } from './kinds';

export interface Verified {
  manifest: ArchiveManifest;
  end: ArchiveEnd;
}

export interface ReadHooks {
  onManifest?: (manifest: ArchiveManifest) => void;
  onRecord?: (kind: string) => void;
  /** Sees the decrypted gzip stream on its way to the verifier (unpack writes it to disk). */
  tap?: (gzipped: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>;
}

/**
 * Reads a whole archive file as a stream and resolves only when everything holds: age, gzip, every
 * line, kinds for its scope, records, trailer, hash, signature, counts and the declared
 * classification. Anything else throws (ArchiveError, CliError, or a file system error).
 *
 * The same as the core's readArchive (openAge → readPayload), split so that unpack can tap the
 * plaintext between the two.
 */
export async function readVerified(path: string, unlock: ArchiveUnlock, hooks: ReadHooks = {}): Promise<Verified> {
  const opened = await openAge(await openInput(path), unlock);
  const gzipped = hooks.tap ? hooks.tap(opened.plaintext) : opened.plaintext;
  let manifest: ArchiveManifest | null = null;
  const classification = new ClassificationCheck();
  for await (const event of readPayload(gzipped, READ_OPTIONS)) {
    if (event.type === 'manifest') {
      checkScope(event.manifest);
      manifest = event.manifest;
      hooks.onManifest?.(manifest);
    } else if (event.type === 'record') {
      classification.add(event.record);
      hooks.onRecord?.(event.kind);
    } else {
      const problem = classification.problem(manifest!.highestClassification);
      if (problem) throw new CliError(problem);
      return { manifest: manifest!, end: event };
    }
  }
  // readPayload always ends with 'end' or throws; this is only the type checker's comfort.
  throw new ArchiveError('missing-trailer', 'the archive ended without verification');
}
