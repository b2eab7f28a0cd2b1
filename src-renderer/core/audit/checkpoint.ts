import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditCheckpoint, AuditEntry } from './types';

/**
 * A checkpoint is the installation's signed statement "entry `seq` of the audit log has hash `hash`".
 * The hash of an entry covers every entry before it (the chain), so one signature vouches for the
 * whole log up to `seq`: entries removed or rewritten below a checkpoint cannot be re-chained
 * without the installation's secret key.
 */

/** Names what is signed, so a checkpoint's signature can never be passed off as another document's. */
const CHECKPOINT_DOMAIN = 'airgap-crm-audit-checkpoint-v1';

/** The bytes a checkpoint's signature covers: a JSON array in a fixed order. */
export function canonicalCheckpoint(checkpoint: Omit<AuditCheckpoint, 'signature'>): string {
  return JSON.stringify([CHECKPOINT_DOMAIN, checkpoint.seq, checkpoint.hash, checkpoint.at, checkpoint.publicKey]);
}

/** Signs the chain's head (the newest entry) at `at` with the installation's Ed25519 secret key (hex). */
export function signCheckpoint(head: Pick<AuditEntry, 'seq' | 'hash'>, at: string, secretKeyHex: string): AuditCheckpoint {
  const secret = hexToBytes(secretKeyHex);
  const unsigned = { seq: head.seq, hash: head.hash, at, publicKey: bytesToHex(ed25519.getPublicKey(secret)) };
  const signature = bytesToHex(ed25519.sign(utf8ToBytes(canonicalCheckpoint(unsigned)), secret));
  return { ...unsigned, signature };
}

/**
 * True when the checkpoint was signed by one of `publicKeys` (hex; the installation's key, and any it
 * had before) and not changed since. Strict verification (no ZIP-215 leniency), as the archive's.
 * A checkpoint naming a key that is not in the list is refused whatever its signature.
 */
export function verifyCheckpoint(checkpoint: AuditCheckpoint, publicKeys: readonly string[]): boolean {
  if (!publicKeys.includes(checkpoint.publicKey)) return false;
  try {
    const message = utf8ToBytes(canonicalCheckpoint(checkpoint));
    return ed25519.verify(hexToBytes(checkpoint.signature), message, hexToBytes(checkpoint.publicKey), { zip215: false });
  } catch {
    // Malformed hex or a key that is not a curve point: not a valid signature either.
    return false;
  }
}
