import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { generateInstallationKeys, keyFingerprint } from '../../../src-renderer/core/keys';
import { parseArgs, required } from '../args';
import { ensureAbsent, writeNewFile } from '../files';

export const KEY_FILES = {
  identity: 'age-identity.txt',
  recipient: 'age-recipient.txt',
  signingKey: 'signing-key.txt',
  signingPublic: 'signing-public.txt',
} as const;

/** age-keygen's own layout, so that Debian `age -d -i age-identity.txt` reads it. */
export function identityFileText(identity: string, recipient: string, now: Date): string {
  return `# created: ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}\n# public key: ${recipient}\n${identity}\n`;
}

/**
 * `keygen --out DIR`: a key set like an installation's (core/keys.ts), for the media gateway or a
 * test department. Secrets get mode 0600; nothing existing is ever overwritten.
 */
export async function keygen(argv: readonly string[]): Promise<number> {
  const dir = required(parseArgs('keygen', argv, { values: ['out'] }), 'out');
  // Not recursive: Node's recursive mkdir can spin forever on special file systems (/proc), and a
  // mistyped parent path is better refused than created.
  await mkdir(dir, { mode: 0o700 }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
  });
  const paths = Object.values(KEY_FILES).map((name) => join(dir, name));
  // All four are checked before any is written: a half-replaced key set is worse than none.
  for (const path of paths) await ensureAbsent(path);

  const keys = await generateInstallationKeys();
  const files: Array<[string, string, number]> = [
    [KEY_FILES.identity, identityFileText(keys.ageIdentity, keys.ageRecipient, new Date()), 0o600],
    [KEY_FILES.recipient, `${keys.ageRecipient}\n`, 0o644],
    [KEY_FILES.signingKey, `${keys.signingSecretKey}\n`, 0o600],
    [KEY_FILES.signingPublic, `${keys.signingPublicKey}\n`, 0o644],
  ];
  const written: string[] = [];
  try {
    for (const [name, text, mode] of files) {
      await writeNewFile(join(dir, name), text, mode);
      written.push(join(dir, name));
    }
  } catch (error) {
    for (const path of written) await unlink(path).catch(() => undefined);
    throw error;
  }
  process.stdout.write(
    `wrote ${paths.join(', ')}\n` +
      `age recipient:        ${keys.ageRecipient}\n` +
      `signing public key:   ${keys.signingPublicKey}\n` +
      `signer fingerprint:   ${keyFingerprint(keys.signingPublicKey)}\n`,
  );
  return 0;
}
