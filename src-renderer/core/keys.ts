import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The keys each installation makes once, at first run, for exchange between departments:
 * an age X25519 identity (others encrypt archive files to its recipient) and an Ed25519 key pair
 * (it signs every archive file this installation exports). Only audited libraries do the crypto.
 */
export interface InstallationKeys {
  /** `AGE-SECRET-KEY-1…` — never leaves this installation. */
  ageIdentity: string;
  /** `age1…` — given to other departments. */
  ageRecipient: string;
  /** 32-byte Ed25519 secret key, hex — never leaves this installation. */
  signingSecretKey: string;
  /** 32-byte Ed25519 public key, hex. */
  signingPublicKey: string;
}

export async function generateInstallationKeys(): Promise<InstallationKeys> {
  // X25519 rather than the hybrid post-quantum identity: Debian's age 1.1 cannot open hybrid files.
  const ageIdentity = await generateX25519Identity();
  const ageRecipient = await identityToRecipient(ageIdentity);
  const secret = ed25519.utils.randomSecretKey();
  return {
    ageIdentity,
    ageRecipient,
    signingSecretKey: bytesToHex(secret),
    signingPublicKey: bytesToHex(ed25519.getPublicKey(secret)),
  };
}

/**
 * A short fingerprint of a public key to read over the phone: the first 16 hex digits of its
 * SHA-256 in four groups, e.g. `3F2A-9C01-77DE-B410`.
 */
export function keyFingerprint(publicKeyHex: string): string {
  const digest = bytesToHex(sha256(new TextEncoder().encode(publicKeyHex.toLowerCase())))
    .slice(0, 16)
    .toUpperCase();
  return digest.match(/.{4}/g)!.join('-');
}
