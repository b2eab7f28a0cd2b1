import { ArchiveError, openAge, readPayload, type ArchiveEnd, type ArchiveManifest, type ArchiveUnlock } from '../../src-renderer/core/archive-file';
import { AUDIT_SCOPE, AuditFileCheck } from '../../src-renderer/core/audit/archive';
import { FileChecks } from '../../src-renderer/core/exchange/checks';
import { CliError } from './errors';
import { openInput } from './files';
import { checkScope, READ_OPTIONS } from './kinds';

export interface Verified {
  manifest: ArchiveManifest;
  end: ArchiveEnd;
}

export interface ReadHooks {
  onManifest?: (manifest: ArchiveManifest) => void;
  onRecord?: (kind: string) => void;
  /** One part of an attachment's bytes (already checked against its place; the content's digest at its last part). */
  onBlob?: (part: { sha256: string; part: number; parts: number; bytes: number }) => void;
  /** Sees the decrypted gzip stream on its way to the verifier (unpack's second pass writes it to disk). */
  tap?: (gzipped: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>;
  /** The clock the drift check compares revs with (default: now). */
  now?: () => number;
}

/**
 * Reads a whole archive file as a stream and resolves only when everything holds: age, gzip, every
 * line, kinds for its scope, records, trailer, hash, signature, counts — and the app's own check
 * list (core/exchange/checks.ts: lengths and schemas, classification, drift), so that the CLI and
 * the app's import take the same verdict on the same file. Anything else throws (ArchiveError,
 * CliError, or a file system error).
 *
 * The same as the core's readArchive (openAge → readPayload), split so that unpack can tap the
 * plaintext between the two.
 */
export async function readVerified(path: string, unlock: ArchiveUnlock, hooks: ReadHooks = {}): Promise<Verified> {
  const opened = await openAge(await openInput(path), unlock);
  const gzipped = hooks.tap ? hooks.tap(opened.plaintext) : opened.plaintext;
  let manifest: ArchiveManifest | null = null;
  let checks: FileChecks | null = null;
  // An audit export also proves its chain: the entries hash and link, and the checkpoints were signed by the file's signer.
  let auditChain: AuditFileCheck | null = null;
  const options = {
    ...READ_OPTIONS,
    // Called only after the manifest (and its scope check): `checks` is set by then.
    validate: (kind: string, record: Record<string, unknown>) => {
      const verdict = checks!.record(kind, record);
      if (verdict.ok) auditChain?.add(kind, verdict.record);
      return verdict.ok ? { record: verdict.record } : verdict.problem;
    },
  };
  for await (const event of readPayload(gzipped, options)) {
    if (event.type === 'manifest') {
      checkScope(event.manifest);
      manifest = event.manifest;
      checks = new FileChecks(manifest.scope.type, (hooks.now ?? Date.now)());
      if (manifest.scope.type === AUDIT_SCOPE) auditChain = new AuditFileCheck(manifest.signerPublicKey);
      hooks.onManifest?.(manifest);
    } else if (event.type === 'record') {
      hooks.onRecord?.(event.kind);
    } else if (event.type === 'blob') {
      hooks.onBlob?.({ sha256: event.sha256, part: event.part, parts: event.parts, bytes: event.data.length });
    } else {
      const problem = checks!.problems(manifest!.highestClassification)[0];
      if (problem) throw new CliError(problem.detail);
      const chainProblem = auditChain?.problem() ?? null;
      if (chainProblem !== null) throw new CliError(chainProblem);
      return { manifest: manifest!, end: event };
    }
  }
  // readPayload always ends with 'end' or throws; this is only the type checker's comfort.
  throw new ArchiveError('missing-trailer', 'the archive ended without verification');
}
