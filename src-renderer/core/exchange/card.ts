import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { isUuid } from '../ids';
import { hasNoControlChars } from '../validation';
import { keyFingerprint } from '../keys';

/**
 * A public-key card: what one installation hands another (on removable media) so that it can
 * encrypt files to it and trust its signature. Signed by the card's own signing key, so a card
 * edited on the way (say, a swapped age recipient) is refused; whether the key itself is the right
 * one is checked by reading the fingerprint over the phone.
 */
export const CARD_FORMAT = 'airgap-crm-key-card';
export const CARD_VERSION = 1;

const text = (max: number) => z.string().trim().min(1).max(max).refine(hasNoControlChars, 'validation.controlChars');
export const AGE_RECIPIENT_PATTERN = /^age1[0-9a-z]{58}$/;
export const SIGNING_KEY_PATTERN = /^[0-9a-f]{64}$/;

const cardBodySchema = z
  .object({
    format: z.literal(CARD_FORMAT),
    version: z.literal(CARD_VERSION),
    installationId: z.string().refine(isUuid),
    organisation: text(100),
    department: text(100),
    ageRecipient: z.string().regex(AGE_RECIPIENT_PATTERN),
    signingPublicKey: z.string().regex(SIGNING_KEY_PATTERN),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type CardBody = z.infer<typeof cardBodySchema>;

export const keyCardSchema = cardBodySchema.extend({ signature: z.string().regex(/^[0-9a-f]{128}$/) }).strict();
export type KeyCard = z.infer<typeof keyCardSchema>;

/** Why a card is refused; the UI shows each in the user's language. */
export type CardProblem = 'not-json' | 'not-a-card' | 'bad-field' | 'bad-signature';

export class CardError extends Error {
  constructor(
    readonly problem: CardProblem,
    message: string,
  ) {
    super(message);
    this.name = 'CardError';
  }
}

/** The bytes signed: the body's fields in a fixed order, so both sides compute the same text. */
function signedBytes(body: CardBody): Uint8Array {
  const ordered = Object.keys(cardBodySchema.shape).map((key) => [key, body[key as keyof CardBody]]);
  return new TextEncoder().encode(JSON.stringify(ordered));
}

export function makeKeyCard(body: Omit<CardBody, 'format' | 'version'>, signingSecretKey: string): KeyCard {
  const full = cardBodySchema.parse({ format: CARD_FORMAT, version: CARD_VERSION, ...body });
  const signature = bytesToHex(ed25519.sign(signedBytes(full), hexToBytes(signingSecretKey)));
  return { ...full, signature };
}

export function serialiseKeyCard(card: KeyCard): string {
  return `${JSON.stringify(card, null, 2)}\n`;
}

/** Parses and verifies a card file's text. Throws CardError. */
export function parseKeyCard(text: string): KeyCard & { fingerprint: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CardError('not-json', 'not JSON');
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== CARD_FORMAT) {
    throw new CardError('not-a-card', 'not a key card');
  }
  const parsed = keyCardSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CardError('bad-field', `${issue.path.join('.') || '(card)'}: ${issue.message}`);
  }
  const { signature, ...body } = parsed.data;
  let valid: boolean;
  try {
    valid = ed25519.verify(hexToBytes(signature), signedBytes(body), hexToBytes(body.signingPublicKey), { zip215: false });
  } catch {
    valid = false;
  }
  if (!valid) throw new CardError('bad-signature', 'the card signature does not verify');
  return { ...parsed.data, fingerprint: keyFingerprint(body.signingPublicKey) };
}
