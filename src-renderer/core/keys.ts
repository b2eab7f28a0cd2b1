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

/** Decimal digits in a fingerprint: 10^40 ≈ 2^132.9, so at least 128 bits of the key's hash. */
const FINGERPRINT_DIGITS = 40;
const FINGERPRINT_GROUP = 4;

/** `1234 5678 … 9012`: ten groups of four decimal digits, one space apart. */
export const FINGERPRINT_PATTERN = /^[0-9]{4}( [0-9]{4}){9}$/;
/** The 64-bit form of schema 4 and earlier (`3F2A-9C01-77DE-B410`): still accepted on old cards and backups, never stored. */
export const LEGACY_FINGERPRINT_PATTERN = /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/;

function keyDigest(publicKeyHex: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(publicKeyHex.toLowerCase())));
}

/**
 * The fingerprint of a public key, read aloud over the phone to check a key card: the SHA-256 of
 * the key's lowercase hex text, taken as a number, its last 40 decimal digits, in ten groups of
 * four, e.g. `0482 7719 3056 1184 9921 6043 5570 2318 8846 0395`.
 * Digits only, because a fingerprint is read in Chinese: 0–9 have one name each (幺, 两, 拐 and
 * 洞 where a line is bad), while the letters of hex or base-32 (B/D/E/G/P/T, M/N) sound alike
 * when spelled out in Chinese. 40 digits carry 132.9 bits (the issue asks at least 128); the
 * remainder modulo 10^40 of a 256-bit number is uniform to within 2^-123, which costs nothing.
 * Groups of four, like a bank card or a phone number read in 4-digit chunks.
 */
export function keyFingerprint(publicKeyHex: string): string {
  const digits = (BigInt(`0x${keyDigest(publicKeyHex)}`) % 10n ** BigInt(FINGERPRINT_DIGITS)).toString().padStart(FINGERPRINT_DIGITS, '0');
  return digits.match(new RegExp(`.{${FINGERPRINT_GROUP}}`, 'g'))!.join(' ');
}

/**
 * The 64-bit fingerprint schema 4 and earlier showed and stored (the first 16 hex digits of the
 * same SHA-256, `3F2A-9C01-77DE-B410`): only to check that an old stored fingerprint belongs to
 * its key, never to show — 64 bits are too few to anchor trust.
 */
export function legacyKeyFingerprint(publicKeyHex: string): string {
  return keyDigest(publicKeyHex).slice(0, 16).toUpperCase().match(/.{4}/g)!.join('-');
}

/** True when `fingerprint` is the key's fingerprint, in the current or the legacy form. */
export function fingerprintMatchesKey(fingerprint: string, publicKeyHex: string): boolean {
  return fingerprint === keyFingerprint(publicKeyHex) || fingerprint === legacyKeyFingerprint(publicKeyHex);
}
